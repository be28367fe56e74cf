package io.github.chameleon4j.test.spring;

import java.util.List;

import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.SeedData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

@SpringJUnitConfig(AutoConfigureChameleonEmulatorSeedDataTests.EmptyConfiguration.class)
@AutoConfigureChameleonEmulator(seedData = SeedData.MINIMAL, seedProfiles = 2)
class AutoConfigureChameleonEmulatorSeedDataTests {

	@Autowired
	ChameleonEmulator emulator;

	@Test
	void seedsTheRequestedData() {
		String id = this.emulator.data().profileIdByUid("user-1").orElseThrow();
		assertThat(this.emulator.data().profile(id).orElseThrow()).containsKeys("email", "role", "plan")
			.doesNotContainKeys("bio", "user_agent", "address");
	}

	@Test
	void contextsWithDifferentSeedDataAreNotShared() {
		ChameleonEmulatorContextCustomizerFactory factory = new ChameleonEmulatorContextCustomizerFactory();
		ContextCustomizer minimal = factory.createContextCustomizer(Minimal.class, List.of());
		ContextCustomizer realistic = factory.createContextCustomizer(Realistic.class, List.of());
		assertThat(realistic).isNotEqualTo(minimal);
		assertThat(factory.createContextCustomizer(AutoConfigureChameleonEmulatorSeedDataTests.class, List.of()))
			.isNotEqualTo(realistic)
			.isEqualTo(factory.createContextCustomizer(MinimalTwo.class, List.of()))
			.hasSameHashCodeAs(factory.createContextCustomizer(MinimalTwo.class, List.of()));
	}

	@AutoConfigureChameleonEmulator(seedData = SeedData.MINIMAL)
	static class Minimal {

	}

	@AutoConfigureChameleonEmulator
	static class Realistic {

	}

	@AutoConfigureChameleonEmulator(seedData = SeedData.MINIMAL, seedProfiles = 2)
	static class MinimalTwo {

	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfiguration {

	}

}
