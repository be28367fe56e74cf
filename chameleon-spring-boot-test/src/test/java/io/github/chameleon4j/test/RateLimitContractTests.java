package io.github.chameleon4j.test;

import java.time.Duration;
import java.util.List;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RateLimitContractTests {

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
	void globalLimitAnswers429WithRetryAfterUntilTheWindowFrees() {
		this.emulator.rateLimits().global(5, Duration.ofSeconds(1));
		for (int i = 0; i < 5; i++) {
			assertThat(this.http.get("/v3/edit/tours").status()).isEqualTo(200);
		}
		TestHttp.Response limited = this.http.get("/v3/edit/tours");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("X-Retry-After")).isEqualTo("1");
		assertThat(limited.json().get("code").asInt()).isEqualTo(429);
		assertThat(limited.json().get("messages").get(0).asString()).startsWith("Rate Limited:");
		this.clock.advance(Duration.ofMillis(999));
		assertThat(this.http.get("/v3/edit/tours").status()).isEqualTo(429);
		this.clock.advance(Duration.ofMillis(1));
		assertThat(this.http.get("/v3/edit/tours").status()).isEqualTo(200);
	}

	@Test
	void requestLogKeepsTheWaitHintOfEach429() {
		this.emulator.rateLimits().global(1, Duration.ofSeconds(3));
		this.emulator.clearRequests();
		this.http.get("/v3/edit/tours");
		this.http.get("/v3/edit/tours");
		List<RecordedRequest> log = this.emulator.requests();
		assertThat(log).extracting(RecordedRequest::status).containsExactly(200, 429);
		assertThat(log.get(0).waitHint()).isEqualTo(Duration.ZERO);
		assertThat(log.get(1).waitHint()).isEqualTo(Duration.ofSeconds(3));
		assertThat(log.get(1).responseHeaders()).containsEntry("X-Retry-After", "3");
	}

	@Test
	void globalRetryAfterCountsWholeSecondsUntilTheOldestRequestLeavesTheWindow() {
		this.emulator.rateLimits().global(2, Duration.ofMinutes(1));
		this.http.get("/");
		this.clock.advance(Duration.ofSeconds(10));
		this.http.get("/");
		this.clock.advance(Duration.ofMillis(30_500));
		assertThat(this.http.get("/").header("X-Retry-After")).isEqualTo("20");
	}

	@Test
	void bucketLimitAnswers429WithWaitHeaderAndBody() {
		this.emulator.rateLimits().bucket(3, Duration.ofSeconds(10));
		for (int i = 0; i < 3; i++) {
			assertThat(this.http.get("/v3/edit/segments").status()).isEqualTo(200);
		}
		this.clock.advance(Duration.ofSeconds(4));
		TestHttp.Response limited = this.http.get("/v3/edit/segments");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("X-Ratelimit-Wait")).isEqualTo("6");
		assertThat(limited.json().get("wait").asInt()).isEqualTo(6);
		assertThat(limited.json().get("code").asInt()).isEqualTo(429);
		this.clock.advance(Duration.ofSeconds(6));
		assertThat(this.http.get("/v3/edit/segments").status()).isEqualTo(200);
	}

	@Test
	void limitsCanBeSwitchedOffAtRuntime() {
		this.emulator.rateLimits().global(1, Duration.ofMinutes(1));
		this.http.get("/");
		assertThat(this.http.get("/").status()).isEqualTo(429);
		this.emulator.rateLimits().disableGlobal();
		assertThat(this.http.get("/").status()).isEqualTo(200);
	}

	@Test
	void maxConcurrentQueuesForFourSecondsThenAnswers429WithLimit() {
		this.emulator.faults().failNext(1, Fault.slow(Duration.ofSeconds(10)), "/v3/analyze/profiles/count");
		CompletableFuture<TestHttp.Response> first = this.http.sendAsync("GET", "/v3/analyze/profiles/count", null);
		await().until(() -> this.emulator.rateLimits().inFlight(ConcurrencyGroup.PROFILE_COUNT) == 1);
		CompletableFuture<TestHttp.Response> second = this.http.sendAsync("GET", "/v3/analyze/profiles/count", null);
		await().until(() -> this.emulator.rateLimits().queued(ConcurrencyGroup.PROFILE_COUNT) == 1);

		this.virtualTime.advanceTimeBy(Duration.ofMillis(3999));
		assertThat(second).isNotDone();
		this.virtualTime.advanceTimeBy(Duration.ofMillis(1));
		TestHttp.Response limited = second.join();
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("X-Ratelimit-Limit")).isEqualTo("1");
		assertThat(limited.json().get("limit").asInt()).isEqualTo(1);
		assertThat(first).isNotDone();

		this.virtualTime.advanceTimeBy(Duration.ofSeconds(6));
		assertThat(first.join().status()).isEqualTo(200);
		assertThat(first.join().json().get("count").asInt()).isEqualTo(20);
	}

	@Test
	void queuedRequestRunsAsSoonAsASlotFrees() {
		this.emulator.faults().failNext(2, Fault.slow(Duration.ofSeconds(3)), "/v3/analyze/profiles");
		CompletableFuture<TestHttp.Response> a = this.http.sendAsync("GET", "/v3/analyze/profiles", null);
		CompletableFuture<TestHttp.Response> b = this.http.sendAsync("GET", "/v3/analyze/profiles", null);
		await().until(() -> this.emulator.rateLimits().inFlight(ConcurrencyGroup.PROFILE_SEARCH) == 2);
		CompletableFuture<TestHttp.Response> c = this.http.sendAsync("GET", "/v3/analyze/profiles", null);
		await().until(() -> this.emulator.rateLimits().queued(ConcurrencyGroup.PROFILE_SEARCH) == 1);

		this.virtualTime.advanceTimeBy(Duration.ofSeconds(3));
		assertThat(a.join().status()).isEqualTo(200);
		assertThat(b.join().status()).isEqualTo(200);
		assertThat(c.join().status()).isEqualTo(200);
		assertThat(this.emulator.rateLimits().inFlight(ConcurrencyGroup.PROFILE_SEARCH)).isZero();
	}

	@Test
	void deliveryCreationIsLimitedPerProfileNotGlobally() {
		this.emulator.rateLimits().queueTimeout(Duration.ZERO);
		String tour = this.emulator.data().publishedTourId();
		this.emulator.faults().failNext(1, Fault.slow(Duration.ofSeconds(5)), "/v3/edit/deliveries");
		CompletableFuture<TestHttp.Response> slow = this.http.sendAsync("POST", "/v3/edit/deliveries",
				"{\"model_kind\":\"tour\",\"model_id\":\"" + tour + "\",\"uid\":\"user-1\"}");
		await().until(() -> this.emulator.rateLimits().inFlight(ConcurrencyGroup.DELIVERY_CREATE) == 1);

		TestHttp.Response otherProfile = this.http.post("/v3/edit/deliveries",
				"{\"model_kind\":\"tour\",\"model_id\":\"" + tour + "\",\"uid\":\"user-2\"}");
		assertThat(otherProfile.status()).isEqualTo(201);
		TestHttp.Response sameProfile = this.http.post("/v3/edit/deliveries", "{\"model_kind\":\"tour\",\"model_id\":\""
				+ tour + "\",\"profile_id\":\"" + this.emulator.data().profileIdByUid("user-1").orElseThrow() + "\"}");
		assertThat(sameProfile.status()).isEqualTo(429);
		assertThat(sameProfile.header("X-Ratelimit-Limit")).isEqualTo("1");

		this.virtualTime.advanceTimeBy(Duration.ofSeconds(5));
		assertThat(slow.join().status()).isEqualTo(201);
	}

	@Test
	void poolSizeAndEnablementAreRuntimeSwitches() {
		this.emulator.rateLimits().maxConcurrent(ConcurrencyGroup.PROFILE_COUNT, 2).queueTimeout(Duration.ZERO);
		this.emulator.faults().failNext(2, Fault.slow(Duration.ofSeconds(1)), "/v3/analyze/profiles/count");
		CompletableFuture<TestHttp.Response> a = this.http.sendAsync("GET", "/v3/analyze/profiles/count", null);
		CompletableFuture<TestHttp.Response> b = this.http.sendAsync("GET", "/v3/analyze/profiles/count", null);
		await().until(() -> this.emulator.rateLimits().inFlight(ConcurrencyGroup.PROFILE_COUNT) == 2);
		TestHttp.Response third = this.http.get("/v3/analyze/profiles/count");
		assertThat(third.status()).isEqualTo(429);
		assertThat(third.json().get("limit").asInt()).isEqualTo(2);
		this.emulator.rateLimits().maxConcurrentEnabled(false);
		assertThat(this.http.get("/v3/analyze/profiles/count").status()).isEqualTo(200);
		this.virtualTime.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(a.join().status()).isEqualTo(200);
		assertThat(b.join().status()).isEqualTo(200);
	}

}
