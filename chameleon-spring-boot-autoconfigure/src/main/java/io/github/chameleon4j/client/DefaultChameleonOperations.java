package io.github.chameleon4j.client;

import java.time.Duration;

import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.AccountIdentity;
import io.github.chameleon4j.model.Arguments;
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
