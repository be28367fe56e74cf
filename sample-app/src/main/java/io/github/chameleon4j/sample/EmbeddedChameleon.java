package io.github.chameleon4j.sample;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.event.ContextClosedEvent;

import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.Fault;

/**
 * Starts the in-process Chameleon emulator when no real account secret is configured, with
 * Chameleon's rate limits switched on and a light mix of faults, so the sample shows the
 * starter's behaviour without an account.
 */
final class EmbeddedChameleon {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedChameleon.class);

	private EmbeddedChameleon() {
	}

	static void startUnlessConfigured(SpringApplication application, String[] args) {
		boolean configured = System.getenv("CHAMELEON_ACCOUNT_SECRET") != null
				|| System.getProperty("chameleon.account-secret") != null
				|| Arrays.stream(args).anyMatch((arg) -> arg.startsWith("--chameleon.account-secret="));
		if (configured) {
			logger.info("Using the real Chameleon API (CHAMELEON_ACCOUNT_SECRET is set)");
			return;
		}
		ChameleonEmulator emulator = start();
		// The emulator allows 600 requests a minute; the real API 60-120 (the client's default pace is 100).
		application.setDefaultProperties(Map.of("chameleon.base-url", emulator.baseUrl(), "chameleon.account-secret",
				emulator.accountSecret(), "chameleon.resilience.pace.requests-per-minute", "300"));
		application.addListeners((ContextClosedEvent event) -> emulator.close());
		logger.info("No CHAMELEON_ACCOUNT_SECRET: using the embedded Chameleon emulator at {}", emulator.baseUrl());
	}

	static ChameleonEmulator start() {
		ChameleonEmulator emulator = ChameleonEmulator.builder().seedProfiles(300).seedCompanies(20).start();
		emulator.rateLimits().global(600, Duration.ofMinutes(1)).bucket(40, Duration.ofSeconds(2));
		emulator.faults().randomly(0.02, Fault.internalError()).randomly(0.01, Fault.unavailableHtml());
		return emulator;
	}

}
