package io.github.chameleon4j.client;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.chameleon4j.error.ChameleonResponseTooLargeException;
import io.github.chameleon4j.error.ErrorKind;
import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.resilience.ChameleonResilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import io.github.chameleon4j.model.ProfileSearch;
import io.github.chameleon4j.model.Page;

/**
 * The client reads bodies up to its own limit, whatever generic codec limit the application's
 * {@code WebClient.Builder} carries, and a body over that limit fails once, typed, without
 * touching the breaker.
 */
class ResponseSizeLimitTests extends WireMockTestSupport {

	/** Spring Boot's default {@code spring.http.codecs.max-in-memory-size}. */
	private static final int BOOT_DEFAULT_LIMIT = 256 * 1024;

	@Test
	void aPageLargerThanTheApplicationsGenericCodecLimitIsReadWhole() {
		String page = profilesPage(500, 2500);
		assertThat(page.length()).isGreaterThan(4 * BOOT_DEFAULT_LIMIT);
		respond(page);
		WebClient.Builder bootLike = WebClient.builder()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(BOOT_DEFAULT_LIMIT));
		try (ChameleonOperations client = clientBuilder().webClientBuilder(bootLike).build()) {
			Page<Profile> read = await(client.profiles().search(ProfileSearch.all()));
			assertThat(read.items()).hasSize(500);
			assertThat(read.items().get(499).uid()).isEqualTo("u-499");
			assertThat(read.items().get(0).property("notes")).asString().hasSize(2500);
		}
	}

	@Test
	void aBodyOverTheClientsLimitFailsTypedAfterOneAttemptAndTheBreakerDoesNotCountIt() {
		respond(profilesPage(100, 2000));
		ChameleonResilience resilience = ChameleonResilience.builder().pace((p) -> p.enabled(false))
			.retry((r) -> r.initialBackoff(Duration.ofMillis(1))).build();
		try (ChameleonOperations client = ChameleonOperations.builder().baseUrl(server.baseUrl()).accountSecret(SECRET)
			.callPolicy(resilience)
			.maxResponseSize(DataSize.ofKilobytes(64))
			.build()) {
			ChameleonResponseTooLargeException ex = catchThrowableOfType(ChameleonResponseTooLargeException.class,
					() -> await(client.profiles().search(ProfileSearch.all())));
			assertThat(ex.kind()).isEqualTo(ErrorKind.RESPONSE_TOO_LARGE);
			assertThat(ex.status()).isEqualTo(200);
			assertThat(ex.limitBytes()).isEqualTo(64 * 1024);
			assertThat(ex.attempts()).isEqualTo(1);
			assertThat(ex.getMessage()).contains("chameleon.max-response-size").contains("POST /v3/analyze/profiles");
			assertThat(requests()).hasSize(1);
			CircuitBreaker.Metrics metrics = resilience.circuitBreaker().orElseThrow().getMetrics();
			assertThat(metrics.getNumberOfFailedCalls()).isZero();
			assertThat(resilience.circuitBreaker().orElseThrow().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		}
	}

	@Test
	void theLimitIsValidatedAtBuildNamingTheSetting() {
		assertThat(catchThrowableOfType(IllegalArgumentException.class,
				() -> clientBuilder().maxResponseSize(DataSize.ofBytes(10)).build()))
			.hasMessageContaining("maxResponseSize");
		assertThat(catchThrowableOfType(IllegalArgumentException.class,
				() -> clientBuilder().maxResponseSize(DataSize.ofGigabytes(3)).build()))
			.hasMessageContaining("maxResponseSize");
	}

	/** A profile search page whose profiles each carry a {@code notes} property of the given length. */
	static String profilesPage(int size, int notesLength) {
		String notes = "n".repeat(notesLength);
		StringBuilder json = new StringBuilder("{\"profiles\":[");
		for (int i = 0; i < size; i++) {
			if (i > 0) {
				json.append(',');
			}
			json.append("{\"id\":\"p").append(i).append("\",\"uid\":\"u-").append(i)
				.append("\",\"plan\":\"pro\",\"seats\":").append(i).append(",\"notes\":\"").append(notes).append("\"}");
		}
		return json.append("],\"cursor\":{\"limit\":").append(size).append(",\"before\":\"p").append(size - 1)
			.append("\"}}").toString();
	}

}
