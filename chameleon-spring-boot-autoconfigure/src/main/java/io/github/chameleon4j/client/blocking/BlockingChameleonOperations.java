package io.github.chameleon4j.client.blocking;

import java.time.Duration;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.model.AccountIdentity;
import io.github.chameleon4j.model.Embed;
import io.github.chameleon4j.model.EventName;
import io.github.chameleon4j.model.Launcher;
import io.github.chameleon4j.model.Survey;
import io.github.chameleon4j.model.Theme;
import io.github.chameleon4j.model.Tooltip;
import io.github.chameleon4j.model.Tour;

/**
 * The Chameleon client for code that blocks (Spring MVC controllers, jobs): the resources of
 * {@link ChameleonOperations}, each call returning its result. Obtain it with
 * {@link ChameleonOperations#blocking()}, or inject the bean auto-configured in a servlet application.
 * <pre>{@code
 * BlockingChameleonOperations chameleon = reactiveChameleon.blocking();
 * Profile profile = chameleon.profiles().getByUid("u-4410");
 * try (Stream<Tour> tours = chameleon.tours().listAll()) {
 *     tours.filter(Tour::isPublished).forEach(this::show);
 * }
 * }</pre>
 * Each call waits at most its deadline and a little longer: a late call ends with the client's own
 * {@code ChameleonDeadlineExceededException}. A paginated {@code Stream} requests its first page when called
 * and each next page when read to the end of the current one (each within the deadline); close it to stop
 * early. Any call on a non-blocking thread throws an {@link IllegalStateException} before anything is sent.
 * Instances are thread-safe and share the reactive client's connections and resilience state; closing that
 * client closes them.
 */
public interface BlockingChameleonOperations {

	/**
	 * {@link ChameleonOperations#verifyCredentials}.
	 * @return the account and admin the secret belongs to
	 */
	AccountIdentity verifyCredentials();

	/** User Profiles. @return the profile operations */
	BlockingProfileOperations profiles();

	/** Companies. @return the company operations */
	BlockingCompanyOperations companies();

	/** Segments. @return the segment operations */
	BlockingSegmentOperations segments();

	/** Tours. @return the tour operations */
	BlockingExperienceOperations<Tour> tours();

	/** Microsurveys. @return the microsurvey operations */
	BlockingExperienceOperations<Survey> surveys();

	/** Tour Interactions. @return the interaction operations */
	BlockingInteractionOperations interactions();

	/** Microsurvey Responses. @return the response operations */
	BlockingResponseOperations responses();

	/** Deliveries. @return the delivery operations */
	BlockingDeliveryOperations deliveries();

	/** The observe hooks (identify, company upsert, events). @return the hook operations */
	BlockingHookOperations hooks();

	/** Embeddables. @return the Embeddable operations */
	BlockingExperienceOperations<Embed> embeds();

	/** Tooltips. @return the Tooltip operations */
	BlockingExperienceOperations<Tooltip> tooltips();

	/** Launchers (with their items). @return the Launcher operations */
	BlockingExperienceOperations<Launcher> launchers();

	/** HelpBar: the search configuration, items and CSV imports. @return the HelpBar operations */
	BlockingHelpBarOperations helpBar();

	/** Data Properties. @return the Property operations */
	BlockingPropertyOperations properties();

	/** Event Names. @return the Event Name operations */
	BlockingReadOnlyOperations<EventName> eventNames();

	/** Tags. @return the Tag operations */
	BlockingTagOperations tags();

	/** Domains ({@code urls}). @return the domain operations */
	BlockingDomainOperations domains();

	/** Environments ({@code url_groups}). @return the Environment operations */
	BlockingEnvironmentOperations environments();

	/** Rate Limit Groups. @return the Rate Limit Group operations */
	BlockingRateLimitGroupOperations limitGroups();

	/** Alert Groups. @return the Alert Group operations */
	BlockingAlertGroupOperations alertGroups();

	/** Themes. @return the Theme operations */
	BlockingReadOnlyOperations<Theme> themes();

	/** The change (audit) feed. @return the change operations */
	BlockingChangeOperations changes();

	/** Data Imports. @return the Import operations */
	BlockingImportOperations imports();

	/** Localization (translation files). @return the localization operations */
	BlockingLocalizationOperations localization();

	/** Outgoing-webhook subscriptions. @return the subscription operations */
	BlockingWebhookSubscriptionOperations webhooks();

	/**
	 * A view whose calls each get the given deadline, and are waited for that long (and a little longer):
	 * {@code chameleon.withDeadline(deadline).blocking()}.
	 * @param deadline the deadline per logical call
	 * @return a view sharing this one's connections and resilience state
	 */
	BlockingChameleonOperations withDeadline(Duration deadline);

}
