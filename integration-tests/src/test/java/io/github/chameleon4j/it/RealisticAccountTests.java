package io.github.chameleon4j.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.model.ProfileSearch;
import io.github.chameleon4j.error.ChameleonResponseTooLargeException;
import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An account of real size: profiles with dozens of custom properties, so that one page of 500 weighs
 * several times Boot's 256 KB codec default. The auto-configured client, in a servlet and in a
 * reactive application with Boot's defaults untouched, walks every page.
 */
class RealisticAccountTests {

	private static final int PROFILES = 2_000;

	private static final Duration WAIT = Duration.ofSeconds(60);

	private static ChameleonEmulator emulator;

	@BeforeAll
	static void startEmulator() {
		emulator = ChameleonEmulator.builder().seedProfiles(PROFILES).requestLogCapacity(1_000).start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void aPageOf500ProfilesWeighsSeveralTimesBootsCodecDefault() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v3/analyze/profiles?limit=500"))
			.header("X-Account-Secret", emulator.accountSecret())
			.build();
		HttpResponse<byte[]> page = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body().length).isGreaterThan(1_000_000);
	}

	@ParameterizedTest
	@EnumSource(value = WebApplicationType.class, names = { "SERVLET", "REACTIVE" })
	void theAutoConfiguredClientWalksEveryPageWithBootsDefaults(WebApplicationType type) {
		try (ConfigurableApplicationContext app = ConsumerApp.run(type, emulator)) {
			assertThat(app.getEnvironment().getProperty("spring.http.codecs.max-in-memory-size")).isNull();
			ChameleonOperations chameleon = app.getBean(ChameleonOperations.class);
			List<Profile> all = chameleon.profiles().searchAll(ProfileSearch.all()).collectList().block(WAIT);
			assertThat(all).hasSize(PROFILES);
			assertThat(new HashSet<>(all.stream().map(Profile::uid).toList())).hasSize(PROFILES);
			assertThat(all.get(0).properties()).hasSizeGreaterThan(20);
		}
	}

	@Test
	void aBodyOverTheClientsLimitFailsOnceTypedAndTheBreakerDoesNotCountIt() {
		try (ConfigurableApplicationContext app = ConsumerApp.run(WebApplicationType.SERVLET, emulator,
				"chameleon.max-response-size=512KB")) {
			ChameleonOperations chameleon = app.getBean(ChameleonOperations.class);
			emulator.clearRequests();
			ChameleonResponseTooLargeException ex = catchThrowableOfType(ChameleonResponseTooLargeException.class,
					() -> chameleon.profiles().searchAll(ProfileSearch.all()).blockLast(WAIT));
			assertThat(ex.attempts()).isEqualTo(1);
			assertThat(ex.limitBytes()).isEqualTo(512 * 1024);
			assertThat(ex.getMessage()).contains("chameleon.max-response-size");
			List<RecordedRequest> sent = emulator.requests();
			assertThat(sent).hasSize(1);
			CircuitBreaker breaker = app.getBean(CircuitBreakerRegistry.class).circuitBreaker("chameleon");
			assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		}
	}

}
