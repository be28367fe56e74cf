package io.github.chameleon4j.client;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import io.github.chameleon4j.resilience.CallPolicy;

/** A loopback WireMock server and a client pointed at it, fresh for every test. */
abstract class ResourceTestSupport {

	WireMockServer wiremock;

	ChameleonOperations chameleon;

	@BeforeEach
	void startServer() {
		this.wiremock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		this.wiremock.start();
		this.chameleon = ChameleonOperations.builder().callPolicy(CallPolicy.direct())
			.baseUrl(this.wiremock.baseUrl())
			.accountSecret("test-secret")
			.build();
	}

	@AfterEach
	void stopServer() {
		this.chameleon.close();
		this.wiremock.stop();
	}

	/** Stubs a request (which must carry the secret header) with a JSON answer. */
	void stub(MappingBuilder request, String json) {
		this.wiremock.stubFor(request.withHeader("X-Account-Secret", equalTo("test-secret"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json)));
	}

	void assertNothingSent() {
		this.wiremock.verify(exactly(0), anyRequestedFor(anyUrl()));
	}

}
