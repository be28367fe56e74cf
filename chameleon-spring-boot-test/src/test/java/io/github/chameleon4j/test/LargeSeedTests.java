package io.github.chameleon4j.test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class LargeSeedTests {

	@Test
	void pagesThroughOneHundredThousandProfilesWhileOtherCallersHammerIt() {
		try (ChameleonEmulator emulator = ChameleonEmulator.builder()
			.seedProfiles(100_000)
			.maxConcurrentEnabled(false)
			.requestLogCapacity(0)
			.start()) {
			TestHttp http = new TestHttp(emulator);
			List<CompletableFuture<TestHttp.Response>> noise = new ArrayList<>();
			for (int i = 0; i < 64; i++) {
				noise.add(http.sendAsync("GET", "/v3/analyze/profiles/" + emulator.data().profileIdByUid("user-" + (i + 1)).orElseThrow(), null));
			}
			int seen = 0;
			String before = null;
			String previousLast = "g";
			while (true) {
				JsonNode page = http
					.get("/v3/analyze/profiles?limit=500&expand[profile]=min" + ((before != null) ? "&before=" + before : ""))
					.json();
				JsonNode profiles = page.get("profiles");
				seen += profiles.size();
				if (profiles.size() < 500) {
					break;
				}
				before = profiles.get(499).get("id").asString();
				assertThat(before).isLessThan(previousLast);
				previousLast = before;
			}
			assertThat(seen).isEqualTo(100_000);
			assertThat(noise).allSatisfy((call) -> assertThat(call.join().status()).isEqualTo(200));
			assertThat(http.get("/v3/analyze/profiles/count").json().get("count").asInt()).isEqualTo(100_000);
			// the realistic properties are generated on read, for the oldest profiles as for the newest
			assertThat(http.get("/v3/analyze/profiles?limit=500").body().length()).isGreaterThan(1_000_000);
			String user600 = emulator.data().profileIdByUid("user-600").orElseThrow();
			assertThat(http.get("/v3/analyze/profiles?limit=500&before=" + user600).body().length()).isGreaterThan(1_000_000);
		}
	}

}
