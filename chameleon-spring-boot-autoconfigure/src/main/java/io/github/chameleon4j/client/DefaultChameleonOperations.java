package io.github.chameleon4j.client;

import java.time.Duration;

import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.AccountIdentity;
import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Embed;
import io.github.chameleon4j.model.EventName;
import io.github.chameleon4j.model.Launcher;
import io.github.chameleon4j.model.Survey;
import io.github.chameleon4j.model.Theme;
import io.github.chameleon4j.model.Tooltip;
import io.github.chameleon4j.model.Tour;

/**
 * The client: one proxy per resource, created once from the client's {@link HttpServiceProxyFactory}
 * (each record component is the accessor of {@link ChameleonOperations} of the same name).
 */
record DefaultChameleonOperations(Account account, ProfileOperations profiles, CompanyOperations companies,
		SegmentOperations segments, ExperienceOperations<Tour> tours, ExperienceOperations<Survey> surveys,
		InteractionOperations interactions, ResponseOperations responses, DeliveryOperations deliveries,
		HookOperations hooks, ExperienceOperations<Embed> embeds, ExperienceOperations<Tooltip> tooltips,
		ExperienceOperations<Launcher> launchers, HelpBarOperations helpBar, PropertyOperations properties,
		ReadOnlyOperations<EventName> eventNames, TagOperations tags, DomainOperations domains,
		EnvironmentOperations environments, RateLimitGroupOperations limitGroups, AlertGroupOperations alertGroups,
		ReadOnlyOperations<Theme> themes, ChangeOperations changes, ImportOperations imports,
		LocalizationOperations localization, WebhookSubscriptionOperations webhooks, String baseUrl,
		Runnable onClose) implements ChameleonOperations {

	/** The credential check, {@code GET /}. */
	interface Account {

		@GetExchange("/")
		@Envelope(shape = Shape.ACCOUNT)
		Mono<AccountIdentity> verifyCredentials();

	}

	static ChameleonOperations create(HttpServiceProxyFactory factory, String baseUrl, Runnable onClose) {
		return new DefaultChameleonOperations(factory.createClient(Account.class), factory.createClient(ProfileApi.class),
				factory.createClient(CompanyApi.class), factory.createClient(SegmentApi.class),
				factory.createClient(ExperienceApi.Tours.class), factory.createClient(ExperienceApi.Surveys.class),
				factory.createClient(ActivityApi.Interactions.class), factory.createClient(ActivityApi.Responses.class),
				factory.createClient(DeliveryApi.class), factory.createClient(HookApi.class),
				factory.createClient(ExperienceApi.Embeds.class), factory.createClient(ExperienceApi.Tooltips.class),
				factory.createClient(ExperienceApi.Launchers.class), factory.createClient(HelpBarApi.class),
				factory.createClient(PropertyApi.class), factory.createClient(ReadOnlyApi.EventNames.class),
				factory.createClient(ReadOnlyApi.Tags.class), factory.createClient(DomainApi.class),
				factory.createClient(EnvironmentApi.class), factory.createClient(GroupApi.LimitGroups.class),
				factory.createClient(GroupApi.AlertGroups.class), factory.createClient(ReadOnlyApi.Themes.class),
				factory.createClient(ChangeApi.class), factory.createClient(ImportApi.class),
				factory.createClient(LocalizationApi.class), factory.createClient(WebhookApi.class), baseUrl, onClose);
	}

	@Override
	public Mono<AccountIdentity> verifyCredentials() {
		return this.account.verifyCredentials();
	}

	@Override
	public ChameleonOperations withDeadline(Duration deadline) {
		Arguments.requireNonNull(deadline, "deadline");
		if (deadline.isNegative() || deadline.isZero()) {
			throw new IllegalArgumentException("deadline must be positive, was " + deadline);
		}
		return DeadlineView.of(this, deadline);
	}

	@Override
	public void close() {
		this.onClose.run();
	}

	@Override
	public String toString() {
		return "ChameleonOperations[baseUrl=" + this.baseUrl + "]";
	}

}
