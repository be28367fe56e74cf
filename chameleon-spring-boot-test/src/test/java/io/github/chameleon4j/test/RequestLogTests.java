package io.github.chameleon4j.test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RequestLogTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

	private final VirtualTimeScheduler virtualTime = VirtualTimeScheduler.create();

	private final ChameleonEmulator emulator = ChameleonEmulator.builder()
		.accountSecret("never-logged")
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
	void recordsEachRequestWithoutTheSecret() {
		this.http.get("/v3/edit/tours?limit=2&account_secret=never-logged");
		this.clock.advance(Duration.ofSeconds(5));
		this.http.post("/v3/observe/hooks/events", "{\"uid\":\"user-1\",\"name\":\"x\",\"account_secret\":\"never-logged\"}");
		new TestHttp(this.emulator.baseUrl(), "bad").get("/");

		List<RecordedRequest> requests = this.emulator.requests();
		assertThat(requests).hasSize(3);
		RecordedRequest first = requests.get(0);
		assertThat(first.sequence()).isEqualTo(1);
		assertThat(first.method()).isEqualTo("GET");
		assertThat(first.path()).isEqualTo("/v3/edit/tours");
		assertThat(first.queryParam("limit")).isEqualTo("2");
		assertThat(first.query()).doesNotContainKey("account_secret");
		assertThat(first.headers()).doesNotContainKey("x-account-secret");
		assertThat(first.secretValid()).isTrue();
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.startedAt()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
		RecordedRequest second = requests.get(1);
		assertThat(second.startedAt()).isEqualTo(Instant.parse("2030-01-01T00:00:05Z"));
		assertThat(second.body()).contains("\"name\":\"x\"").doesNotContain("never-logged");
		assertThat(second.headers()).containsEntry("content-type", "application/json");
		assertThat(requests.get(2).secretValid()).isFalse();
		assertThat(requests.get(2).status()).isEqualTo(403);
		assertThat(requests.toString()).doesNotContain("never-logged");
	}

	@Test
	void startAndEndInstantsShowOverlap() {
		this.emulator.faults().failNext(1, Fault.slow(Duration.ofSeconds(2)), "/v3/analyze/profiles");
		CompletableFuture<TestHttp.Response> slow = this.http.sendAsync("GET", "/v3/analyze/profiles", null);
		await().until(() -> this.emulator.rateLimits().inFlight(ConcurrencyGroup.PROFILE_SEARCH) == 1);
		this.clock.advance(Duration.ofSeconds(1));
		this.http.get("/v3/analyze/profiles");
		this.clock.advance(Duration.ofSeconds(1));
		this.virtualTime.advanceTimeBy(Duration.ofSeconds(2));
		slow.join();
		this.clock.advance(Duration.ofSeconds(1));
		this.http.get("/v3/analyze/profiles");

		List<RecordedRequest> searches = this.emulator.requests();
		assertThat(searches).hasSize(3);
		assertThat(searches.get(0).finishedAt()).isEqualTo(Instant.parse("2030-01-01T00:00:02Z"));
		assertThat(searches.get(0).overlaps(searches.get(1))).isTrue();
		assertThat(searches.get(0).overlaps(searches.get(2))).isFalse();
		assertThat(searches.get(1).overlaps(searches.get(2))).isFalse();
	}

	@Test
	void resetClearsTheLogAndData() {
		this.http.post("/v3/observe/hooks/profiles", "{\"uid\":\"temp\"}");
		assertThat(this.emulator.data().profileCount()).isEqualTo(21);
		this.emulator.reset();
		assertThat(this.emulator.requests()).isEmpty();
		assertThat(this.emulator.data().profileCount()).isEqualTo(20);
		assertThat(this.emulator.data().profileIdByUid("temp")).isEmpty();
	}

}
