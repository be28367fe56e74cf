package io.github.chameleon4j.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.model.CompanyTraits;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.client.sync.ItemRejectedException;
import io.github.chameleon4j.client.sync.SyncOptions;
import io.github.chameleon4j.client.sync.SyncResult;
import io.github.chameleon4j.client.sync.SyncResult.Outcome;
import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk sync against the emulator, with the client's default call policy: a mix of valid and invalid items, and
 * every item accounted for, by the client's results and by what the emulator stored.
 */
class BulkSyncEmulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private ChameleonEmulator emulator;

	private ChameleonOperations chameleon;

	@BeforeEach
	void start() {
		this.emulator = ChameleonEmulator.builder().seedProfiles(0).seedCompanies(0).start();
		this.chameleon = ChameleonOperations.builder()
			.baseUrl(this.emulator.baseUrl())
			.accountSecret(this.emulator.accountSecret())
			.build();
	}

	@AfterEach
	void stop() {
		this.chameleon.close();
		this.emulator.close();
	}

	@Test
	void everyProfileIsAccountedForAndOnlyTheInvalidOnesAreRejected() {
		List<ProfileTraits> profiles = new ArrayList<>();
		for (int i = 0; i < 2_500; i++) {
			ProfileTraits traits = ProfileTraits.forUid("user-" + i).with("plan", (i % 2 == 0) ? "pro" : "free").with("seats", i);
			if (i % 10 == 3) {
				traits = traits.with("uid", null); // no identifier left: Chameleon answers 422 for this item
			}
			else if (i % 25 == 7) {
				traits = ProfileTraits.forProfileId("000000000000000000000000").with("plan", "gold"); // unknown profile ID: 404
			}
			profiles.add(traits);
		}
		List<SyncResult<ProfileTraits>> results = this.chameleon.profiles()
			.sync(Flux.fromIterable(profiles), SyncOptions.defaults().withMaxItems(1_000))
			.collectList()
			.block(TIMEOUT);

		assertThat(results).hasSize(profiles.size());
		assertThat(results.stream().map(SyncResult::index).collect(Collectors.toSet())).hasSize(profiles.size());
		for (SyncResult<ProfileTraits> result : results) {
			int i = (int) result.index();
			assertThat(result.item()).isSameAs(profiles.get(i));
			if (i % 10 == 3 || i % 25 == 7) {
				assertThat(result.outcome()).as("item %d", i).isEqualTo(Outcome.REJECTED);
				assertThat(result.error()).isInstanceOfSatisfying(ItemRejectedException.class,
						(ex) -> assertThat(ex.code()).isEqualTo((i % 10 == 3) ? 422 : 404));
			}
			else {
				assertThat(result.outcome()).as("item %d", i).isEqualTo(Outcome.ACCEPTED);
				assertThat(this.emulator.data().profileIdByUid("user-" + i)).as("stored %d", i).isPresent();
			}
		}
		assertThat(this.emulator.data().profileIdByUid("user-3")).isEmpty();
		String user4 = this.emulator.data().profileIdByUid("user-4").orElseThrow();
		assertThat(this.emulator.data().profile(user4).orElseThrow()).containsEntry("plan", "pro").containsEntry("seats", 4);
		List<RecordedRequest> batches = this.emulator.requests();
		assertThat(batches).hasSize(3).allSatisfy((request) -> {
			assertThat(request.path()).isEqualTo("/v3/observe/hooks/profiles/batch");
			assertThat(request.status()).isEqualTo(202);
		});
	}

	@Test
	void everyCompanyIsAccountedFor() {
		List<CompanyTraits> companies = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			companies.add((i % 10 == 0) ? CompanyTraits.forUid("acct-" + i).with("uid", " ") : CompanyTraits.forUid("acct-" + i).with("arr", i * 100.5));
		}
		List<SyncResult<CompanyTraits>> results = this.chameleon.companies()
			.sync(Flux.fromIterable(companies))
			.collectList()
			.block(TIMEOUT);
		assertThat(results).hasSize(30);
		Map<Outcome, Set<Long>> byOutcome = results.stream()
			.collect(Collectors.groupingBy(SyncResult::outcome, Collectors.mapping(SyncResult::index, Collectors.toSet())));
		assertThat(byOutcome.get(Outcome.REJECTED)).containsExactlyInAnyOrder(0L, 10L, 20L);
		assertThat(byOutcome.get(Outcome.ACCEPTED)).hasSize(27);
		assertThat(this.emulator.data().companyCount()).isEqualTo(27);
		assertThat(this.emulator.requests()).singleElement()
			.satisfies((request) -> assertThat(request.path()).isEqualTo("/v3/observe/hooks/companies/batch"));
	}

}
