package io.github.chameleon4j.error;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link WaitHint#from} on its own: every header and body combination a 429 may carry. */
class WaitHintTests {

	private static HttpHeaders headers(String... namesAndValues) {
		HttpHeaders headers = new HttpHeaders();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			headers.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return headers;
	}

	private static ErrorEnvelope body(Double wait, Double limit) {
		return new ErrorEnvelope(429, List.of("Rate Limited: ..."), wait, limit);
	}

	@Test
	void xRetryAfterIsTheGlobalStrategy() {
		WaitHint hint = WaitHint.from(headers("X-Retry-After", "19"), body(null, null));
		assertThat(hint).isEqualTo(new WaitHint(RateLimitStrategy.GLOBAL, Duration.ofSeconds(19), true, OptionalInt.empty()));
	}

	@Test
	void xRatelimitWaitIsTheBucketStrategy() {
		WaitHint hint = WaitHint.from(headers("X-Ratelimit-Wait", "12"), null);
		assertThat(hint).isEqualTo(new WaitHint(RateLimitStrategy.BUCKET, Duration.ofSeconds(12), true, OptionalInt.empty()));
	}

	@Test
	void aBodyWaitAloneIsTheBucketStrategy() {
		WaitHint hint = WaitHint.from(headers(), body(12.0, null));
		assertThat(hint).isEqualTo(new WaitHint(RateLimitStrategy.BUCKET, Duration.ofSeconds(12), true, OptionalInt.empty()));
	}

	@Test
	void xRatelimitLimitAloneIsTheConcurrencyStrategyWithNoTimedWait() {
		WaitHint hint = WaitHint.from(headers("X-Ratelimit-Limit", "4"), null);
		assertThat(hint).isEqualTo(new WaitHint(RateLimitStrategy.CONCURRENCY, Duration.ZERO, false, OptionalInt.of(4)));
	}

	@Test
	void aBodyLimitAloneIsTheConcurrencyStrategy() {
		WaitHint hint = WaitHint.from(headers(), body(null, 4.0));
		assertThat(hint).isEqualTo(new WaitHint(RateLimitStrategy.CONCURRENCY, Duration.ZERO, false, OptionalInt.of(4)));
	}

	@Test
	void theConflictingDocumentedExampleIsConcurrencyWithTheLargestWaitAndTheLimit() {
		WaitHint hint = WaitHint.from(headers("X-Ratelimit-Wait", "114", "X-Ratelimit-Limit", "2"), body(14.0, null));
		assertThat(hint).isEqualTo(new WaitHint(RateLimitStrategy.CONCURRENCY, Duration.ofSeconds(114), true, OptionalInt.of(2)));
	}

	@Test
	void aBodyLimitBesideABodyWaitIsConcurrency() {
		WaitHint hint = WaitHint.from(headers(), body(3.0, 2.0));
		assertThat(hint).isEqualTo(new WaitHint(RateLimitStrategy.CONCURRENCY, Duration.ofSeconds(3), true, OptionalInt.of(2)));
	}

	@Test
	void anUnusableLimitHeaderStillMakesItConcurrencyBesideAWait() {
		WaitHint hint = WaitHint.from(headers("X-Ratelimit-Limit", "many", "X-Ratelimit-Wait", "4"), null);
		assertThat(hint).isEqualTo(new WaitHint(RateLimitStrategy.CONCURRENCY, Duration.ofSeconds(4), true, OptionalInt.empty()));
	}

	@Test
	void aBodyWaitLargerThanTheHeaderWins() {
		assertThat(WaitHint.from(headers("X-Ratelimit-Wait", "3"), body(14.0, null)).retryAfter())
			.isEqualTo(Duration.ofSeconds(14));
	}

	@Test
	void aLimitBeatsGlobalAndBucketAndTheLargestWaitIsUsed() {
		WaitHint hint = WaitHint.from(headers("X-Retry-After", "5", "X-Ratelimit-Wait", "9", "X-Ratelimit-Limit", "3"),
				body(7.0, null));
		assertThat(hint.strategy()).isEqualTo(RateLimitStrategy.CONCURRENCY);
		assertThat(hint.retryAfter()).isEqualTo(Duration.ofSeconds(9));
		assertThat(hint.limit()).hasValue(3);
	}

	@Test
	void globalBeatsBucketWithoutALimit() {
		WaitHint hint = WaitHint.from(headers("X-Retry-After", "5", "X-Ratelimit-Wait", "9"), body(7.0, null));
		assertThat(hint.strategy()).isEqualTo(RateLimitStrategy.GLOBAL);
		assertThat(hint.retryAfter()).isEqualTo(Duration.ofSeconds(9));
		assertThat(hint.limit()).isEmpty();
	}

	@Test
	void theStandardRetryAfterHeaderCountsAsGlobal() {
		WaitHint hint = WaitHint.from(headers("Retry-After", "30"), null);
		assertThat(hint.strategy()).isEqualTo(RateLimitStrategy.GLOBAL);
		assertThat(hint.retryAfter()).isEqualTo(Duration.ofSeconds(30));
	}

	@ParameterizedTest
	@CsvSource({ "X-RateLimit-Limit", "x-ratelimit-limit", "X-RATELIMIT-LIMIT" })
	void headerNamesMatchInAnyCase(String name) {
		WaitHint hint = WaitHint.from(headers(name, "2"), null);
		assertThat(hint.strategy()).isEqualTo(RateLimitStrategy.CONCURRENCY);
		assertThat(hint.limit()).hasValue(2);
		assertThat(WaitHint.from(headers("x-retry-after", "7"), null).retryAfter()).isEqualTo(Duration.ofSeconds(7));
		assertThat(WaitHint.from(headers("X-RateLimit-Wait", "8"), null).strategy()).isEqualTo(RateLimitStrategy.BUCKET);
	}

	@Test
	void noHintAtAllIsUnknownWithTheDefaultWait() {
		WaitHint hint = WaitHint.from(headers(), null);
		assertThat(hint).isEqualTo(new WaitHint(RateLimitStrategy.UNKNOWN, WaitHint.DEFAULT_WAIT, false, OptionalInt.empty()));
		assertThat(WaitHint.DEFAULT_WAIT).isEqualTo(Duration.ofSeconds(1));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"12      | PT12S   | true",
			"' 12 '  | PT12S   | true",
			"1.5     | PT1.5S  | true",
			"0.0001  | PT0.001S | true",
			"0       | PT0S    | true",
			"-5      | PT1S    | false",
			"soon    | PT1S    | false",
			"NaN     | PT1S    | false",
			"Infinity | PT1S   | false",
			"0x10    | PT1S    | false",
			"''      | PT1S    | false",
			"1e3     | PT16M40S | true",
			"3601    | PT1H    | true",
			"99999999999999999999 | PT1H | true" })
	void waitValuesAreParsedLenientlyAndBounded(String value, String expected, boolean fromServer) {
		WaitHint hint = WaitHint.from(headers("X-Retry-After", value), null);
		assertThat(hint.strategy()).isEqualTo(RateLimitStrategy.GLOBAL);
		assertThat(hint.retryAfter()).isEqualTo(Duration.parse(expected));
		assertThat(hint.waitFromServer()).isEqualTo(fromServer);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "4 | 4", "2.7 | 2", "1000 | 1000", "0 | -1", "0.5 | -1", "-3 | -1",
			"1001 | -1", "many | -1", "99999999999 | -1" })
	void limitValuesAreUsedOnlyWhenPlausible(String value, int expected) {
		WaitHint hint = WaitHint.from(headers("X-Ratelimit-Limit", value), null);
		assertThat(hint.strategy()).isEqualTo(RateLimitStrategy.CONCURRENCY);
		if (expected < 0) {
			assertThat(hint.limit()).isEmpty();
		}
		else {
			assertThat(hint.limit()).hasValue(expected);
		}
	}

	@Test
	void anUnusableHeaderFallsBackToAUsableBodyWait() {
		WaitHint hint = WaitHint.from(headers("X-Ratelimit-Wait", "later"), body(6.0, null));
		assertThat(hint.strategy()).isEqualTo(RateLimitStrategy.BUCKET);
		assertThat(hint.retryAfter()).isEqualTo(Duration.ofSeconds(6));
		assertThat(hint.waitFromServer()).isTrue();
	}

	@Test
	void aNegativeBodyWaitIsIgnored() {
		WaitHint hint = WaitHint.from(headers(), body(-1.0, null));
		assertThat(hint.retryAfter()).isEqualTo(WaitHint.DEFAULT_WAIT);
		assertThat(hint.waitFromServer()).isFalse();
	}

}
