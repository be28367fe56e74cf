package io.github.chameleon4j.error;

import java.time.Duration;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.Test;

import io.github.chameleon4j.client.WireMockTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import io.github.chameleon4j.model.ProfileSearch;

/** 429 responses through the real client: strategy, wait and limit as the exception reports them. */
class RateLimitResponseTests extends WireMockTestSupport {

	static final String TEXT = "Rate Limited: Please refer to the API docs https://developers.chameleon.io/concepts/rate-limiting for more information";

	private ChameleonRateLimitException rateLimited(ResponseDefinitionBuilder response) {
		server.stubFor(any(anyUrl()).willReturn(response.withStatus(429).withHeader("Content-Type", "application/json")));
		return catchThrowableOfType(ChameleonRateLimitException.class,
				() -> this.chameleon.profiles().count(io.github.chameleon4j.model.ProfileSearch.all()).block(TIMEOUT));
	}

	private static String envelope(String extra) {
		return "{ \"code\": 429, \"messages\": [\"" + TEXT + "\"]" + extra + " }";
	}

	@Test
	void xRetryAfterOnly() {
		ChameleonRateLimitException ex = rateLimited(aResponse().withHeader("X-Retry-After", "19").withBody(envelope("")));
		assertThat(ex.strategy()).isEqualTo(RateLimitStrategy.GLOBAL);
		assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(19));
		assertThat(ex.waitHint().limit()).isEmpty();
		assertThat(ex.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
		assertThat(ex.kind().isServerSide()).isFalse();
		assertThat(ex.headers().getFirst("X-Retry-After")).isEqualTo("19");
		assertThat(ex.getMessage()).contains(TEXT).endsWith("[strategy=GLOBAL, wait=PT19S]");
		assertThat(ex.path()).isEqualTo("/v3/analyze/profiles/count");
	}

	@Test
	void xRatelimitWaitOnly() {
		ChameleonRateLimitException ex = rateLimited(aResponse().withHeader("X-Ratelimit-Wait", "12").withBody(envelope("")));
		assertThat(ex.strategy()).isEqualTo(RateLimitStrategy.BUCKET);
		assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(12));
	}

	@Test
	void bodyWaitOnly() {
		ChameleonRateLimitException ex = rateLimited(aResponse().withBody(envelope(", \"wait\": 12")));
		assertThat(ex.strategy()).isEqualTo(RateLimitStrategy.BUCKET);
		assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(12));
		assertThat(ex.envelope().waitSeconds()).isEqualTo(12.0);
	}

	@Test
	void xRatelimitLimitOnly() {
		ChameleonRateLimitException ex = rateLimited(aResponse().withHeader("X-Ratelimit-Limit", "4").withBody(envelope("")));
		assertThat(ex.strategy()).isEqualTo(RateLimitStrategy.CONCURRENCY);
		assertThat(ex.waitHint().limit()).hasValue(4);
		assertThat(ex.retryAfter()).isZero();
		assertThat(ex.getMessage()).endsWith("[strategy=CONCURRENCY, wait=PT0S, limit=4]");
	}

	@Test
	void bodyLimitOnly() {
		ChameleonRateLimitException ex = rateLimited(aResponse().withBody(envelope(", \"limit\": 4")));
		assertThat(ex.strategy()).isEqualTo(RateLimitStrategy.CONCURRENCY);
		assertThat(ex.waitHint().limit()).hasValue(4);
	}

	@Test
	void theConflictingDocumentedExample() {
		ChameleonRateLimitException ex = rateLimited(aResponse().withHeader("X-Ratelimit-Wait", "114")
			.withHeader("X-Ratelimit-Limit", "2")
			.withBody(envelope(", \"wait\": 14")));
		assertThat(ex.strategy()).isEqualTo(RateLimitStrategy.CONCURRENCY);
		assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(114));
		assertThat(ex.waitHint().limit()).hasValue(2);
		assertThat(ex.headers().getFirst("X-Ratelimit-Limit")).isEqualTo("2");
	}

	@Test
	void theCamelCaseLimitHeader() {
		ChameleonRateLimitException ex = rateLimited(aResponse().withHeader("X-RateLimit-Limit", "2").withBody(envelope("")));
		assertThat(ex.strategy()).isEqualTo(RateLimitStrategy.CONCURRENCY);
		assertThat(ex.waitHint().limit()).hasValue(2);
		assertThat(ex.headers().getFirst("X-Ratelimit-Limit")).isEqualTo("2");
	}

	@Test
	void nonNumericNegativeDecimalAndHugeValues() {
		assertThat(rateLimited(aResponse().withHeader("X-Retry-After", "soon")).retryAfter()).isEqualTo(WaitHint.DEFAULT_WAIT);
		assertThat(rateLimited(aResponse().withHeader("X-Ratelimit-Wait", "-4")).waitHint().waitFromServer()).isFalse();
		assertThat(rateLimited(aResponse().withHeader("X-Ratelimit-Wait", "2.25")).retryAfter()).isEqualTo(Duration.ofMillis(2250));
		assertThat(rateLimited(aResponse().withHeader("X-Retry-After", "1e12")).retryAfter()).isEqualTo(WaitHint.MAX_WAIT);
		assertThat(rateLimited(aResponse().withBody(envelope(", \"wait\": \"7\""))).retryAfter()).isEqualTo(Duration.ofSeconds(7));
		assertThat(rateLimited(aResponse().withBody(envelope(", \"limit\": 100000"))).waitHint().limit()).isEmpty();
	}

	@Test
	void aRateLimitWithANonJsonBodyStillReadsItsHeaders() {
		ChameleonRateLimitException ex = rateLimited(aResponse().withHeader("Content-Type", "text/plain")
			.withHeader("X-Retry-After", "3")
			.withBody("Too Many Requests"));
		assertThat(ex.strategy()).isEqualTo(RateLimitStrategy.GLOBAL);
		assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(3));
		assertThat(ex.bodyExcerpt()).isEqualTo("Too Many Requests");
	}

}
