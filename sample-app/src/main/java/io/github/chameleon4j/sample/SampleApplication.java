package io.github.chameleon4j.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small application that uses the Chameleon starter. Without {@code CHAMELEON_ACCOUNT_SECRET}
 * it starts the embedded emulator (rate limits and a light fault mix on) and points the client at
 * it; with the variable set it talks to the real Chameleon API.
 */
@SpringBootApplication
@org.springframework.boot.context.properties.EnableConfigurationProperties(SampleProperties.class)
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		EmbeddedChameleon.startUnlessConfigured(application, args);
		application.run(args);
	}

}
