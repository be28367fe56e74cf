package io.github.chameleon4j.it;

import java.io.IOException;
import java.time.Duration;

import io.netty.handler.timeout.ReadTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.error.ChameleonTransportException;
import io.github.chameleon4j.test.ChameleonEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Chameleon client rides on the application's HTTP client setup as Boot's own {@code WebClient} does:
 * the JVM proxy properties, {@code spring.http.clients.read-timeout} and SSL bundles
 * ({@code spring.http.clients.ssl.bundle}, or {@code chameleon.*} laid over them for this client only).
 */
class BootHttpClientSettingsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final String TOUR = "{\"tour\":{\"id\":\"t1\"}}";

	private ConfigurableApplicationContext app;

	private ChameleonEmulator emulator;

	private DisposableServer server;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		if (this.emulator != null) {
			this.emulator.close();
		}
		if (this.server != null) {
			this.server.disposeNow(Duration.ofSeconds(5));
		}
	}

	private ChameleonOperations start(String baseUrl, String... properties) {
		this.app = new SpringApplicationBuilder(ConsumerApp.class).web(WebApplicationType.NONE)
			.properties("chameleon.base-url=" + baseUrl, "chameleon.account-secret=settings-secret",
					"chameleon.resilience.pace.enabled=false", "chameleon.resilience.retry.initial-backoff=5ms",
					"spring.main.banner-mode=off")
			.properties(properties)
			.run();
		return this.app.getBean(ChameleonOperations.class);
	}

	@Test
	void theJvmProxyPropertiesCarryTheClientThroughTheApplicationsProxy() throws IOException {
		this.emulator = ChameleonEmulator.builder().start();
		String tourId = this.emulator.data().publishedTourId();
		// a name only the proxy resolves: the client can only have reached the emulator through it
		String target = "chameleon-emulator.invalid:" + this.emulator.port();
		try (LoopbackConnectProxy proxy = new LoopbackConnectProxy()) {
			System.setProperty("http.proxyHost", "127.0.0.1");
			System.setProperty("http.proxyPort", String.valueOf(proxy.port()));
			try {
				ChameleonOperations chameleon = start("http://" + target,
						"chameleon.account-secret=" + this.emulator.accountSecret(), "chameleon.allow-insecure-http=true");
				assertThat(chameleon.tours().get(tourId).block(TIMEOUT).id()).isEqualTo(tourId);
			}
			finally {
				System.clearProperty("http.proxyHost");
				System.clearProperty("http.proxyPort");
			}
			assertThat(proxy.tunnels()).isNotEmpty().allMatch(target::equals);
		}
		assertThat(this.emulator.requests()).anyMatch((request) -> request.path().endsWith("/" + tourId));
	}

	@ParameterizedTest
	@ValueSource(strings = { "spring.http.clients.read-timeout=300ms",
			"spring.http.clients.read-timeout=1h,chameleon.read-timeout=300ms" })
	void theReadTimeoutOfTheApplicationsHttpClientsOrTheClientsOwnApplies(String settings) {
		this.server = HttpServer.create().host("127.0.0.1").port(0)
			.route((routes) -> routes.get("/v3/edit/tours/{id}", (request, response) -> Mono.never()))
			.bindNow();
		// the response timeout (the whole response, per attempt) is far away: only a read timeout can end the call
		ChameleonOperations chameleon = start("http://127.0.0.1:" + this.server.port(),
				(settings + ",chameleon.response-timeout=10m").split(","));
		ChameleonTransportException failure = catchThrowableOfType(ChameleonTransportException.class,
				() -> chameleon.tours().get("t1").block(TIMEOUT));
		assertThat(failure).hasRootCauseInstanceOf(ReadTimeoutException.class);
		assertThat(failure.requestMayHaveReachedServer()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "chameleon.ssl.bundle", "spring.http.clients.ssl.bundle" })
	void anSslBundleLetsTheClientTrustAServerTheJvmDoesNot(String property) throws IOException {
		startTlsServer();
		ChameleonOperations chameleon = start("https://127.0.0.1:" + this.server.port(),
				"spring.ssl.bundle.pem.chameleon-test.truststore.certificate=classpath:tls/server.crt",
				property + "=chameleon-test");
		assertThat(chameleon.tours().get("t1").block(TIMEOUT).id()).isEqualTo("t1");
	}

	@Test
	void withoutTheBundleTheSelfSignedServerIsRefusedBeforeAnythingIsSent() throws IOException {
		startTlsServer();
		ChameleonOperations chameleon = start("https://127.0.0.1:" + this.server.port(),
				"spring.ssl.bundle.pem.chameleon-test.truststore.certificate=classpath:tls/server.crt");
		ChameleonTransportException failure = catchThrowableOfType(ChameleonTransportException.class,
				() -> chameleon.tours().get("t1").block(TIMEOUT));
		assertThat(failure.requestMayHaveReachedServer()).isFalse();
	}

	private void startTlsServer() throws IOException {
		// a self-signed certificate for 127.0.0.1 and localhost (src/test/resources/tls, test use only)
		Http11SslContextSpec tls = Http11SslContextSpec.forServer(new ClassPathResource("tls/server.crt").getFile(),
				new ClassPathResource("tls/server.key").getFile());
		this.server = HttpServer.create().host("127.0.0.1").port(0).secure((spec) -> spec.sslContext(tls))
			.route((routes) -> routes.get("/v3/edit/tours/{id}",
					(request, response) -> response.header("Content-Type", "application/json").sendString(Mono.just(TOUR))))
			.bindNow();
	}

}
