package io.github.chameleon4j.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.chameleon4j.webhook.SignedWebhooks.NOW;
import static io.github.chameleon4j.webhook.SignedWebhooks.SECRET;
import static io.github.chameleon4j.webhook.SignedWebhooks.ping;
import static io.github.chameleon4j.webhook.SignedWebhooks.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookVerifierTests {

	private final WebhookVerifier verifier = WebhookVerifier.builder(SECRET).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

	@Test
	void whenSignatureAndTimeAreValidThenTheEnvelopeIsParsed() {
		byte[] body = ping("660e1829300102030405a003", NOW.minusSeconds(2));

		WebhookMessage message = this.verifier.verify(body, sign(body), "660e1829300102030405a003").orElseThrow();

		assertThat(message.id()).isEqualTo("660e1829300102030405a003");
		assertThat(message.kind()).isEqualTo("ping");
		assertThat(message.topic()).isEqualTo("ping");
		assertThat(message.sentAt()).isEqualTo(NOW.minusSeconds(2));
		assertThat(message.data().get("account").get("domain").stringValue()).isEqualTo("example.org");
		assertThat(message.body()).isEqualTo(body);
	}

	@Test
	void signatureIsLowerCaseHexHmacSha256OfTheRawBody() {
		// Reference value computed independently (Python hmac.new(key, body, sha256).hexdigest()).
		assertThat(WebhookSignature.sign("whsec-test", "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("1b0fbe4a73bc7146c9a478f4ace408834664038ab011b93644af193783affd05");
	}

	@Test
	void upperCaseHexWithSurroundingWhitespaceIsAccepted() {
		byte[] body = ping("a1", NOW);

		WebhookVerification result = this.verifier.verify(body, "  " + sign(body).toUpperCase(Locale.ROOT) + "\t\n");

		assertThat(result.isVerified()).isTrue();
	}

	@Test
	void sha256PrefixedSignatureIsAccepted() {
		byte[] body = ping("a1", NOW);

		assertThat(this.verifier.verify(body, "sha256=" + sign(body)).isVerified()).isTrue();
	}

	@Test
	void whenSignedWithAnotherSecretThenBadSignature() {
		byte[] body = ping("a1", NOW);

		WebhookVerification result = this.verifier.verify(body, WebhookSignature.sign("other-secret", body));

		assertThat(result.rejection()).contains(WebhookRejection.BAD_SIGNATURE);
		assertThat(result.message()).isEmpty();
	}

	@Test
	void whenBodyIsTamperedAfterSigningThenBadSignature() {
		byte[] body = ping("a1", NOW);
		String signature = sign(body);
		byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("Example Org", "Evil Org")
			.getBytes(StandardCharsets.UTF_8);

		assertThat(this.verifier.verify(tampered, signature).rejection()).contains(WebhookRejection.BAD_SIGNATURE);
	}

	@Test
	void whenSignatureIsTruncatedOrNotHexThenBadSignature() {
		byte[] body = ping("a1", NOW);
		String signature = sign(body);

		assertThat(this.verifier.verify(body, signature.substring(0, 63)).rejection())
			.contains(WebhookRejection.BAD_SIGNATURE);
		assertThat(this.verifier.verify(body, "zz" + signature.substring(2)).rejection())
			.contains(WebhookRejection.BAD_SIGNATURE);
	}

	@Test
	void whenSignatureHeaderIsMissingOrBlankThenMissingSignature() {
		byte[] body = ping("a1", NOW);

		assertThat(this.verifier.verify(body, null).rejection()).contains(WebhookRejection.MISSING_SIGNATURE);
		assertThat(this.verifier.verify(body, "  ").rejection()).contains(WebhookRejection.MISSING_SIGNATURE);
	}

	@Test
	void signatureIsCheckedBeforeTheBodyIsParsed() {
		byte[] garbage = "not json at all".getBytes(StandardCharsets.UTF_8);

		assertThat(this.verifier.verify(garbage, "00").rejection()).contains(WebhookRejection.BAD_SIGNATURE);
		assertThat(this.verifier.verify(garbage, sign(garbage)).rejection()).contains(WebhookRejection.MALFORMED_BODY);
	}

	@Test
	void whenSignedBodyIsNotAJsonObjectThenMalformedBody() {
		for (String text : new String[] { "[1,2]", "\"ping\"", "{\"id\":", "" }) {
			byte[] body = text.getBytes(StandardCharsets.UTF_8);
			assertThat(this.verifier.verify(body, sign(body)).rejection()).as(text)
				.contains(WebhookRejection.MALFORMED_BODY);
		}
	}

	@Test
	void whenSentAtIsOlderThanTheToleranceThenStale() {
		byte[] atLimit = ping("a1", NOW.minus(Duration.ofMinutes(5)));
		byte[] tooOld = ping("a1", NOW.minus(Duration.ofMinutes(5)).minusMillis(1));

		assertThat(this.verifier.verify(atLimit, sign(atLimit)).isVerified()).isTrue();
		assertThat(this.verifier.verify(tooOld, sign(tooOld)).rejection()).contains(WebhookRejection.STALE);
	}

	@Test
	void whenSentAtIsFurtherInTheFutureThanTheToleranceThenFromTheFuture() {
		byte[] atLimit = ping("a1", NOW.plus(Duration.ofMinutes(5)));
		byte[] tooEarly = ping("a1", NOW.plus(Duration.ofMinutes(5)).plusMillis(1));

		assertThat(this.verifier.verify(atLimit, sign(atLimit)).isVerified()).isTrue();
		assertThat(this.verifier.verify(tooEarly, sign(tooEarly)).rejection())
			.contains(WebhookRejection.FROM_THE_FUTURE);
	}

	@Test
	void toleranceIsConfigurableAndFollowsTheInjectedClock() {
		MutableClock clock = new MutableClock(NOW);
		WebhookVerifier strict = WebhookVerifier.builder(SECRET).tolerance(Duration.ofSeconds(30)).clock(clock).build();
		byte[] body = ping("a1", NOW);

		assertThat(strict.verify(body, sign(body)).isVerified()).isTrue();
		clock.advance(Duration.ofSeconds(31));
		assertThat(strict.verify(body, sign(body)).rejection()).contains(WebhookRejection.STALE);
	}

	@Test
	void whenSentAtIsMissingOrNotATimestampThenRejected() {
		byte[] missing = "{\"id\":\"a1\",\"kind\":\"ping\",\"data\":{}}".getBytes(StandardCharsets.UTF_8);
		byte[] invalid = "{\"id\":\"a1\",\"kind\":\"ping\",\"sent_at\":\"yesterday\",\"data\":{}}"
			.getBytes(StandardCharsets.UTF_8);

		assertThat(this.verifier.verify(missing, sign(missing)).rejection())
			.contains(WebhookRejection.MISSING_SENT_AT);
		assertThat(this.verifier.verify(invalid, sign(invalid)).rejection())
			.contains(WebhookRejection.INVALID_SENT_AT);
	}

	@Test
	void sentAtAsEpochSecondsIsAccepted() {
		byte[] body = ("{\"id\":\"a1\",\"kind\":\"ping\",\"sent_at\":" + NOW.getEpochSecond() + ",\"data\":{}}")
			.getBytes(StandardCharsets.UTF_8);

		assertThat(this.verifier.verify(body, sign(body)).orElseThrow().sentAt()).isEqualTo(NOW);
	}

	@Test
	void whenIdHeaderDiffersFromTheSignedBodyIdThenIdMismatch() {
		byte[] body = ping("a1", NOW);

		assertThat(this.verifier.verify(body, sign(body), "a2").rejection()).contains(WebhookRejection.ID_MISMATCH);
		assertThat(this.verifier.verify(body, sign(body), " a1 ").isVerified()).isTrue();
	}

	@Test
	void whenTheSignedBodyHasNoIdThenMissingIdEvenWithAnIdHeader() {
		byte[] body = ("{\"kind\":\"ping\",\"sent_at\":\"" + NOW + "\"}").getBytes(StandardCharsets.UTF_8);

		// The header is not signed: taking the id from it would let anyone replay the body under new ids.
		assertThat(this.verifier.verify(body, sign(body), "h1").rejection()).contains(WebhookRejection.MISSING_ID);
		assertThat(this.verifier.verify(body, sign(body), null).rejection()).contains(WebhookRejection.MISSING_ID);
	}

	@ParameterizedTest(name = "id {0}")
	@ValueSource(strings = { "null", "\"\"", "\"   \"", "{}", "[\"a1\"]" })
	void whenTheBodyIdIsBlankOrNotAValueThenMissingId(String id) {
		byte[] body = ("{\"id\":" + id + ",\"kind\":\"ping\",\"sent_at\":\"" + NOW + "\"}")
			.getBytes(StandardCharsets.UTF_8);

		assertThat(this.verifier.verify(body, sign(body), "a1").rejection()).contains(WebhookRejection.MISSING_ID);
	}

	@ParameterizedTest(name = "sent_at {0}")
	@MethodSource("io.github.chameleon4j.webhook.HostileSentAt#values")
	void whenSentAtIsNotARealTimestampThenInvalidSentAtNeverAnException(String sentAt) {
		byte[] body = HostileSentAt.envelope("a1", sentAt);

		assertThat(this.verifier.verify(body, sign(body), "a1").rejection()).contains(WebhookRejection.INVALID_SENT_AT);
	}

	@Test
	void theEarliestAndLatestAcceptedSentAtAreOnlyTooOldOrTooNew() {
		byte[] epoch = HostileSentAt.envelope("a1", "0");
		byte[] lastSecond = HostileSentAt.envelope("a1", "\"9999-12-31T23:59:59Z\"");

		assertThat(this.verifier.verify(epoch, sign(epoch)).rejection()).contains(WebhookRejection.STALE);
		assertThat(this.verifier.verify(lastSecond, sign(lastSecond)).rejection())
			.contains(WebhookRejection.FROM_THE_FUTURE);
	}

	@Test
	void whenKindIsMissingThenMissingKind() {
		byte[] body = ("{\"id\":\"a1\",\"sent_at\":\"" + NOW + "\"}").getBytes(StandardCharsets.UTF_8);

		assertThat(this.verifier.verify(body, sign(body)).rejection()).contains(WebhookRejection.MISSING_KIND);
	}

	@Test
	void unknownTopicsAndFieldsAreAcceptedAndMissingDataIsAnEmptyObject() {
		byte[] body = ("{\"id\":\"a1\",\"kind\":\"brand.new.topic\",\"sent_at\":\"" + NOW
				+ "\",\"extra\":{\"x\":1},\"version\":7}")
			.getBytes(StandardCharsets.UTF_8);

		WebhookMessage message = this.verifier.verify(body, sign(body)).orElseThrow();

		assertThat(message.kind()).isEqualTo("brand.new.topic");
		assertThat(message.data().isObject()).isTrue();
		assertThat(message.data().isEmpty()).isTrue();
	}

	@Test
	void whenBodyExceedsTheLimitThenTooLargeEvenWhenCorrectlySigned() {
		WebhookVerifier small = WebhookVerifier.builder(SECRET).maxBodySize(64).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
		byte[] body = ping("a1", NOW);
		assertThat(body.length).isGreaterThan(64);

		assertThat(small.verify(body, sign(body)).rejection()).contains(WebhookRejection.TOO_LARGE);
		assertThat(small.verify(Arrays.copyOf(body, 64), null).rejection())
			.contains(WebhookRejection.MISSING_SIGNATURE);
	}

	@Test
	void orElseThrowCarriesTheReasonButNotTheSecret() {
		byte[] body = ping("a1", NOW);

		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(body, "00").orElseThrow())
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(WebhookRejection.BAD_SIGNATURE))
			.withMessageContaining("signature")
			.withMessageNotContaining(SECRET);
	}

	@Test
	void theSecretAndThePayloadNeverAppearInToString() {
		byte[] body = ping("a1", NOW);
		WebhookMessage message = this.verifier.verify(body, sign(body)).orElseThrow();

		assertThat(this.verifier.toString()).doesNotContain(SECRET).contains("PT5M");
		assertThat(WebhookVerifier.builder(SECRET).toString()).doesNotContain(SECRET);
		assertThat(message.toString()).contains("a1", "ping").doesNotContain("Example Org");
	}

	@Test
	void invalidSettingsFailWithTheArgumentNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookVerifier.builder(" "))
			.withMessageContaining("secret");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookVerifier.builder(null))
			.withMessageContaining("secret");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookVerifier.builder(SECRET).tolerance(Duration.ofSeconds(-1)))
			.withMessageContaining("tolerance");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookVerifier.builder(SECRET).maxBodySize(0))
			.withMessageContaining("maxBodySize");
	}

	@Test
	void rejectionCodesAreSnakeCase() {
		assertThat(WebhookRejection.BAD_SIGNATURE.code()).isEqualTo("bad_signature");
		assertThat(WebhookRejection.FROM_THE_FUTURE.code()).isEqualTo("from_the_future");
	}

	@Test
	void millisecondAndSecondPrecisionTimestampsBothParse() {
		byte[] millis = SignedWebhooks.envelope("a1", "ping", Instant.parse("2029-04-07T15:04:59.650Z"), "{}");

		assertThat(this.verifier.verify(millis, sign(millis)).orElseThrow().sentAt())
			.isEqualTo(Instant.parse("2029-04-07T15:04:59.650Z"));
	}

}
