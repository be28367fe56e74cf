package io.github.chameleon4j.test.junit;

import java.util.Map;

import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class ChameleonEmulatorExtensionSeedDataTests {

	@RegisterExtension
	static ChameleonEmulatorExtension minimal = new ChameleonEmulatorExtension(
			(builder) -> builder.seedData(SeedData.MINIMAL).seedProfiles(2));

	@RegisterExtension
	static ChameleonEmulatorExtension realistic = new ChameleonEmulatorExtension((builder) -> builder.seedProfiles(2));

	private static Map<String, Object> user1(ChameleonEmulator emulator) {
		return emulator.data().profile(emulator.data().profileIdByUid("user-1").orElseThrow()).orElseThrow();
	}

	@Test
	void minimalSeedDataGivesSmallRecordsAlsoAfterAReset() {
		assertThat(user1(minimal.emulator())).containsOnlyKeys("id", "created_at", "updated_at", "uid", "company_id",
				"email", "role", "plan", "percent", "last_seen_session_count", "delivery_ids");
		minimal.emulator().reset();
		assertThat(user1(minimal.emulator())).doesNotContainKey("bio").hasSize(11);
	}

	@Test
	void theDefaultIsRealisticData() {
		assertThat(user1(realistic.emulator())).containsKeys("email", "role", "bio", "user_agent", "address")
			.hasSizeGreaterThan(40);
	}

}
