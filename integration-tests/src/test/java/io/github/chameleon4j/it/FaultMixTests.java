package io.github.chameleon4j.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.error.ChameleonException;
import io.github.chameleon4j.model.CompanyTraits;
import io.github.chameleon4j.model.DeliveryRequest;
import io.github.chameleon4j.model.ExperienceUpdate;
import io.github.chameleon4j.model.ModelKind;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.model.TrackedEvent;
import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.Fault;
import io.github.chameleon4j.test.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A faulty server (5 % JSON 500s, 2 % HTML 503s, 1 % 504s, 1 % connection resets, 1 % truncated
 * JSON bodies) and 3 200 mixed calls at concurrency 16 from a servlet application, over every
 * operation kind (GET reads, PATCH updates, single and batch upserts, keyed Delivery creates, event
 * tracking): nothing that is safe to repeat is given up, and nothing that is not is applied twice.
 */
class FaultMixTests {

	private static final int CALLS = 3_200;

	private static final int PROFILES = 300;

	private static ChameleonEmulator emulator;

	private static ConfigurableApplicationContext app;

	@BeforeAll
	static void start() {
		emulator = ChameleonEmulator.builder().seedProfiles(PROFILES).requestLogCapacity(20_000).start();
		app = ConsumerApp.run(WebApplicationType.SERVLET, emulator,
				// the account's limits are not what this test is about; short backoffs keep it fast
				"chameleon.resilience.pace.enabled=false",
				"chameleon.resilience.retry.initial-backoff=5ms",
				"chameleon.resilience.retry.max-backoff=40ms",
				// 10 % of attempts fail: with 4 attempts, 1 call in 10 000 would exhaust them by chance alone
				"chameleon.resilience.retry.max-attempts=6");
	}

	@AfterAll
	static void stop() {
		app.close();
		emulator.close();
	}

	enum Kind {

		READ_PROFILE, READ_TOUR, IDENTIFY, UPSERT_COMPANY, TRACK_EVENT, CREATE_DELIVERY, UPDATE_TOUR, IDENTIFY_BATCH

	}

	@Test
	void nothingSafeToRepeatIsGivenUpAndNothingIsAppliedTwice() {
		ChameleonOperations chameleon = app.getBean(ChameleonOperations.class);
		String tourId = emulator.data().publishedTourId();
		emulator.faults()
			.randomly(0.05, Fault.internalError())
			.randomly(0.02, Fault.unavailableHtml())
			.randomly(0.01, Fault.gatewayTimeout())
			.randomly(0.01, Fault.dropConnection())
			.randomly(0.01, Fault.malformedJson());
		emulator.clearRequests();

		Map<Kind, List<Throwable>> failures = new ConcurrentHashMap<>();
		Set<Integer> eventsSucceeded = ConcurrentHashMap.newKeySet();
		Map<Integer, Boolean> eventsFailedMayHaveBeenRecorded = new ConcurrentHashMap<>();
		Flux.range(0, CALLS).flatMap((i) -> {
			Kind kind = Kind.values()[i % Kind.values().length];
			String uid = "user-" + (1 + i % PROFILES);
			Mono<?> call = switch (kind) {
				case READ_PROFILE -> chameleon.profiles().getByUid(uid);
				case READ_TOUR -> chameleon.tours().get(tourId);
				case IDENTIFY -> chameleon.hooks().identify(ProfileTraits.forUid("mix-" + i).with("seq", i));
				case UPSERT_COMPANY -> chameleon.hooks().upsertCompany(CompanyTraits.forUid("mix-" + i).with("seq", i));
				case TRACK_EVENT -> chameleon.hooks().track(TrackedEvent.forUid(uid).named("mix_event_" + i))
					.doOnSuccess((id) -> eventsSucceeded.add(i))
					.doOnError(ChameleonException.class,
							(ex) -> eventsFailedMayHaveBeenRecorded.put(i, ex.mayHaveBeenApplied()));
				case CREATE_DELIVERY -> chameleon.deliveries().create(DeliveryRequest.of(ModelKind.TOUR, tourId)
					.toUid(uid).deliveryIdsAtLimit("drop").idempotencyKey("mix-" + i).build());
				case UPDATE_TOUR -> chameleon.tours().update(tourId, ExperienceUpdate.publish());
				case IDENTIFY_BATCH -> chameleon.hooks()
					.identifyAll(List.of(ProfileTraits.forUid("mix-" + i + "-a"), ProfileTraits.forUid("mix-" + i + "-b")), true);
			};
			return call.onErrorResume((ex) -> {
				failures.computeIfAbsent(kind, (k) -> Collections.synchronizedList(new ArrayList<>())).add(ex);
				return Mono.empty();
			});
		}, 16).blockLast(Duration.ofMinutes(3));

		List<RecordedRequest> log = emulator.requests();
		assertThat(log.stream().filter((r) -> r.status() >= 500 || r.status() == 0).count())
			.as("faults the server injected").isGreaterThan(CALLS / 20);
		for (Kind kind : List.of(Kind.READ_PROFILE, Kind.READ_TOUR, Kind.IDENTIFY, Kind.UPSERT_COMPANY,
				Kind.CREATE_DELIVERY, Kind.UPDATE_TOUR, Kind.IDENTIFY_BATCH)) {
			assertThat(failures.getOrDefault(kind, List.of())).as("%s calls given up", kind).isEmpty();
		}

		int perKind = CALLS / Kind.values().length;
		for (int i = Kind.IDENTIFY.ordinal(); i < CALLS; i += Kind.values().length) {
			assertThat(emulator.data().profileIdByUid("mix-" + i)).as("profile mix-%d", i).isPresent();
		}
		for (int i = Kind.IDENTIFY_BATCH.ordinal(); i < CALLS; i += Kind.values().length) {
			assertThat(emulator.data().profileIdByUid("mix-" + i + "-b")).as("batch profile mix-%d-b", i).isPresent();
		}
		for (int i = Kind.UPSERT_COMPANY.ordinal(); i < CALLS; i += Kind.values().length) {
			assertThat(emulator.data().companyIdByUid("mix-" + i)).as("company mix-%d", i).isPresent();
		}

		long created = log.stream()
			.filter((r) -> r.method().equals("POST") && r.path().equals("/v3/edit/deliveries") && r.status() == 201)
			.count();
		assertThat(created).as("deliveries created, one per idempotency key").isEqualTo(perKind);

		Map<String, Long> recorded = emulator.data().events().stream()
			.filter((event) -> event.name().startsWith("mix_event_"))
			.collect(Collectors.groupingBy((event) -> event.name(), Collectors.counting()));
		assertThat(recorded.values()).as("events recorded twice").allMatch((count) -> count == 1);
		assertThat(eventsSucceeded.size() + eventsFailedMayHaveBeenRecorded.size()).isEqualTo(perKind);
		eventsSucceeded.forEach((i) -> assertThat(recorded).as("tracked event %d", i).containsKey("mix_event_" + i));
		eventsFailedMayHaveBeenRecorded.forEach((i, mayHaveBeen) -> {
			if (recorded.containsKey("mix_event_" + i)) {
				assertThat(mayHaveBeen).as("event %d was recorded although its failure said it was not", i).isTrue();
			}
		});
		assertThat(failures.getOrDefault(Kind.TRACK_EVENT, List.of())).hasSize(eventsFailedMayHaveBeenRecorded.size())
			.allMatch(ChameleonException.class::isInstance);
	}

}
