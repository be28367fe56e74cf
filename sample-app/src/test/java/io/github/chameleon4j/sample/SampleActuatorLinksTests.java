package io.github.chameleon4j.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.chameleon4j.test.ChameleonEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the job is done the sample logs the Actuator URLs with the port it really got, and every one
 * of them answers: the Resilience4j endpoints it exposes exist because it brings their integration.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sample.users=5", "sample.deliveries=2", "chameleon.resilience.pace.requests-per-minute=600" })
class SampleActuatorLinksTests {

	static final ChameleonEmulator emulator = EmbeddedChameleon.start();

	@DynamicPropertySource
	static void chameleon(DynamicPropertyRegistry registry) {
		emulator.faults().clear();
		registry.add("chameleon.base-url", emulator::baseUrl);
		registry.add("chameleon.account-secret", emulator::accountSecret);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	SampleJob job;

	@Test
	void theLoggedActuatorUrlsCarryTheRealPortAndEachAnswers(CapturedOutput output) throws Exception {
		assertThat(this.job.summary()).isNotNull();
		String base = "http://127.0.0.1:" + this.port + "/actuator";
		assertThat(output.getOut()).contains("The job is done").contains(base + "/health");
		HttpClient http = HttpClient.newHttpClient();
		for (String path : List.of("/health", "/chameleon", "/circuitbreakers", "/retries", "/ratelimiters")) {
			assertThat(output.getOut()).contains(base + path);
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
		}
		HttpResponse<String> breakers = http.send(HttpRequest.newBuilder(URI.create(base + "/circuitbreakers")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(breakers.body()).contains("chameleon");
	}

}
