package io.github.chameleon4j.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.client.json.ChameleonJson;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.client.sync.SyncOptions;
import io.github.chameleon4j.client.sync.SyncResult;

/**
 * Scenario 6: 100 000 realistic profiles through {@code profiles().sync(...)} against the emulator, with the
 * client's default call policy (pace included) and default sync options. The profiles are generated as the sync
 * reads them, so the heap holds only what the sync itself keeps. One in a thousand has no identifier (Chameleon
 * rejects it per item), to show every item accounted for. The one-by-one alternative ({@code hooks().identify}
 * per profile) is computed at the default pace, not run.
 */
final class BulkSyncScenario {

	static final int PROFILES = 100_000;

	/** The client's default pace (ChameleonResilienceBuilder: 100 requests per minute). */
	static final double DEFAULT_REQUESTS_PER_MINUTE = 100;

	private static final String[] PLANS = { "free", "starter", "pro", "enterprise" };

	private static final String[] ROLES = { "owner", "admin", "member", "viewer" };

	private static final String[] LOCALES = { "en-US", "en-GB", "de-DE", "fr-FR", "pt-BR", "ja-JP" };

	void run(Report report) {
		Report.Section section = report.section("7. Bulk sync: 100 000 profiles through `profiles().sync(...)`",
				"100 000 generated profiles (uid, email, name, role, plan, company, locale, timezone, timestamps, "
						+ "counts, a decimal, a boolean, a tag list, UTM hash: about 400 bytes of JSON each; every 1 000th without an "
						+ "identifier) streamed through `chameleon.profiles().sync(flux)` with the default options (10 000 "
						+ "items or 95 % of 16 MB per batch, 2 in flight) and the client's default call policy, against the "
						+ "emulator, which upserts every item. requests = batch requests the emulator received; seconds = wall time "
						+ "of a run without the heap sampler; heap = from another run, before it, into a fresh emulator: live heap after "
						+ "forced GCs sampled every 100 ms (the emulator's store of the new profiles included; retained = "
						+ "what is still live after the run, i.e. that store; transient = peak - retained). The sampled run "
						+ "uses a 5 s linger: the sampler's forced full GCs stop the world for longer than the default 500 ms, "
						+ "which the sync reads as a quiet input; its requests are in parentheses. One by one = 100 000 "
						+ "`hooks().identify` calls at the default pace of 100 requests per minute, computed, not run. "
						+ "Target: at most 12 requests, every item accounted for.",
				"profiles", "avg item JSON", "requests", "accepted", "rejected", "failed", "results missing or doubled",
				"seconds", "peak heap growth", "retained", "transient", "one by one at default pace", "target");
		JsonMapper json = ChameleonJson.newMapper();
		long sampleBytes = 0;
		for (int i = 0; i < 1_000; i++) {
			sampleBytes += json.writeValueAsBytes(profile(i).toBody()).length;
		}
		double averageBytes = sampleBytes / 1_000.0;
		// the heap is sampled in a run of its own, first (nothing of the timed run's emulator can be freed under it);
		// the timed run has no sampler: forced GCs every 100 ms would stop the world under it
		Run sampled = run(true);
		Run timed = run(false);
		double oneByOneMinutes = PROFILES / DEFAULT_REQUESTS_PER_MINUTE;
		boolean met = timed.accountedFor() && sampled.accountedFor() && timed.batches <= 12;
		section.row(PROFILES, Report.fixed(averageBytes, 0) + " B", timed.batches + " (sampled run: " + sampled.batches + ")",
				timed.accepted, timed.rejected, timed.failed, timed.missingOrDoubled(), Report.fixed(timed.nanos / 1e9, 2),
				HeapSampler.mebibytes(sampled.growth.peak()), HeapSampler.mebibytes(sampled.growth.retained()),
				HeapSampler.mebibytes(sampled.growth.peak() - sampled.growth.retained()),
				Report.fixed(oneByOneMinutes / 60, 1) + " h (" + requests(PROFILES) + " requests)",
				met ? "met" : "MISSED" + ((timed.firstFailure != null) ? " (" + timed.firstFailure + ")" : ""));
	}

	/** One sync of every profile into a fresh emulator. */
	private static Run run(boolean sampled) {
		try (ChameleonEmulator emulator = ChameleonEmulator.builder()
			.seedProfiles(0)
			.seedCompanies(0)
			.requestLogCapacity(100)
			.start(); ChameleonOperations chameleon = Clients.chameleon(emulator, new SimpleMeterRegistry(), (policy) -> {
			})) {
			Run run = new Run();
			Runnable sync = () -> {
				long started = System.nanoTime();
				chameleon.profiles()
					.sync(Flux.range(0, PROFILES).map(BulkSyncScenario::profile),
							sampled ? SyncOptions.defaults().withLinger(Duration.ofSeconds(5)) : SyncOptions.defaults())
					.doOnNext(run::count)
					.then()
					.block(Duration.ofMinutes(10));
				run.nanos = System.nanoTime() - started;
			};
			run.growth = sampled ? HeapSampler.measure(sync) : new HeapSampler.Growth(0, 0, 0, 0);
			if (!sampled) {
				sync.run();
			}
			run.batches = emulator.requests().stream().filter((request) -> request.path().endsWith("/profiles/batch")).count();
			return run;
		}
	}

	/** What one run counted. */
	private static final class Run {

		final BitSet seen = new BitSet(PROFILES);

		long doubled;

		long accepted;

		long rejected;

		long failed;

		@Nullable
		Throwable firstFailure;

		long nanos;

		long batches;

		HeapSampler.Growth growth;

		synchronized void count(SyncResult<ProfileTraits> result) {
			int index = (int) result.index();
			if (this.seen.get(index)) {
				this.doubled++;
			}
			this.seen.set(index);
			switch (result.outcome()) {
				case ACCEPTED -> this.accepted++;
				case REJECTED -> this.rejected++;
				default -> {
					this.failed++;
					if (this.firstFailure == null) {
						this.firstFailure = result.error();
					}
				}
			}
		}

		long missingOrDoubled() {
			return (PROFILES - this.seen.cardinality()) + this.doubled;
		}

		boolean accountedFor() {
			return missingOrDoubled() == 0 && this.accepted + this.rejected + this.failed == PROFILES
					&& this.rejected == PROFILES / 1_000 && this.failed == 0;
		}

	}

	private static String requests(int count) {
		return String.format(java.util.Locale.ROOT, "%,d", count);
	}

	/** A profile as an app would send it: about 400 bytes of JSON; every 1 000th has no identifier. */
	static ProfileTraits profile(int i) {
		ProfileTraits traits = ProfileTraits.forUid("usr_" + Integer.toString(1_000_000 + i * 7919, 36) + "_" + i)
			.with("email", "user" + i + "@customer-" + (i % 4_000) + ".example.com")
			.with("name", "User " + i + " " + LOCALES[i % LOCALES.length].substring(3))
			.with("role", ROLES[i % ROLES.length])
			.with("plan", PLANS[(i / 7) % PLANS.length])
			.companyUid("acct-" + (i % 4_000))
			.with("locale", LOCALES[i % LOCALES.length])
			.with("timezone", (i % 3 == 0) ? "America/New_York" : (i % 3 == 1) ? "Europe/Berlin" : "Asia/Tokyo")
			.with("created_at", Instant.ofEpochSecond(1_700_000_000L + i * 613L).toString())
			.with("last_login_at", Instant.ofEpochSecond(1_780_000_000L + i * 37L).toString())
			.with("logins_30d", i % 57)
			.with("seats", 1 + i % 250)
			.with("mrr", (i % 500) * 9.99)
			.with("beta_opt_in", i % 5 == 0)
			.with("tags", List.of("segment-" + (i % 12), (i % 2 == 0) ? "self-serve" : "sales-led"))
			.with("utm", Map.of("source", "newsletter", "campaign", "q" + (1 + i % 4) + "-launch"));
		return (i % 1_000 == 999) ? traits.with("uid", null).with("email", null) : traits;
	}

}
