package io.github.chameleon4j.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.model.CompanyQuery;
import io.github.chameleon4j.model.ProfileSearch;
import io.github.chameleon4j.error.ChameleonServerException;
import io.github.chameleon4j.model.DeliveryRequest;
import io.github.chameleon4j.model.ModelKind;
import io.github.chameleon4j.model.TrackedEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Sequencing against a real HTTP server on loopback. WireMock answers at once; the policy's
 * waits run on a virtual time scheduler that the test advances while it polls for the result.
 */
class ChameleonResilienceHttpTests {

	private static final String PROFILE = "/v3/analyze/profiles/p-1";

	private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	private final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

	private final VirtualClock clock = new VirtualClock(this.vts);

	private final List<Instant> sends = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> inFlightByPath = new ConcurrentHashMap<>();

	private final Map<String, Integer> maxInFlightByPath = new ConcurrentHashMap<>();

	private ChameleonOperations operations;

	@BeforeEach
	void start() {
		this.server.start();
	}

	@AfterEach
	void stop() {
		if (this.operations != null) {
			this.operations.close();
		}
		this.server.stop();
	}

	private ChameleonOperations client(ChameleonResilience policy) {
		// records the (virtual) send instant and the in-flight count per path of every attempt
		ExchangeFilterFunction recorder = (request, next) -> {
			String path = request.url().getPath();
			this.sends.add(this.clock.instant());
			// profile search and count are also counted together: they share one lane
			String key = path.equals("/v3/analyze/profiles/count") ? "/v3/analyze/profiles" : path;
			int now = this.inFlightByPath.computeIfAbsent(key, (p) -> new AtomicInteger()).incrementAndGet();
			this.maxInFlightByPath.merge(key, now, Math::max);
			return next.exchange(request).doFinally((signal) -> this.inFlightByPath.get(key).decrementAndGet());
		};
		this.operations = ChameleonOperations.builder()
			.baseUrl(this.server.baseUrl())
			.accountSecret("s")
			.callPolicy(policy)
			.filter(recorder)
			.build();
		return this.operations;
	}

	private ChameleonResilienceBuilder policy() {
		return ChameleonResilience.builder().clock(this.clock).scheduler(this.vts).random(() -> 0.0)
			.cooldown((c) -> c.maxJitter(Duration.ZERO)).pace((p) -> p.enabled(false)).retry((r) -> r.initialBackoff(Duration.ofMillis(100)));
	}

	/** Subscribes, then advances virtual time step by step until the call has finished. */
	private <T> T drive(Mono<T> call) {
		CompletableFuture<T> future = call.toFuture();
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(5)).until(() -> {
			this.vts.advanceTimeBy(Duration.ofMillis(250));
			return future.isDone();
		});
		try {
			return future.join();
		}
		catch (java.util.concurrent.CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

	@Test
	void whenBucketLimitSaysWait12sThenTheRetryIsSentNoSoonerAndSucceeds() {
		this.server.stubFor(get(PROFILE).inScenario("bucket").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("X-Ratelimit-Wait", "12")
				.withHeader("Content-Type", "application/json").withBody("{\"code\":429,\"messages\":[],\"wait\":12}"))
			.willSetStateTo("limited"));
		this.server.stubFor(get(PROFILE).inScenario("bucket").whenScenarioStateIs("limited")
			.willReturn(okJson("{\"profile\":{\"id\":\"p-1\"}}")));
		ChameleonOperations chameleon = client(policy().build());
		assertThat(drive(chameleon.profiles().get("p-1")).id()).isEqualTo("p-1");
		assertThat(this.sends).hasSize(2);
		assertThat(Duration.between(this.sends.get(0), this.sends.get(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(12));
	}

	@Test
	void whenManyCallersArriveDuringACooldownThenNoneIsSentBeforeTheHintHasPassed() {
		this.server.stubFor(get(PROFILE).inScenario("global").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("X-Retry-After", "19"))
			.willSetStateTo("open"));
		this.server.stubFor(get(PROFILE).inScenario("global").whenScenarioStateIs("open")
			.willReturn(okJson("{\"profile\":{\"id\":\"p-1\"}}")));
		ChameleonResilience policy = policy().build();
		ChameleonOperations chameleon = client(policy);
		CompletableFuture<?> first = chameleon.profiles().get("p-1").toFuture();
		await().atMost(Duration.ofSeconds(10)).until(() -> policy.cooldownUntil().isPresent());
		Instant reopens = policy.cooldownUntil().orElseThrow();
		List<String> ids = drive(Flux.range(0, 8).flatMap((i) -> chameleon.profiles().get("p-1")).map((p) -> p.id())
			.collectList());
		await().atMost(Duration.ofSeconds(5)).until(first::isDone);
		assertThat(ids).hasSize(8);
		assertThat(this.sends).hasSize(10);
		assertThat(this.sends.subList(1, 10)).allSatisfy((sent) -> assertThat(sent).isAfterOrEqualTo(reopens));
	}

	@Test
	void whenAGetFailsWith503TwiceThenTheThirdAttemptSucceeds() {
		this.server.stubFor(get(PROFILE).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withBody("<html>maintenance</html>")).willSetStateTo("again"));
		this.server.stubFor(get(PROFILE).inScenario("flaky").whenScenarioStateIs("again")
			.willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
		this.server.stubFor(get(PROFILE).inScenario("flaky").whenScenarioStateIs("up")
			.willReturn(okJson("{\"profile\":{\"id\":\"p-1\"}}")));
		ChameleonOperations chameleon = client(policy().build());
		assertThat(drive(chameleon.profiles().get("p-1")).id()).isEqualTo("p-1");
		assertThat(this.server.getAllServeEvents()).hasSize(3);
	}

	@Test
	void whenEventTrackingFailsWith500ThenItIsNotRetried() {
		this.server.stubFor(post("/v3/observe/hooks/events").willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json").withBody("{\"code\":500,\"messages\":[\"Internal server error\"]}")));
		ChameleonOperations chameleon = client(policy().build());
		assertThatExceptionOfType(ChameleonServerException.class)
			.isThrownBy(() -> drive(chameleon.hooks().track(TrackedEvent.forUid("u-1").named("Invoice paid"))))
			.satisfies((ex) -> assertThat(ex.attempts()).isEqualTo(1));
		assertThat(this.server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void whenDeliveryCreateTimesOutAtTheGatewayThenItIsRetriedWithTheSameIdempotencyKey() {
		this.server.stubFor(post("/v3/edit/deliveries").inScenario("gw").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(504)).willSetStateTo("ok"));
		this.server.stubFor(post("/v3/edit/deliveries").inScenario("gw").whenScenarioStateIs("ok")
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody("{\"delivery\":{\"id\":\"d-1\"}}")));
		ChameleonOperations chameleon = client(policy().build());
		DeliveryRequest request = DeliveryRequest.of(ModelKind.TOUR, "t-1").toUid("u-1").build();
		assertThat(drive(chameleon.deliveries().create(request)).created()).isTrue();
		List<String> keys = this.server.findAll(postRequestedFor(urlPathEqualTo("/v3/edit/deliveries")))
			.stream()
			.map((logged) -> logged.getBodyAsString().replaceAll(".*\"idempotency_key\":\"([^\"]+)\".*", "$1"))
			.toList();
		assertThat(keys).hasSize(2);
		assertThat(keys.get(0)).isNotBlank().isEqualTo(keys.get(1));
	}

	@Test
	void whenProfileSearchesRunConcurrentlyThenTheyNeverOverlapAtTheServer() {
		this.server.stubFor(post("/v3/analyze/profiles").willReturn(okJson("{\"profiles\":[]}").withFixedDelay(20)));
		ChameleonOperations chameleon = client(policy().build());
		List<Integer> sizes = drive(Flux.range(0, 5)
			.flatMap((i) -> chameleon.profiles().search(ProfileSearch.all()).map((page) -> page.items().size()))
			.collectList());
		assertThat(sizes).hasSize(5);
		assertThat(this.maxInFlightByPath.get("/v3/analyze/profiles")).isEqualTo(1);
	}

	@Test
	void whenProfileSearchesAndCountsRunConcurrentlyThenTheyShareOneLane() {
		this.server.stubFor(post("/v3/analyze/profiles").willReturn(okJson("{\"profiles\":[]}").withFixedDelay(20)));
		this.server.stubFor(post("/v3/analyze/profiles/count").willReturn(okJson("{\"count\":3}").withFixedDelay(20)));
		ChameleonOperations chameleon = client(policy().build());
		List<Object> results = drive(Flux.range(0, 6)
			.flatMap((i) -> (i % 2 == 0) ? chameleon.profiles().search(ProfileSearch.all()).cast(Object.class)
					: chameleon.profiles().count(ProfileSearch.all()).cast(Object.class))
			.collectList());
		assertThat(results).hasSize(6);
		assertThat(this.maxInFlightByPath.get("/v3/analyze/profiles")).isEqualTo(1);
	}

	@Test
	void whenCompanyListsRunConcurrentlyThenAtMostTwoAreInFlightAtTheServer() {
		this.server.stubFor(post("/v3/analyze/companies")
			.willReturn(okJson("{\"companies\":[],\"cursor\":{\"limit\":50}}").withFixedDelay(50)));
		ChameleonOperations chameleon = client(policy().build());
		List<Object> pages = drive(Flux.range(0, 6)
			.flatMap((i) -> chameleon.companies().list(CompanyQuery.all()).cast(Object.class))
			.collectList());
		assertThat(pages).hasSize(6);
		assertThat(this.maxInFlightByPath.get("/v3/analyze/companies")).isEqualTo(2);
	}

	@Test
	void whenDeliveriesTargetProfilesThenOneProfileIsSerialisedWhileOthersRunInParallel() {
		this.server.stubFor(post("/v3/edit/deliveries").willReturn(aResponse().withStatus(201).withFixedDelay(100)
			.withHeader("Content-Type", "application/json").withBody("{\"delivery\":{\"id\":\"d-1\"}}")));
		ChameleonResilience policy = policy().build();
		ChameleonOperations chameleon = client(policy);
		List<Integer> maxSeen = new CopyOnWriteArrayList<>();
		Flux<Object> creates = Flux.range(0, 6).flatMap((i) -> chameleon.deliveries()
			.create(DeliveryRequest.of(ModelKind.TOUR, "t-1").toUid((i < 3) ? "same" : "other-" + i).build())
			.doOnSubscribe((s) -> maxSeen.add(policy.inFlight())));
		List<Object> done = drive(creates.collectList());
		assertThat(done).hasSize(6);
		// 3 for "same" serialised; the 3 other profiles may overlap with it and each other
		assertThat(this.maxInFlightByPath.get("/v3/edit/deliveries")).isBetween(2, 4);
		List<String> sameBodies = this.server.findAll(postRequestedFor(urlPathEqualTo("/v3/edit/deliveries")))
			.stream().map((logged) -> logged.getBodyAsString()).filter((b) -> b.contains("\"same\"")).toList();
		assertThat(sameBodies).hasSize(3);
		assertThat(this.server.getAllServeEvents()).hasSize(6);
		assertSerialised("\"same\"");
	}

	/** No two requests whose body contains the marker were being served at the same time. */
	private void assertSerialised(String marker) {
		List<long[]> spans = this.server.getAllServeEvents().stream()
			.filter((event) -> event.getRequest().getBodyAsString().contains(marker))
			.map((event) -> new long[] { event.getRequest().getLoggedDate().getTime(),
					event.getRequest().getLoggedDate().getTime() + event.getTiming().getTotalTime() })
			.sorted((a, b) -> Long.compare(a[0], b[0]))
			.toList();
		for (int i = 1; i < spans.size(); i++) {
			assertThat(spans.get(i)[0]).isGreaterThanOrEqualTo(spans.get(i - 1)[1] - 5);
		}
	}

}
