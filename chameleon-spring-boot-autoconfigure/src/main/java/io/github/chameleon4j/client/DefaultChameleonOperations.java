package io.github.chameleon4j.client;

import java.time.Duration;

import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.AccountIdentity;
import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Embed;
import io.github.chameleon4j.model.Tooltip;
import io.github.chameleon4j.model.Launcher;
import io.github.chameleon4j.model.EventName;
import io.github.chameleon4j.model.Theme;
import io.github.chameleon4j.model.Survey;
import io.github.chameleon4j.model.Tour;

final class DefaultChameleonOperations implements ChameleonOperations {

	private final ChameleonTransport transport;

	private final Runnable onClose;

	private final ProfileOperations profiles;

	private final CompanyOperations companies;

	private final SegmentOperations segments;

	private final ExperienceOperations<Tour> tours;

	private final ExperienceOperations<Survey> surveys;

	private final InteractionOperations interactions;

	private final ResponseOperations responses;

	private final DeliveryOperations deliveries;

	private final HookOperations hooks;

	private final ExperienceOperations<Embed> embeds;

	private final ExperienceOperations<Tooltip> tooltips;

	private final ExperienceOperations<Launcher> launchers;

	private final HelpBarOperations helpBar;

	private final PropertyOperations properties;

	private final ReadOnlyOperations<EventName> eventNames;

	private final TagOperations tags;

	private final DomainOperations domains;

	private final EnvironmentOperations environments;

	private final RateLimitGroupOperations limitGroups;

	private final AlertGroupOperations alertGroups;

	private final ReadOnlyOperations<Theme> themes;

	private final ChangeOperations changes;

	private final ImportOperations imports;

	private final LocalizationOperations localization;

	private final WebhookSubscriptionOperations webhooks;

	DefaultChameleonOperations(ChameleonTransport transport, Runnable onClose) {
		this.transport = transport;
		this.onClose = onClose;
		this.profiles = new DefaultProfileOperations(transport);
		this.companies = new DefaultCompanyOperations(transport);
		this.segments = new DefaultSegmentOperations(transport);
		this.tours = new DefaultExperienceOperations<>(transport, Tour.class, "tours", "tour", Tour::id);
		this.surveys = new DefaultExperienceOperations<>(transport, Survey.class, "surveys", "survey", Survey::id);
		this.interactions = new DefaultActivityOperations.Interactions(transport);
		this.responses = new DefaultActivityOperations.Responses(transport);
		this.deliveries = new DefaultDeliveryOperations(transport);
		this.hooks = new DefaultHookOperations(transport);
		this.embeds = new DefaultExperienceOperations<>(transport, Embed.class, "embeds", "embed", Embed::id);
		this.tooltips = new DefaultExperienceOperations<>(transport, Tooltip.class, "tooltips", "tooltip", Tooltip::id);
		this.launchers = new DefaultExperienceOperations<>(transport, Launcher.class, "launchers", "launcher", Launcher::id);
		this.helpBar = new DefaultHelpBarOperations(transport);
		this.properties = new DefaultPropertyOperations(transport);
		this.eventNames = new DefaultReadOnlyOperations<>(transport, EventName.class, "event_names", "event_name",
				EventName::id);
		this.tags = new DefaultTagOperations(transport);
		this.domains = new DefaultDomainOperations(transport);
		this.environments = new DefaultEnvironmentOperations(transport);
		this.limitGroups = new DefaultRateLimitGroupOperations(transport);
		this.alertGroups = new DefaultAlertGroupOperations(transport);
		this.themes = new DefaultReadOnlyOperations<>(transport, Theme.class, "themes", "theme", Theme::id);
		this.changes = new DefaultChangeOperations(transport);
		this.imports = new DefaultImportOperations(transport);
		this.localization = new DefaultLocalizationOperations(transport);
		this.webhooks = new DefaultWebhookSubscriptionOperations(transport);
	}

	@Override
	public Mono<AccountIdentity> verifyCredentials() {
		return this.transport.exchange(ApiRequest.get("/"), (status, body, mapper) -> new AccountIdentity(
				Readers.member(body, "account").get("id").asString(),
				body.has("user") && body.get("user").hasNonNull("id") ? body.get("user").get("id").asString() : null));
	}

	@Override
	public ProfileOperations profiles() {
		return this.profiles;
	}

	@Override
	public CompanyOperations companies() {
		return this.companies;
	}

	@Override
	public SegmentOperations segments() {
		return this.segments;
	}

	@Override
	public ExperienceOperations<Tour> tours() {
		return this.tours;
	}

	@Override
	public ExperienceOperations<Survey> surveys() {
		return this.surveys;
	}

	@Override
	public InteractionOperations interactions() {
		return this.interactions;
	}

	@Override
	public ResponseOperations responses() {
		return this.responses;
	}

	@Override
	public DeliveryOperations deliveries() {
		return this.deliveries;
	}

	@Override
	public HookOperations hooks() {
		return this.hooks;
	}

	@Override
	public ExperienceOperations<Embed> embeds() {
		return this.embeds;
	}

	@Override
	public ExperienceOperations<Tooltip> tooltips() {
		return this.tooltips;
	}

	@Override
	public ExperienceOperations<Launcher> launchers() {
		return this.launchers;
	}

	@Override
	public HelpBarOperations helpBar() {
		return this.helpBar;
	}

	@Override
	public PropertyOperations properties() {
		return this.properties;
	}

	@Override
	public ReadOnlyOperations<EventName> eventNames() {
		return this.eventNames;
	}

	@Override
	public TagOperations tags() {
		return this.tags;
	}

	@Override
	public DomainOperations domains() {
		return this.domains;
	}

	@Override
	public EnvironmentOperations environments() {
		return this.environments;
	}

	@Override
	public RateLimitGroupOperations limitGroups() {
		return this.limitGroups;
	}

	@Override
	public AlertGroupOperations alertGroups() {
		return this.alertGroups;
	}

	@Override
	public ReadOnlyOperations<Theme> themes() {
		return this.themes;
	}

	@Override
	public ChangeOperations changes() {
		return this.changes;
	}

	@Override
	public ImportOperations imports() {
		return this.imports;
	}

	@Override
	public LocalizationOperations localization() {
		return this.localization;
	}

	@Override
	public WebhookSubscriptionOperations webhooks() {
		return this.webhooks;
	}

	@Override
	public ChameleonOperations withDeadline(Duration deadline) {
		Arguments.requireNonNull(deadline, "deadline");
		if (deadline.isNegative() || deadline.isZero()) {
			throw new IllegalArgumentException("deadline must be positive, was " + deadline);
		}
		// The view shares connections; closing it must not close them.
		return new DefaultChameleonOperations(this.transport.withDeadline(deadline), () -> {
		});
	}

	@Override
	public void close() {
		this.onClose.run();
	}

	@Override
	public String toString() {
		return "ChameleonOperations[baseUrl=" + this.transport.baseUrl() + "]";
	}

}
