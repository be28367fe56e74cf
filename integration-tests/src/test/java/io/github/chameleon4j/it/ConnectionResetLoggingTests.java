package io.github.chameleon4j.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.error.ChameleonTransportException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In an application with Boot's default logging, a call whose every attempt meets a connection reset
 * gives the caller one typed exception, and the log no WARN or ERROR line (Reactor Netty's
 * "The connection observed an error" with its stack trace used to appear once per attempt).
 */
@ExtendWith(OutputCaptureExtension.class)
class ConnectionResetLoggingTests {

	private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	private ConfigurableApplicationContext app;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		this.server.stop();
	}

	private ChameleonOperations start() {
		this.server.start();
		this.app = new SpringApplicationBuilder(ConsumerApp.class).web(WebApplicationType.NONE)
			.properties("chameleon.base-url=" + this.server.baseUrl(), "chameleon.account-secret=reset-secret",
					"chameleon.resilience.pace.enabled=false", "chameleon.resilience.retry.initial-backoff=5ms")
			.run();
		return this.app.getBean(ChameleonOperations.class);
	}

	private static List<String> warningsSince(CapturedOutput output, int start) {
		return output.getAll().substring(start).lines()
			.filter((line) -> line.contains(" WARN ") || line.contains(" ERROR ")).toList();
	}

	@Test
	void resetsGiveOneTypedExceptionAndNoWarning(CapturedOutput output) {
		ChameleonOperations chameleon = start();
		this.server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		int before = output.getAll().length();
		Throwable failure = chameleon.tours().get("t1").then(Mono.<Throwable>empty()).onErrorResume(Mono::just)
			.block(Duration.ofSeconds(30));
		assertThat(failure).isInstanceOf(ChameleonTransportException.class);
		assertThat(((ChameleonTransportException) failure).attempts()).isEqualTo(4);
		assertThat(warningsSince(output, before)).isEmpty();
		assertThat(this.server.getAllServeEvents()).hasSize(4);
	}

	@Test
	void callsCancelledWhileResetsArriveLogNothing(CapturedOutput output) {
		ChameleonOperations chameleon = start();
		this.server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)
			.withFixedDelay(30)));
		int before = output.getAll().length();
		Long cancelled = Flux.range(0, 200)
			.flatMap((i) -> chameleon.tours().get("t" + i).timeout(Duration.ofMillis(i % 40)).then(Mono.just(0L))
				.onErrorResume(TimeoutException.class, (ex) -> Mono.just(1L))
				.onErrorResume((ex) -> Mono.just(0L)), 32)
			.reduce(0L, Long::sum)
			.block(Duration.ofSeconds(60));
		assertThat(cancelled).isPositive();
		assertThat(warningsSince(output, before)).isEmpty();
	}

}
