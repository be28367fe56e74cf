package io.github.chameleon4j.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.model.DeliveryRequest;
import io.github.chameleon4j.model.ModelKind;
import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.Fault;
import io.github.chameleon4j.test.RecordedRequest;

/**
 * Scenario 4: 1 000 Delivery creations over 200 profiles (5 each, in a shuffled order), 64 at a
 * time. The server allows one create per profile in flight and takes 50 ms per create. The ideal
 * schedule runs each profile's creates one after another with 64 in flight: max(5, ceil(1000 / 64))
 * creates deep, i.e. 16 x 50 ms.
 */
final class DeliveryScenario {

	private static final int PROFILES = 200;

	private static final int PER_PROFILE = 5;

	private static final int CONCURRENCY = 64;

	private static final Duration SERVICE = Duration.ofMillis(50);

	private static final Pattern KEY = Pattern.compile("\"idempotency_key\"\\s*:\\s*\"([^\"]+)\"");

	void run(Report report) {
		int total = PROFILES * PER_PROFILE;
		long depth = Math.max(PER_PROFILE, (total + CONCURRENCY - 1) / CONCURRENCY);
		Duration ideal = SERVICE.multipliedBy(depth);
		Report.Section section = report.section("4. 1 000 Delivery creations over 200 profiles, 64 concurrent",
				"Shuffled order (seed 42), 5 creates per profile, `delivery_ids_at_limit=drop`; the emulator takes 50 ms per "
						+ "create and allows one per profile in flight (queueing up to 4 s, as the real API, then 429). "
						+ "Ideal = " + depth + " creates deep x 50 ms = " + ideal.toMillis() + " ms. The starter runs with "
						+ "pacing off and `max-in-flight` 64; the raw client sends the same bodies with the same keys. "
						+ "duplicates = creations (201) beyond one per idempotency key. "
						+ "Target (starter): zero concurrency 429s, zero duplicates.",
				"client", "created", "replayed (200)", "concurrency 429s", "duplicates", "failed", "time ms",
				"time / ideal", "target");
		for (String client : new String[] { "starter", "raw" }) {
			try (ChameleonEmulator emulator = ChameleonEmulator.builder()
				.seedProfiles(PROFILES)
				.requestLogCapacity(10_000)
				.start(); ChameleonOperations starter = Clients.chameleon(emulator, new SimpleMeterRegistry(),
						(policy) -> policy.pace((p) -> p.enabled(false)).concurrency((c) -> c.maxInFlight(CONCURRENCY)))) {
				String tourId = emulator.data().publishedTourId();
				List<String> order = new ArrayList<>();
				for (int round = 0; round < PER_PROFILE; round++) {
					for (int p = 0; p < PROFILES; p++) {
						order.add("user-" + (p + 1));
					}
				}
				Collections.shuffle(order, new Random(42));
				WebClient raw = Clients.raw(emulator);
				// open the pooled connections and warm the code path before the clock starts
				Flux.range(0, 4 * CONCURRENCY)
					.flatMap((i) -> client.equals("starter") ? starter.tours().get(tourId)
							: raw.get().uri("/v3/edit/tours/{id}", tourId).retrieve().bodyToMono(String.class),
							CONCURRENCY)
					.blockLast();
				emulator.faults().randomly(1.0, Fault.slow(SERVICE));
				emulator.clearRequests();
				AtomicLong failed = new AtomicLong();
				long started = System.nanoTime();
				Flux.fromIterable(order).flatMap((uid) -> {
					DeliveryRequest request = DeliveryRequest.of(ModelKind.TOUR, tourId)
						.toUid(uid)
						.deliveryIdsAtLimit("drop")
						.idempotencyKey(UUID.randomUUID().toString())
						.build();
					Mono<?> create = client.equals("starter") ? starter.deliveries().create(request)
							: raw.post()
								.uri("/v3/edit/deliveries")
								.contentType(MediaType.APPLICATION_JSON)
								.bodyValue(request.toBody())
								.retrieve()
								.bodyToMono(String.class);
					return create.onErrorResume((ex) -> {
						failed.incrementAndGet();
						return Mono.empty();
					});
				}, CONCURRENCY).blockLast();
				Duration took = Duration.ofNanos(System.nanoTime() - started);
				List<RecordedRequest> log = emulator.requests();
				long created = log.stream().filter((r) -> r.status() == 201).count();
				long replayed = log.stream().filter((r) -> r.status() == 200).count();
				long limited = log.stream().filter((r) -> r.status() == 429).count();
				Set<String> keys = new HashSet<>();
				log.stream().filter((r) -> r.status() == 201).forEach((r) -> {
					Matcher key = KEY.matcher(r.body());
					keys.add(key.find() ? key.group(1) : "no key #" + r.sequence());
				});
				long duplicates = created - keys.size();
				double ratio = (double) took.toNanos() / ideal.toNanos();
				String target = client.equals("starter")
						? ((limited == 0 && duplicates == 0 && created == total) ? "met" : "MISSED") : "—";
				section.row(client, created, replayed, limited, duplicates, failed.get(), took.toMillis(),
						Report.fixed(ratio, 2), target);
			}
		}
	}

}
