package io.github.chameleon4j.test.spring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.chameleon4j.autoconfigure.ChameleonConnectionDetails;
import io.github.chameleon4j.test.ChameleonEmulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

@SpringJUnitConfig(AutoConfigureChameleonEmulatorTests.EmptyConfiguration.class)
@AutoConfigureChameleonEmulator(accountSecret = "spring-secret", seedProfiles = 3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureChameleonEmulatorTests {

	@Autowired
	ChameleonEmulator emulator;

	@Autowired
	ChameleonConnectionDetails connectionDetails;

	@Autowired
	Environment environment;

	@Test
	@Order(1)
	void pointsTheClientsConnectionDetailsAtTheRunningEmulator() throws Exception {
		assertThat(this.emulator.isRunning()).isTrue();
		assertThat(this.connectionDetails.getBaseUrl()).isEqualTo(this.emulator.baseUrl());
		assertThat(this.connectionDetails.getAccountSecret()).isEqualTo("spring-secret");
		assertThat(this.connectionDetails.toString()).contains(this.emulator.baseUrl()).doesNotContain("spring-secret");
		// the properties are left alone: nothing overrides what the application configured
		assertThat(this.environment.getProperty("chameleon.base-url")).isNull();
		assertThat(this.environment.getProperty("chameleon.account-secret")).isNull();
		assertThat(this.emulator.data().profileCount()).isEqualTo(3);
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.connectionDetails.getBaseUrl() + "/"))
			.header("X-Account-Secret", this.connectionDetails.getAccountSecret())
			.build();
		assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(200);
		this.emulator.data().upsertProfile(java.util.Map.of("uid", "from-first-test"));
	}

	@Test
	@Order(2)
	void resetsTheEmulatorBeforeEachTestMethod() {
		assertThat(this.emulator.data().profileIdByUid("from-first-test")).isEmpty();
		assertThat(this.emulator.requests()).isEmpty();
	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfiguration {

	}

}
