package io.github.chameleon4j.client;

import java.time.Duration;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;

import io.github.chameleon4j.error.ChameleonException;
import io.github.chameleon4j.error.ChameleonServiceUnavailableException;
import io.github.chameleon4j.error.ChameleonUnprocessableException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.chameleon4j.client.ProfileOperationsTests.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ClientBuilderTests extends WireMockTestSupport {

	@Test
	void aMissingOrBlankSecretIsRejected() {
		assertRejected(() -> ChameleonOperations.builder().build(), "accountSecret");
		assertRejected(() -> ChameleonOperations.builder().accountSecret(" ").build(), "accountSecret");
	}

	@Test
	void aBadBaseUrlIsRejected() {
		for (String url : new String[] { "api.chameleon.io", "ftp://api.chameleon.io", "http://", "not a url", "",
				"https://api.chameleon.io/?account_secret=x", "https://user:pw@api.chameleon.io" }) {
			assertRejected(() -> ChameleonOperations.builder().accountSecret(SECRET).baseUrl(url).build(), "baseUrl");
		}
		assertRejected(() -> ChameleonOperations.builder().accountSecret(SECRET).baseUrl(null).build(), "baseUrl");
	}

	@Test
	void badTimeoutsPoolSizesAndPoliciesAreRejected() {
		assertRejected(() -> clientBuilder().connectTimeout(Duration.ZERO).build(), "connectTimeout");
		assertRejected(() -> clientBuilder().responseTimeout(Duration.ofSeconds(-1)).build(), "responseTimeout");
		assertRejected(() -> clientBuilder().responseTimeout(null).build(), "responseTimeout");
		assertRejected(() -> clientBuilder().maxConnections(0).build(), "maxConnections");
		assertRejected(() -> clientBuilder().callPolicy(null).build(), "callPolicy");
		assertRejected(() -> this.chameleon.withDeadline(Duration.ZERO), "deadline");
		assertRejected(() -> this.chameleon.withDeadline(null), "deadline");
	}

	@Test
	void aClientBuiltWithoutAPolicyIsResilientByDefault() {
		server.stubFor(any(anyUrl()).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("X-Retry-After", "0")
				.withHeader("Content-Type", "application/json").withBody("{\"code\":429,\"messages\":[\"Rate Limited\"]}"))
			.willSetStateTo("open"));
		server.stubFor(any(anyUrl()).inScenario("limited").whenScenarioStateIs("open")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody("{\"tour\":{\"id\":\"t1\"}}")));
		try (ChameleonOperations client = ChameleonOperations.builder().baseUrl(server.baseUrl()).accountSecret(SECRET)
			.build()) {
			assertThat(await(client.tours().get("t1")).id()).isEqualTo("t1");
		}
		assertThat(requests()).hasSize(2);
	}

	@Test
	void optingOutOfResilienceSendsEveryCallOnce() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("X-Retry-After", "0")));
		try (ChameleonOperations client = ChameleonOperations.builder().baseUrl(server.baseUrl()).accountSecret(SECRET)
			.callPolicy(io.github.chameleon4j.resilience.CallPolicy.direct())
			.build()) {
			assertThatExceptionOfType(io.github.chameleon4j.error.ChameleonRateLimitException.class)
				.isThrownBy(() -> await(client.tours().get("t1")));
		}
		assertThat(requests()).hasSize(1);
	}

	@Test
	void aBaseUrlWithATrailingSlashDoesNotDoubleTheSlash() {
		respond("{ \"account\": { \"id\": \"a1\" } }");
		try (ChameleonOperations client = ChameleonOperations.builder().baseUrl(server.baseUrl() + "/")
			.accountSecret(SECRET).build()) {
			assertThat(await(client.verifyCredentials()).userId()).isNull();
		}
		verifyOnly(getRequestedFor(urlEqualTo("/")));
	}

	@Test
	void theClientsToStringNeverShowsTheSecret() {
		assertThat(this.chameleon.toString()).contains(server.baseUrl()).doesNotContain(SECRET);
		assertThat(this.chameleon.withDeadline(Duration.ofSeconds(3)).toString()).doesNotContain(SECRET);
	}

	@Test
	void exceptionsNeverShowTheSecretEvenWhenTheServerEchoesIt() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Content-Type", "text/html")
			.withBody("<html><body>bad secret " + SECRET + "</body></html>")));
		assertThatExceptionOfType(ChameleonServiceUnavailableException.class)
			.isThrownBy(() -> await(this.chameleon.profiles().getByUid("u-1")))
			.satisfies(ClientBuilderTests::assertSecretFree);
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(422)
			.withBody("{ \"code\": 422, \"messages\": [\"account_secret " + SECRET + " is not valid here\"] }")));
		assertThatExceptionOfType(ChameleonUnprocessableException.class)
			.isThrownBy(() -> await(this.chameleon.profiles().getByUid("u-1")))
			.satisfies(ClientBuilderTests::assertSecretFree);
	}

	static void assertSecretFree(ChameleonException ex) {
		assertThat(ex.getMessage()).doesNotContain(SECRET);
		assertThat(ex.toString()).doesNotContain(SECRET);
		if (ex instanceof io.github.chameleon4j.error.ChameleonResponseException response) {
			assertThat(response.bodyExcerpt()).doesNotContain(SECRET);
			assertThat(response.messages()).noneMatch((message) -> message.contains(SECRET));
		}
	}

}
