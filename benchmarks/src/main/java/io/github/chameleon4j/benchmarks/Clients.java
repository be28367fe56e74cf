package io.github.chameleon4j.benchmarks;

import java.time.Duration;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.client.ChameleonOperationsBuilder;
import io.github.chameleon4j.metrics.ChameleonMetricsFilter;
import io.github.chameleon4j.client.json.ChameleonJson;
import io.github.chameleon4j.resilience.ChameleonResilience;
import io.github.chameleon4j.resilience.ChameleonResilienceBuilder;
import io.github.chameleon4j.test.ChameleonEmulator;

/**
 * The clients under test, built the same way: the starter's {@link ChameleonOperations} (with its
 * resilience policy and metrics filter, as the auto-configuration wires them) and a raw
 * {@link WebClient} on an identical Reactor Netty connection pool, decoding with the same JSON mapper.
 */
final class Clients {

	static final int MAX_CONNECTIONS = 64;

	/** The starter's default {@code max-idle-time}, so that both pools drop and reopen idle connections alike. */
	static final Duration MAX_IDLE_TIME = Duration.ofSeconds(20);

	/** The raw client buffers a whole response: a page of 500 realistic profiles is ~1.8 MB (default limit 256 KB); the starter sets its own 16 MB limit. */
	static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

	private Clients() {
	}

	/**
	 * The starter's client.
	 * @param emulator the server
	 * @param registry where the metrics filter counts responses
	 * @param resilience adjusts the resilience policy (defaults otherwise)
	 * @return the client; close it after the run
	 */
	static ChameleonOperations chameleon(ChameleonEmulator emulator, MeterRegistry registry,
			Consumer<ChameleonResilienceBuilder> resilience) {
		return chameleon(emulator.baseUrl(), emulator.accountSecret(), registry, resilience);
	}

	/**
	 * The starter's client, for a server known only by its address (an emulator in another JVM).
	 * @param baseUrl the server
	 * @param accountSecret the account secret
	 * @param registry where the metrics filter counts responses
	 * @param resilience adjusts the resilience policy (defaults otherwise)
	 * @return the client; close it after the run
	 */
	static ChameleonOperations chameleon(String baseUrl, String accountSecret, MeterRegistry registry,
			Consumer<ChameleonResilienceBuilder> resilience) {
		return chameleon(baseUrl, accountSecret, registry, resilience, null);
	}

	/**
	 * The starter's client, its connections on the given event loops (Boot's connector as usual, with
	 * {@code runOn} added by a customizer) or on Reactor Netty's shared ones.
	 * @param baseUrl the server
	 * @param accountSecret the account secret
	 * @param registry where the metrics filter counts responses
	 * @param resilience adjusts the resilience policy (defaults otherwise)
	 * @param loops the event loops, or {@code null} for the shared ones
	 * @return the client; close it after the run
	 */
	static ChameleonOperations chameleon(String baseUrl, String accountSecret, MeterRegistry registry,
			Consumer<ChameleonResilienceBuilder> resilience, @Nullable LoopResources loops) {
		ChameleonResilienceBuilder policy = ChameleonResilience.builder().name("benchmark");
		resilience.accept(policy);
		ChameleonOperationsBuilder builder = ChameleonOperations.builder()
			.baseUrl(baseUrl)
			.accountSecret(accountSecret)
			.maxConnections(MAX_CONNECTIONS)
			.callPolicy(policy.build())
			.filter(new ChameleonMetricsFilter(registry, "benchmark", baseUrl));
		if (loops != null) {
			builder.connectorBuilder(ClientHttpConnectorBuilder.reactor().withHttpClientCustomizer((http) -> http.runOn(loops)));
		}
		return builder.build();
	}

	/** A raw WebClient with the secret header preset, pooled like the starter's client. */
	static WebClient raw(ChameleonEmulator emulator) {
		return raw(emulator, null);
	}

	/** A raw WebClient like {@link #raw(ChameleonEmulator)}, its connections on the given event loops. */
	static WebClient raw(ChameleonEmulator emulator, @Nullable LoopResources loops) {
		// the starter's pool settings (ConnectorSettings.pool): a connection idle for 20 s is closed, not used again
		ConnectionProvider provider = ConnectionProvider.builder("raw")
			.maxConnections(MAX_CONNECTIONS)
			.pendingAcquireMaxCount(-1)
			.maxIdleTime(MAX_IDLE_TIME)
			.build();
		HttpClient http = HttpClient.create(provider)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5000)
			.responseTimeout(Duration.ofSeconds(30));
		if (loops != null) {
			http = http.runOn(loops);
		}
		return WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(http))
			.codecs((codecs) -> {
				codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(ChameleonJson.newMapper()));
				codecs.defaultCodecs().maxInMemorySize(MAX_BODY_BYTES);
			})
			.baseUrl(emulator.baseUrl())
			.defaultHeader("X-Account-Secret", emulator.accountSecret())
			.build();
	}

}
