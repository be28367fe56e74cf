package io.github.chameleon4j.client;

import java.time.Duration;

import org.springframework.http.HttpMethod;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.client.blocking.BlockingChameleonOperations;
import io.github.chameleon4j.model.AccountIdentity;
import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Embed;
import io.github.chameleon4j.model.EventName;
import io.github.chameleon4j.model.Launcher;
import io.github.chameleon4j.model.Survey;
import io.github.chameleon4j.model.Theme;
import io.github.chameleon4j.model.Tooltip;
import io.github.chameleon4j.model.Tour;
import io.github.chameleon4j.resilience.CallDescriptor;
import io.github.chameleon4j.resilience.CallPolicy;

/**
 * The client: one proxy per resource, created once from the client's {@link HttpServiceProxyFactory}
 * (each record component is the accessor of {@link ChameleonOperations} of the same name). The resource
 * interfaces are the HTTP interfaces; {@link DeliveryApi} and {@link HookApi} add the irregular endpoints,
 * {@link ProfileApi} and {@link CompanyApi} the bulk sync.
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
		CallPolicy policy, Runnable onClose) implements ChameleonOperations {

	/** A call that sets no deadline of its own: the policy's budget for it is the default deadline. */
	private static final CallDescriptor WITHOUT_OWN_DEADLINE = new CallDescriptor(HttpMethod.GET, "/", true, null, null);

	/** The credential check, {@code GET /}. */
	interface Account {

		@GetExchange("/") @Envelope(shape = Shape.ACCOUNT)
		Mono<AccountIdentity> verifyCredentials();

	}

	// The generic resources: one declaration, one URL per kind (records sit under the resource's names, see Envelope)

	@HttpExchange("/v3/edit/tours")
	interface Tours extends ExperienceOperations<Tour> {
	}

	@HttpExchange("/v3/edit/surveys")
	interface Surveys extends ExperienceOperations<Survey> {
	}

	@HttpExchange("/v3/edit/embeds")
	interface Embeds extends ExperienceOperations<Embed> {
	}

	@HttpExchange("/v3/edit/tooltips")
	interface Tooltips extends ExperienceOperations<Tooltip> {
	}

	@HttpExchange("/v3/edit/launchers")
	interface Launchers extends ExperienceOperations<Launcher> {
	}

	@HttpExchange("/v3/edit/event_names")
	interface EventNames extends ReadOnlyOperations<EventName> {
	}

	@HttpExchange("/v3/edit/themes")
	interface Themes extends ReadOnlyOperations<Theme> {
	}

	@HttpExchange("/v3/edit/tags")
	interface Tags extends TagOperations {
	}

	static ChameleonOperations create(HttpServiceProxyFactory factory, String baseUrl, CallPolicy policy,
			Runnable onClose) {
		return new DefaultChameleonOperations(factory.createClient(Account.class),
				factory.createClient(HookApi.Profiles.class), factory.createClient(HookApi.Companies.class),
				factory.createClient(SegmentOperations.class), factory.createClient(Tours.class),
				factory.createClient(Surveys.class), factory.createClient(InteractionOperations.class),
				factory.createClient(ResponseOperations.class), factory.createClient(DeliveryApi.class),
				factory.createClient(HookApi.class), factory.createClient(Embeds.class), factory.createClient(Tooltips.class),
				factory.createClient(Launchers.class), factory.createClient(HelpBarOperations.class),
				factory.createClient(PropertyOperations.class), factory.createClient(EventNames.class),
				factory.createClient(Tags.class), factory.createClient(DomainOperations.class),
				factory.createClient(EnvironmentOperations.class), factory.createClient(RateLimitGroupOperations.class),
				factory.createClient(AlertGroupOperations.class), factory.createClient(Themes.class),
				factory.createClient(ChangeOperations.class), factory.createClient(ImportOperations.class),
				factory.createClient(LocalizationOperations.class), factory.createClient(WebhookSubscriptionOperations.class),
				baseUrl, policy, onClose);
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
	public BlockingChameleonOperations blocking() {
		return BlockingView.of(this, this.policy.deadline(WITHOUT_OWN_DEADLINE));
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
