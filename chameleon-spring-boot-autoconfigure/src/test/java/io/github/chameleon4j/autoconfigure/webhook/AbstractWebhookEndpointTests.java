package io.github.chameleon4j.autoconfigure.webhook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;

import io.github.chameleon4j.webhook.HostileSentAt;
import io.github.chameleon4j.webhook.SignedWebhooks;
import io.github.chameleon4j.webhook.WebhookHeaders;
import io.github.chameleon4j.webhook.event.ChameleonWebhookEvent;
import io.github.chameleon4j.webhook.event.DemoEvent;
import io.github.chameleon4j.webhook.event.PingEvent;
import io.github.chameleon4j.webhook.event.ResponseFinishedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.github.chameleon4j.webhook.SignedWebhooks.NOW;
import static io.github.chameleon4j.webhook.SignedWebhooks.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's HTTP contract, run against a real server of each web stack on 127.0.0.1 with real
 * HTTP requests. Subclasses choose the stack. The library logs at trace level, so that no log line
 * is out of reach of the leak checks.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractWebhookEndpointTests {

	static final String PATH = "/hooks/chameleon";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	private int port;

	@Autowired
	private PublishedWebhooks published;

	@BeforeEach
	void clearPublished() {
		this.published.clear();
	}

	@Test
	void verifiedPingIsAnsweredOkAndPublishedAsPingEvent() throws Exception {
		byte[] body = SignedWebhooks.ping("ping-1", NOW);

		HttpResponse<String> response = post(body, sign(body), "ping-1");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).isEqualTo("{\"status\":\"accepted\"}");
		assertThat(this.published.events()).singleElement().isInstanceOfSatisfying(PingEvent.class,
				(ping) -> assertThat(ping.account().name()).isEqualTo("Example Org"));
		assertThat(this.published.pings()).hasSize(1);
		assertThat(this.published.responses()).isEmpty();
	}

	@Test
	void responseFinishedIsPublishedWithDecodedModels() throws Exception {
		byte[] body = SignedWebhooks.responseFinished("resp-1", NOW.minusSeconds(3));

		assertThat(post(body, sign(body), "resp-1").statusCode()).isEqualTo(200);

		assertThat(this.published.events()).singleElement()
			.isInstanceOfSatisfying(ResponseFinishedEvent.class, (event) -> {
				assertThat(event.response().buttonText()).isEqualTo("Hard");
				assertThat(event.profile().uid()).isEqualTo("u-4411");
				assertThat(event.survey().name()).isEqualTo("Export feature CES");
			});
		assertThat(this.published.responses()).hasSize(1);
		assertThat(this.published.pings()).isEmpty();
	}

	@Test
	void redeliveryIsAcknowledgedButPublishedOnce() throws Exception {
		byte[] body = SignedWebhooks.ping("dup-1", NOW);

		HttpResponse<String> first = post(body, sign(body), "dup-1");
		HttpResponse<String> second = post(body, sign(body), "dup-1");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo("{\"status\":\"duplicate\"}");
		assertThat(this.published.events()).hasSize(1);
	}

	@Test
	void badSignatureIsRejectedWith400AndNotPublished() throws Exception {
		byte[] body = SignedWebhooks.ping("bad-1", NOW);

		HttpResponse<String> response = post(body, WebhookSignatureOf.otherSecret(body), "bad-1");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"status\":\"rejected\",\"reason\":\"bad_signature\"}");
		assertThat(this.published.events()).isEmpty();
	}

	@Test
	void missingSignatureIsRejectedWith400() throws Exception {
		byte[] body = SignedWebhooks.ping("nosig-1", NOW);

		HttpResponse<String> response = post(body, null, "nosig-1");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("missing_signature");
		assertThat(this.published.events()).isEmpty();
	}

	@Test
	void staleWebhookIsRejectedWith400() throws Exception {
		byte[] body = SignedWebhooks.ping("old-1", NOW.minus(Duration.ofMinutes(6)));

		HttpResponse<String> response = post(body, sign(body), "old-1");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"stale\"");
		assertThat(this.published.events()).isEmpty();
	}

	@Test
	void malformedSignedBodyIsRejectedWith400() throws Exception {
		byte[] body = "{\"id\":\"broken".getBytes();

		HttpResponse<String> response = post(body, sign(body), null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("malformed_body");
	}

	@Test
	void oversizedBodyWithContentLengthIsRefusedWith413() throws Exception {
		byte[] body = oversized();

		HttpResponse<String> response = send(request(sign(body), "big-1").POST(HttpRequest.BodyPublishers.ofByteArray(body)));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("too_large");
		assertThat(this.published.events()).isEmpty();
	}

	@Test
	void oversizedChunkedBodyIsRefusedWith413() throws Exception {
		byte[] body = oversized();

		HttpResponse<String> response = send(request(sign(body), "big-2")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(this.published.events()).isEmpty();
	}

	@Test
	void chunkedBodyWithinTheLimitIsAccepted() throws Exception {
		byte[] body = SignedWebhooks.ping("chunked-1", NOW);

		HttpResponse<String> response = send(request(sign(body), "chunked-1")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.published.events()).hasSize(1);
	}

	@Test
	void whenAListenerFailsTheAnswerIs500AndTheRetryIsPublished() throws Exception {
		byte[] body = SignedWebhooks.envelope("demo-1", "demo.finished", NOW, "{\"demo_run\":{\"id\":\"r1\"}}");

		HttpResponse<String> first = post(body, sign(body), "demo-1");
		HttpResponse<String> retry = post(body, sign(body), "demo-1");

		assertThat(first.statusCode()).isEqualTo(500);
		assertThat(first.body()).doesNotContain("downstream");
		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(this.published.events()).singleElement().isInstanceOf(DemoEvent.class);
	}

	@Test
	void unknownTopicIsAcceptedAndPublishedAsTheBaseType() throws Exception {
		byte[] body = SignedWebhooks.envelope("new-1", "brand.new", NOW, "{\"x\":1}");

		assertThat(post(body, sign(body), "new-1").statusCode()).isEqualTo(200);

		assertThat(this.published.events()).singleElement()
			.satisfies((event) -> assertThat(event.topic()).isEqualTo("brand.new"))
			.isInstanceOf(ChameleonWebhookEvent.class);
	}

	@ParameterizedTest(name = "sent_at {0}")
	@MethodSource("io.github.chameleon4j.webhook.HostileSentAt#values")
	void aSignedWebhookWithAnUnparseableSentAtIsRejectedWith400NeverA500(String sentAt) throws Exception {
		byte[] body = HostileSentAt.envelope("when-1", sentAt);

		HttpResponse<String> response = post(body, sign(body), "when-1");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"status\":\"rejected\",\"reason\":\"invalid_sent_at\"}");
		assertThat(this.published.events()).isEmpty();
	}

	@Test
	void aSignedBodyWithoutIdIsRejectedHoweverTheIdHeaderChanges() throws Exception {
		byte[] body = ("{\"kind\":\"ping\",\"sent_at\":\"" + NOW + "\",\"data\":{}}").getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> first = post(body, sign(body), "header-1");
		HttpResponse<String> replay = post(body, sign(body), "header-2");

		assertThat(first.statusCode()).isEqualTo(400);
		assertThat(first.body()).contains("\"missing_id\"");
		assertThat(replay.statusCode()).isEqualTo(400);
		assertThat(replay.body()).contains("\"missing_id\"");
		assertThat(this.published.events()).isEmpty();
	}

	@Test
	void aReplayUnderANewIdHeaderIsRefusedWithIdMismatch() throws Exception {
		byte[] body = SignedWebhooks.ping("replay-1", NOW);

		HttpResponse<String> original = post(body, sign(body), "replay-1");
		HttpResponse<String> replay = post(body, sign(body), "replay-2");

		assertThat(original.statusCode()).isEqualTo(200);
		assertThat(replay.statusCode()).isEqualTo(400);
		assertThat(replay.body()).contains("\"id_mismatch\"");
		assertThat(this.published.events()).hasSize(1);
	}

	@Test
	void whenATypedAccessorFailsOnAWrongTypedValueNoLogLineCarriesThatValue(CapturedOutput output) throws Exception {
		String email = "leak-check-1@example.org";
		byte[] body = SignedWebhooks.envelope("leak-1", "tour.completed", NOW,
				"{\"profile\":{\"id\":\"p1\",\"email\":\"" + email + "\",\"last_seen_at\":\"" + email + "\"}}");

		HttpResponse<String> response = post(body, sign(body), "leak-1");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain(email);
		assertThat(output.getAll()).contains("leak-1", "WebhookPayloadException", "data.profile.last_seen_at")
			.doesNotContain(email);
	}

	@Test
	void whenAListenerQuotesThePayloadInItsExceptionTheLogWithholdsTheMessages(CapturedOutput output)
			throws Exception {
		String email = "leak-check-2@example.org";
		byte[] body = SignedWebhooks.envelope("leak-2", "survey.completed", NOW,
				"{\"profile\":{\"id\":\"p1\",\"email\":\"" + email + "\"}}");

		HttpResponse<String> response = post(body, sign(body), "leak-2");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(output.getAll()).contains("leak-2", "java.lang.IllegalStateException",
				"java.lang.IllegalArgumentException", "PublishedWebhooks.onSurveyCompleted")
			.doesNotContain(email);
	}

	private static byte[] oversized() {
		byte[] padding = new byte[8 * 1024];
		Arrays.fill(padding, (byte) 'x');
		return SignedWebhooks.envelope("big", "ping", NOW, "{\"pad\":\"" + new String(padding) + "\"}");
	}

	private HttpResponse<String> post(byte[] body, String signature, String id) throws IOException, InterruptedException {
		return send(request(signature, id).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	private HttpRequest.Builder request(String signature, String id) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + PATH))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header("User-Agent", "Chameleon Webhooks/v3 (chameleon.io; integral)");
		if (signature != null) {
			request.header(WebhookHeaders.SIGNATURE, signature);
		}
		if (id != null) {
			request.header(WebhookHeaders.ID, id);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Beans both test applications share: a fixed clock and the event recorder. */
	@Configuration(proxyBeanMethods = false)
	static class WebhookTestBeans {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

		@Bean
		PublishedWebhooks publishedWebhooks() {
			return new PublishedWebhooks();
		}

	}

	static final class WebhookSignatureOf {

		private WebhookSignatureOf() {
		}

		static String otherSecret(byte[] body) {
			return io.github.chameleon4j.webhook.WebhookSignature.sign("not-the-secret", body);
		}

	}

}
