package io.github.chameleon4j.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.javapoet.ClassName;

import io.github.chameleon4j.autoconfigure.resilience.ChameleonResilienceAutoConfiguration;
import io.github.chameleon4j.model.ProfileSearch;
import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.model.Tour;
import io.github.chameleon4j.webhook.event.ResponseFinishedEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's AOT processing of an application with the starter (what a native-image build runs)
 * yields reflection hints for the types the client's JSON mapper binds and for the webhook events.
 */
class ChameleonRuntimeHintsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ChameleonResilienceAutoConfiguration.class,
				ChameleonAutoConfiguration.class, WebClientAutoConfiguration.class))
		.withPropertyValues("chameleon.account-secret=aot-secret");

	@Test
	void aotProcessingOfAConsumerApplicationRegistersReflectionHintsForTheModel() {
		this.contextRunner.prepare((context) -> {
			RuntimeHints hints = processAheadOfTime((GenericApplicationContext) context.getSourceApplicationContext());
			assertThat(RuntimeHintsPredicates.reflection().onType(Profile.class)).accepts(hints);
			assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Profile.class, "uid")).accepts(hints);
			assertThat(RuntimeHintsPredicates.reflection().onType(Tour.class)).accepts(hints);
			// nested records and request types bound by the mapper
			assertThat(RuntimeHintsPredicates.reflection().onType(BatchReceipt.BatchItemError.class)).accepts(hints);
			assertThat(RuntimeHintsPredicates.reflection().onType(ProfileSearch.class)).accepts(hints);
			// events a listener receives and a SpEL condition inspects
			assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(ResponseFinishedEvent.class, "topic"))
				.accepts(hints);
		});
	}

	@Test
	void theHintsComeFromTheStartersRegistrar() {
		assertThat(RuntimeHintsPredicates.reflection().onType(Profile.class)).rejects(new RuntimeHints());
		RuntimeHints hints = new RuntimeHints();
		new ChameleonRuntimeHints().registerHints(hints, getClass().getClassLoader());
		assertThat(RuntimeHintsPredicates.reflection().onType(Profile.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(ResponseFinishedEvent.class)).accepts(hints);
	}

	private static RuntimeHints processAheadOfTime(GenericApplicationContext context) {
		DefaultGenerationContext generation = new DefaultGenerationContext(
				new ClassNameGenerator(ClassName.get(ChameleonRuntimeHintsTests.class)), new InMemoryGeneratedFiles());
		new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
		return generation.getRuntimeHints();
	}

}
