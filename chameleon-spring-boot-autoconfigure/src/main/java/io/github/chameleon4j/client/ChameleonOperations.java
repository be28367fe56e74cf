package io.github.chameleon4j.client;

import java.time.Duration;

import reactor.core.publisher.Mono;

import io.github.chameleon4j.client.blocking.BlockingChameleonOperations;
import io.github.chameleon4j.model.AccountIdentity;
import io.github.chameleon4j.model.Embed;
import io.github.chameleon4j.model.Tooltip;
import io.github.chameleon4j.model.Launcher;
import io.github.chameleon4j.model.EventName;
import io.github.chameleon4j.model.Theme;
import io.github.chameleon4j.model.Survey;
import io.github.chameleon4j.model.Tour;

/**
 * The entry point to the Chameleon REST API v3: one accessor per resource, every call reactive.
 * <pre>{@code
 * ChameleonOperations chameleon = ChameleonOperations.builder()
 *     .accountSecret(System.getenv("CHAMELEON_ACCOUNT_SECRET"))
 *     .build();
 * Mono<Profile> profile = chameleon.profiles().getByUid("u-4410");
 * Flux<Tour> tours = chameleon.tours().listAll();
 * }</pre>
 * In a Spring Boot application inject the auto-configured bean instead of building one.
 * Instances are immutable and thread-safe. Every failure is a
 * {@link io.github.chameleon4j.error.ChameleonException}; invalid arguments throw
 * {@link IllegalArgumentException} before anything is sent.
 */
public interface ChameleonOperations extends AutoCloseable {

	/**
	 * Checks the account secret ({@code GET /}).
	 * @return the account and admin the secret belongs to; {@code ChameleonAuthenticationException}
	 * when the secret is rejected
	 */
	Mono<AccountIdentity> verifyCredentials();

	/**
	 * User Profiles.
	 * @return the profile operations
	 */
	ProfileOperations profiles();

	/**
	 * Companies.
	 * @return the company operations
	 */
	CompanyOperations companies();

	/**
	 * Segments.
	 * @return the segment operations
	 */
	SegmentOperations segments();

	/**
	 * Tours.
	 * @return the tour operations
	 */
	ExperienceOperations<Tour> tours();

	/**
	 * Microsurveys.
	 * @return the microsurvey operations
	 */
	ExperienceOperations<Survey> surveys();

	/**
	 * Tour Interactions.
	 * @return the interaction operations
	 */
	InteractionOperations interactions();

	/**
	 * Microsurvey Responses.
	 * @return the response operations
	 */
	ResponseOperations responses();

	/**
	 * Deliveries.
	 * @return the delivery operations
	 */
	DeliveryOperations deliveries();

	/**
	 * The observe hooks (identify, company upsert, events).
	 * @return the hook operations
	 */
	HookOperations hooks();

	/**
	 * Embeddables.
	 * @return the Embeddable operations
	 */
	ExperienceOperations<Embed> embeds();

	/**
	 * Tooltips.
	 * @return the Tooltip operations
	 */
	ExperienceOperations<Tooltip> tooltips();

	/**
	 * Launchers (with their items).
	 * @return the Launcher operations
	 */
	ExperienceOperations<Launcher> launchers();

	/**
	 * HelpBar: the search configuration, items and CSV imports.
	 * @return the HelpBar operations
	 */
	HelpBarOperations helpBar();

	/**
	 * Data Properties.
	 * @return the Property operations
	 */
	PropertyOperations properties();

	/**
	 * Event Names.
	 * @return the Event Name operations
	 */
	ReadOnlyOperations<EventName> eventNames();

	/**
	 * Tags.
	 * @return the Tag operations
	 */
	TagOperations tags();

	/**
	 * Domains ({@code urls}).
	 * @return the domain operations
	 */
	DomainOperations domains();

	/**
	 * Environments ({@code url_groups}).
	 * @return the Environment operations
	 */
	EnvironmentOperations environments();

	/**
	 * Rate Limit Groups.
	 * @return the Rate Limit Group operations
	 */
	RateLimitGroupOperations limitGroups();

	/**
	 * Alert Groups.
	 * @return the Alert Group operations
	 */
	AlertGroupOperations alertGroups();

	/**
	 * Themes.
	 * @return the Theme operations
	 */
	ReadOnlyOperations<Theme> themes();

	/**
	 * The change (audit) feed.
	 * @return the change operations
	 */
	ChangeOperations changes();

	/**
	 * Data Imports.
	 * @return the Import operations
	 */
	ImportOperations imports();

	/**
	 * Localization (translation files).
	 * @return the localization operations
	 */
	LocalizationOperations localization();

	/**
	 * Outgoing-webhook subscriptions.
	 * @return the subscription operations
	 */
	WebhookSubscriptionOperations webhooks();

	/**
	 * A view of this client whose calls each get the given deadline, covering every wait and
	 * retry, instead of the configured default.
	 * @param deadline the deadline per logical call
	 * @return a client sharing this one's connections and resilience state
	 */
	ChameleonOperations withDeadline(Duration deadline);

	/**
	 * This client for code that may block a thread (a Spring MVC controller, a batch job): the same
	 * resources, whose calls return their result instead of a {@code Mono} or {@code Flux}.
	 * <pre>{@code
	 * Profile profile = chameleon.blocking().profiles().getByUid("u-4410");
	 * }</pre>
	 * Each call waits at most its deadline (the configured default, or {@link #withDeadline}) and a little
	 * longer, so a late call ends with the client's own {@code ChameleonDeadlineExceededException}. Calling
	 * it on a non-blocking thread (an event loop, {@code Schedulers.parallel()}) throws an
	 * {@link IllegalStateException} before anything is sent.
	 * @return a blocking view sharing this client's connections and resilience state
	 */
	BlockingChameleonOperations blocking();

	/**
	 * Releases the connections this client created (not those of a connector it was given).
	 */
	@Override
	void close();

	/**
	 * Starts a builder.
	 * @return a new builder
	 */
	static ChameleonOperationsBuilder builder() {
		return new ChameleonOperationsBuilder();
	}

}
