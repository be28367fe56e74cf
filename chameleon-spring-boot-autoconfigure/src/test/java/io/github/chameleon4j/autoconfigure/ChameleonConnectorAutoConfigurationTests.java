package io.github.chameleon4j.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ClientHttpConnectorBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.error.ChameleonException;
import io.github.chameleon4j.resilience.CallPolicy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The client's connector in a Boot context with Boot's HTTP client auto-configuration: built with the
 * application's {@code ClientHttpConnectorBuilder} (its customizers, compression) and
 * {@code HttpClientSettings}, or the application's own {@code ClientHttpConnector} as it is; redirects are
 * never followed; a setting that cannot apply fails startup naming the property.
 */
class ChameleonConnectorAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChameleonAutoConfiguration.class, WebClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class, SslAutoConfiguration.class))
		.withBean(CallPolicy.class, CallPolicy::direct);

	@BeforeAll
	static void start() {
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@BeforeEach
	void reset() {
		server.resetAll();
		server.stubFor(get(urlEqualTo("/v3/edit/tours/t1")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json").withBody("{\"tour\":{\"id\":\"t1\"}}")));
	}

	private ApplicationContextRunner client(String... properties) {
		return this.contextRunner.withPropertyValues("chameleon.account-secret=connector-secret",
				"chameleon.base-url=" + server.baseUrl()).withPropertyValues(properties);
	}

	private static String tour(ChameleonOperations chameleon) {
		return chameleon.tours().get("t1").block(TIMEOUT).id();
	}

	@Test
	void bootsConnectorCustomizersAndDefaultsApply() {
		client().withUserConfiguration(ConnectorCustomizerConfiguration.class).run((context) -> {
			assertThat(tour(context.getBean(ChameleonOperations.class))).isEqualTo("t1");
			server.verify(getRequestedFor(urlEqualTo("/v3/edit/tours/t1"))
				.withHeader("X-Customized-By", equalTo("ClientHttpConnectorBuilderCustomizer"))
				// Boot's default for Reactor Netty: compression
				.withHeader("Accept-Encoding", containing("gzip")));
		});
	}

	@Test
	void theConnectorTheApplicationChoseIsTheClientsToo() {
		client("spring.http.clients.reactive.connector=jdk").run((context) -> {
			assertThat(tour(context.getBean(ChameleonOperations.class))).isEqualTo("t1");
			// the secret is added on the way into whichever connector the application chose
			server.verify(getRequestedFor(urlEqualTo("/v3/edit/tours/t1"))
				.withHeader("User-Agent", containing("Java-http-client"))
				.withHeader("X-Account-Secret", equalTo("connector-secret")));
		});
	}

	@Test
	void theApplicationsOwnConnectorIsUsedAsItIs() {
		client().withUserConfiguration(OwnConnectorConfiguration.class).run((context) -> {
			assertThat(tour(context.getBean(ChameleonOperations.class))).isEqualTo("t1");
			assertThat(context.getBean(CountingConnector.class).exchanges.get()).isEqualTo(1);
			server.verify(getRequestedFor(urlEqualTo("/v3/edit/tours/t1"))
				.withHeader("X-Account-Secret", equalTo("connector-secret")));
		});
	}

	@Test
	void aChameleonTransportSettingTheApplicationsOwnConnectorWouldIgnoreFailsStartupNamingIt() {
		client("chameleon.read-timeout=2s").withUserConfiguration(OwnConnectorConfiguration.class)
			.run((context) -> assertThat(context).hasFailed().getFailure().rootCause()
				.hasMessageContaining("chameleon.read-timeout")
				.hasMessageContaining("ClientHttpConnector"));
	}

	@Test
	void anUnknownSslBundleFailsStartupNamingTheProperty() {
		client("chameleon.ssl.bundle=nowhere").run((context) -> assertThat(context).hasFailed().getFailure().rootCause()
			.hasMessageContaining("chameleon.ssl.bundle")
			.hasMessageContaining("nowhere"));
	}

	@Test
	void redirectsAreNeverFollowedEvenWhenTheApplicationFollowsThem() {
		server.stubFor(get(urlEqualTo("/v3/edit/tours/t2"))
			.willReturn(aResponse().withStatus(302).withHeader("Location", server.baseUrl() + "/elsewhere")));
		client("spring.http.clients.redirects=follow").run((context) -> {
			ChameleonOperations chameleon = context.getBean(ChameleonOperations.class);
			ChameleonException failure = catchThrowableOfType(ChameleonException.class,
					() -> chameleon.tours().get("t2").block(TIMEOUT));
			assertThat(failure).hasMessageContaining("302");
			server.verify(0, getRequestedFor(urlEqualTo("/elsewhere")));
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class ConnectorCustomizerConfiguration {

		@Bean
		ClientHttpConnectorBuilderCustomizer<ReactorClientHttpConnectorBuilder> headerCustomizer() {
			return (builder) -> builder.withHttpClientCustomizer(
					(httpClient) -> httpClient.headers((headers) -> headers.set("X-Customized-By",
							"ClientHttpConnectorBuilderCustomizer")));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnConnectorConfiguration {

		@Bean
		CountingConnector ownConnector() {
			return new CountingConnector();
		}

	}

	static class CountingConnector implements ClientHttpConnector {

		final AtomicInteger exchanges = new AtomicInteger();

		private final ReactorClientHttpConnector delegate = new ReactorClientHttpConnector();

		@Override
		public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
				Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
			this.exchanges.incrementAndGet();
			return this.delegate.connect(method, uri, requestCallback);
		}

	}

}
