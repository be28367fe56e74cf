package io.github.chameleon4j.test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;
import tools.jackson.core.JacksonException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class FaultContractTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

	private final VirtualTimeScheduler virtualTime = VirtualTimeScheduler.create();

	private final ChameleonEmulator emulator = ChameleonEmulator.builder()
		.clock(this.clock)
		.scheduler(this.virtualTime)
		.start();

	private final TestHttp http = new TestHttp(this.emulator);

	@AfterEach
	void stop() {
		this.emulator.close();
		this.virtualTime.dispose();
	}

	@Test
	void internalErrorIs500Envelope() {
		this.emulator.faults().failNext(1, Fault.internalError());
		TestHttp.Response response = this.http.get("/v3/edit/tours");
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.body())
			.isEqualTo("{\"code\":500,\"messages\":[\"Internal server error: Please retry later\"]}");
		assertThat(this.http.get("/v3/edit/tours").status()).isEqualTo(200);
	}

	@Test
	void unavailableVariantsHaveTheirBodies() {
		this.emulator.faults()
			.failNext(1, Fault.unavailableHtml())
			.failNext(1, Fault.unavailableText())
			.failNext(1, Fault.unavailableEmpty())
			.failNext(1, Fault.unavailableJson());
		TestHttp.Response html = this.http.get("/");
		assertThat(html.status()).isEqualTo(503);
		assertThat(html.header("Content-Type")).startsWith("text/html");
		assertThat(html.body()).contains("<html>");
		TestHttp.Response text = this.http.get("/");
		assertThat(text.status()).isEqualTo(503);
		assertThat(text.body()).isEqualTo("Service Unavailable");
		TestHttp.Response empty = this.http.get("/");
		assertThat(empty.status()).isEqualTo(503);
		assertThat(empty.body()).isEmpty();
		TestHttp.Response json = this.http.get("/");
		assertThat(json.body()).isEqualTo("{\"code\":503,\"messages\":[]}");
	}

	@Test
	void gatewayTimeoutIs504Envelope() {
		this.emulator.faults().failNext(1, Fault.gatewayTimeout());
		TestHttp.Response response = this.http.get("/v3/analyze/profiles");
		assertThat(response.status()).isEqualTo(504);
		assertThat(response.json().get("messages").get(0).asString())
			.isEqualTo("Internal timeout: An internal operation took too long.");
	}

	@Test
	void droppedConnectionGivesNoResponse() {
		this.emulator.faults().failNext(1, Fault.dropConnection());
		// a POST, because java.net.http retries an idempotent GET once on a closed connection
		assertThatThrownBy(() -> this.http.post("/", "{}")).hasRootCauseInstanceOf(java.io.IOException.class);
		assertThat(this.emulator.requests()).first().satisfies((request) -> assertThat(request.status()).isZero());
		assertThat(this.http.get("/").status()).isEqualTo(200);
	}

	@Test
	void malformedJsonKeeps2xxButBreaksTheBody() {
		this.emulator.faults().failNext(1, Fault.malformedJson());
		TestHttp.Response response = this.http.get("/v3/edit/tours");
		assertThat(response.status()).isEqualTo(200);
		assertThatThrownBy(response::json).isInstanceOf(JacksonException.class);
	}

	@Test
	void slowResponseIsDelayedOnTheScheduler() {
		this.emulator.faults().failNext(1, Fault.slow(Duration.ofSeconds(30)));
		CompletableFuture<TestHttp.Response> slow = this.http.sendAsync("GET", "/v3/edit/segments", null);
		await().until(() -> this.virtualTime.getScheduledTaskCount() > 0 || slow.isDone());
		assertThat(slow).isNotDone();
		this.virtualTime.advanceTimeBy(Duration.ofSeconds(30));
		assertThat(slow.join().status()).isEqualTo(200);
		assertThat(this.emulator.requests()).singleElement()
			.satisfies((request) -> assertThat(request.delay()).isEqualTo(Duration.ofSeconds(30)));
	}

	@Test
	void pathPrefixLimitsDeterministicFaults() {
		this.emulator.faults().failNext(1, Fault.internalError(), "/v3/edit/deliveries");
		assertThat(this.http.get("/v3/edit/tours").status()).isEqualTo(200);
		assertThat(this.http.get("/v3/edit/deliveries").status()).isEqualTo(500);
	}

	@Test
	void randomFaultsFollowTheirProbability() {
		this.emulator.faults().randomly(1.0, Fault.gatewayTimeout());
		assertThat(this.http.get("/").status()).isEqualTo(504);
		assertThat(this.http.get("/").status()).isEqualTo(504);
		this.emulator.faults().clear();
		this.emulator.faults().randomly(0.0, Fault.gatewayTimeout());
		assertThat(this.http.get("/").status()).isEqualTo(200);
	}

	@Test
	void seededRandomFaultsAreReproducible() {
		this.emulator.faults().randomly(0.5, Fault.internalError());
		StringBuilder first = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			first.append(this.http.get("/").status() == 500 ? 'x' : '.');
		}
		this.emulator.reset();
		this.emulator.faults().randomly(0.5, Fault.internalError());
		StringBuilder second = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			second.append(this.http.get("/").status() == 500 ? 'x' : '.');
		}
		assertThat(first.toString()).contains("x").contains(".").isEqualTo(second.toString());
	}

	@Test
	void outageAnswers503UntilTheClockReachesItsEnd() {
		this.emulator.faults().outageUntil(this.clock.instant().plusSeconds(60));
		TestHttp.Response during = this.http.get("/v3/edit/tours");
		assertThat(during.status()).isEqualTo(503);
		assertThat(during.body()).isEqualTo("{\"code\":503,\"messages\":[]}");
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(this.http.get("/v3/edit/tours").status()).isEqualTo(503);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.http.get("/v3/edit/tours").status()).isEqualTo(200);
	}

}
