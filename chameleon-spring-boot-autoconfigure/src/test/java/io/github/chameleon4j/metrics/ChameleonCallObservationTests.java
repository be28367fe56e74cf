package io.github.chameleon4j.metrics;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.client.ChameleonOperationsBuilder;
import io.github.chameleon4j.error.ChameleonDeadlineExceededException;
import io.github.chameleon4j.error.ChameleonRateLimitException;
import io.github.chameleon4j.resilience.VirtualClock;
import io.github.chameleon4j.resilience.ChameleonResilience;
import io.github.chameleon4j.resilience.ChameleonResilienceBuilder;
import io.github.chameleon4j.resilience.WaitReason;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The {@code chameleon.call} observation of one logical call against a real HTTP server on
 * loopback: WireMock answers at once, the policy's waits run on a virtual time scheduler that the
 * test advances while it polls for the result.
 */
class ChameleonCallObservationTests {

	private static final String PROFILE = "/v3/analyze/profiles/p-1";

	private static final String HTTP_CLIENT_REQUESTS = "http.client.requests";

	private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	private final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	/** Events of every observation, as {@code observation name / event name / contextual name}. */
	private final List<String> events = new CopyOnWriteArrayList<>();

	/** The contexts of the logical-call observations, in the order they stopped. */
	private final List<ChameleonCallContext> calls = new CopyOnWriteArrayList<>();

	private ChameleonOperations operations;

	@BeforeEach
	void start() {
		this.server.start();
		this.registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public void onEvent(Observation.Event event, Observation.Context context) {
				ChameleonCallObservationTests.this.events
					.add(context.getName() + " / " + event.getName() + " / " + event.getContextualName());
			}

			@Override
			public void onStop(Observation.Context context) {
				if (context instanceof ChameleonCallContext call) {
					ChameleonCallObservationTests.this.calls.add(call);
				}
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

		});
	}

	@AfterEach
	void stop() {
		if (this.operations != null) {
			this.operations.close();
		}
		this.server.stop();
	}

	@Test
	void whenA429WithAWaitHintIsRetriedThenOneCallObservationShowsTheWaitAroundTwoAttemptObservations() {
		rateLimitedOnceThenOk();
		ChameleonOperations chameleon = client(policy(), (builder) -> builder.observationRegistry(this.registry,
				new DefaultChameleonCallObservationConvention("billing")));

		assertThat(drive(chameleon.profiles().get("p-1"), Duration.ofSeconds(12)).id()).isEqualTo("p-1");

		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(ChameleonMeters.CALL, 1)
			.hasNumberOfObservationsWithNameEqualTo(HTTP_CLIENT_REQUESTS, 2)
			.hasObservationWithNameEqualTo(ChameleonMeters.CALL)
			.that()
			.hasContextualNameEqualTo("chameleon GET /v3/analyze/profiles/{id}")
			.hasLowCardinalityKeyValue("client", "billing")
			.hasLowCardinalityKeyValue("method", "GET")
			.hasLowCardinalityKeyValue("uri", "/v3/analyze/profiles/{id}")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("error.kind", "none")
			.hasLowCardinalityKeyValue("attempts", "2")
			.hasLowCardinalityKeyValue("waited", "cooldown")
			.hasHighCardinalityKeyValue("chameleon.waited.cooldown", "PT12S")
			.hasHighCardinalityKeyValue("chameleon.retries", "1")
			.doesNotHaveError()
			.doesNotHaveParentObservation();
		ChameleonCallContext call = this.calls.get(0);
		assertThat(call.getWaited(WaitReason.COOLDOWN)).isEqualTo(Duration.ofSeconds(12));
		// both attempts are children of the logical call: WebClient found it in the subscriber context
		assertThat(this.registry).forAllObservationsWithNameEqualTo(HTTP_CLIENT_REQUESTS,
				(attempt) -> attempt.hasParentObservationContextSatisfying((parent) -> assertThat(parent).isSameAs(call)));
		assertThat(this.registry).hasAnObservation((attempt) -> attempt.hasNameEqualTo(HTTP_CLIENT_REQUESTS)
			.hasLowCardinalityKeyValue("status", "429"));
		assertThat(this.registry).hasAnObservation((attempt) -> attempt.hasNameEqualTo(HTTP_CLIENT_REQUESTS)
			.hasLowCardinalityKeyValue("status", "200"));
		assertThat(this.events).containsExactly(
				"chameleon.call / rate.limited / 429 on attempt 1: BUCKET, retry after PT12S",
				"chameleon.call / retry / attempt 1 failed (RATE_LIMITED), retrying after a backoff of PT0S",
				"chameleon.call / wait.cooldown / waited PT12S for cooldown");
	}

	@Test
	void whenA503IsRetriedThenTheBackoffIsAnEventAndTheLongestWait() {
		this.server.stubFor(get(PROFILE).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
		this.server.stubFor(get(PROFILE).inScenario("flaky").whenScenarioStateIs("up")
			.willReturn(okJson("{\"profile\":{\"id\":\"p-1\"}}")));
		ChameleonOperations chameleon = client(policy(), (builder) -> builder.observationRegistry(this.registry));

		assertThat(drive(chameleon.profiles().get("p-1"), Duration.ofSeconds(12)).id()).isEqualTo("p-1");

		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(HTTP_CLIENT_REQUESTS, 2)
			.hasObservationWithNameEqualTo(ChameleonMeters.CALL)
			.that()
			.hasLowCardinalityKeyValue("client", "chameleon")
			.hasLowCardinalityKeyValue("attempts", "2")
			.hasLowCardinalityKeyValue("waited", "backoff")
			.hasHighCardinalityKeyValue("chameleon.waited.backoff", "PT0.05S");
		assertThat(this.events).contains("chameleon.call / wait.backoff / waited PT0.05S for backoff");
	}

	@Test
	void whenTheWaitHintOutlastsTheDeadlineThenTheCallObservationEndsWithTheRateLimitError() {
		this.server.stubFor(get(PROFILE).willReturn(aResponse().withStatus(429).withHeader("X-Retry-After", "60")));
		ChameleonOperations chameleon = client(policy().deadline(Duration.ofSeconds(5)),
				(builder) -> builder.observationRegistry(this.registry));

		assertThatExceptionOfType(ChameleonRateLimitException.class)
			.isThrownBy(() -> drive(chameleon.profiles().get("p-1"), Duration.ofSeconds(12)));

		assertThat(this.registry).hasObservationWithNameEqualTo(ChameleonMeters.CALL)
			.that()
			.hasLowCardinalityKeyValue("outcome", "ERROR")
			.hasLowCardinalityKeyValue("error.kind", "RATE_LIMITED")
			.hasLowCardinalityKeyValue("attempts", "1")
			.hasLowCardinalityKeyValue("waited", "none")
			.hasError();
		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(HTTP_CLIENT_REQUESTS, 1);
	}

	@Test
	void whenTheCallObservationIsTurnedOffThenAttemptsAreStillObservedWithoutAParent() {
		rateLimitedOnceThenOk();
		this.registry.observationConfig().observationPredicate((name, context) -> !ChameleonMeters.CALL.equals(name));
		ChameleonOperations chameleon = client(policy(), (builder) -> builder.observationRegistry(this.registry));

		assertThat(drive(chameleon.profiles().get("p-1"), Duration.ofSeconds(12)).id()).isEqualTo("p-1");

		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(ChameleonMeters.CALL, 0)
			.hasNumberOfObservationsWithNameEqualTo(HTTP_CLIENT_REQUESTS, 2)
			.forAllObservationsWithNameEqualTo(HTTP_CLIENT_REQUESTS, (attempt) -> attempt.doesNotHaveParentObservation());
		assertThat(this.events).isEmpty();
	}

	@Test
	void whenNoRegistryIsGivenThenTheRetriedCallWorksAsBefore() {
		rateLimitedOnceThenOk();
		ChameleonOperations chameleon = client(policy(), (builder) -> {
		});

		assertThat(drive(chameleon.profiles().get("p-1"), Duration.ofSeconds(12)).id()).isEqualTo("p-1");
		assertThat(this.server.getAllServeEvents()).hasSize(2);
		assertThat(this.registry).doesNotHaveAnyObservation();
	}

	@Test
	void whenTheNoopRegistryIsGivenThenCallsSucceedAndFailAsWithoutIt() {
		rateLimitedOnceThenOk();
		ChameleonOperations chameleon = client(policy(),
				(builder) -> builder.observationRegistry(ObservationRegistry.NOOP));
		assertThat(drive(chameleon.profiles().get("p-1"), Duration.ofSeconds(12)).id()).isEqualTo("p-1");
		assertThat(this.server.getAllServeEvents()).hasSize(2);

		this.server.resetAll();
		this.server.stubFor(get(PROFILE).willReturn(aResponse().withStatus(429).withHeader("X-Retry-After", "1")));
		ChameleonOperations limited = client(policy().deadline(Duration.ofMillis(1500)),
				(builder) -> builder.observationRegistry(ObservationRegistry.NOOP));
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> drive(limited.profiles().get("p-1"), Duration.ofSeconds(1)))
			.isInstanceOfAny(ChameleonDeadlineExceededException.class, ChameleonRateLimitException.class);
		assertThat(this.registry).doesNotHaveAnyObservation();
	}

	@Test
	void whenTheRegistryIsNullThenTheBuilderSaysSoBeforeAnyRequest() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> ChameleonOperations.builder().observationRegistry(null))
			.withMessageContaining("observationRegistry");
	}

	private void rateLimitedOnceThenOk() {
		this.server.stubFor(get(PROFILE).inScenario("bucket").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("X-Ratelimit-Wait", "12")
				.withHeader("Content-Type", "application/json").withBody("{\"code\":429,\"messages\":[],\"wait\":12}"))
			.willSetStateTo("limited"));
		this.server.stubFor(get(PROFILE).inScenario("bucket").whenScenarioStateIs("limited")
			.willReturn(okJson("{\"profile\":{\"id\":\"p-1\"}}")));
	}

	private ChameleonResilienceBuilder policy() {
		return ChameleonResilience.builder()
			.clock(new VirtualClock(this.vts))
			.scheduler(this.vts)
			.random(() -> 0.0)
			.cooldown((c) -> c.maxJitter(Duration.ZERO))
			.pace((p) -> p.enabled(false))
			.retry((r) -> r.initialBackoff(Duration.ofMillis(100)));
	}

	private ChameleonOperations client(ChameleonResilienceBuilder policy,
			Consumer<ChameleonOperationsBuilder> observation) {
		ChameleonOperationsBuilder builder = ChameleonOperations.builder()
			.baseUrl(this.server.baseUrl())
			.accountSecret("s")
			.callPolicy(policy.build());
		observation.accept(builder);
		if (this.operations != null) {
			this.operations.close();
		}
		this.operations = builder.build();
		return this.operations;
	}

	/**
	 * Subscribes, then, each time the call parks on the virtual time scheduler (a new task is
	 * scheduled there: a cool-down, backoff or pace wait), advances virtual time by {@code step};
	 * never while a request is in flight, so every wait measures exactly what the policy decided.
	 */
	private <T> T drive(Mono<T> call, Duration step) {
		// what subscribing schedules (the deadline's timer, one task) is not a wait; counted from before the
		// subscription, since the first response can arrive and schedule a wait before toFuture() returns
		long seen = this.vts.getScheduledTaskCount() + 1;
		CompletableFuture<T> future = call.toFuture();
		while (!future.isDone()) {
			long before = seen;
			await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(2))
				.until(() -> future.isDone() || this.vts.getScheduledTaskCount() > before);
			seen = this.vts.getScheduledTaskCount();
			if (!future.isDone()) {
				this.vts.advanceTimeBy(step);
			}
		}
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

}
