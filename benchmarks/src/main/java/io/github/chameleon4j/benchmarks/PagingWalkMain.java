package io.github.chameleon4j.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.model.ProfileSearch;

/**
 * The client side of the {@code paging} scenario, in a JVM of its own (started by {@link PagingScenario} with a small
 * fixed {@code -Xmx}), so that every heap number it prints is the client's: the emulator runs in the parent. It walks
 * all profiles with {@code profiles().searchAll(...)} four times:
 * <ol>
 * <li>a warm-up walk (at most 20 000 profiles);</li>
 * <li>a timed walk, watched only passively: the heap used after each collection the JVM chose to run, from the
 * collectors' notifications (this includes garbage that collection did not reach, e.g. old objects after a young
 * collection, so it is an upper bound of the live set);</li>
 * <li>a census walk: at fixed points (the first item of page 2, then the first item of the page at each further tenth
 * of the walk) the item's subscriber, on the thread that delivers it, takes a class histogram, i.e. the exact live
 * heap after a full collection. Every census is taken in the same state (one page being delivered, the next not yet
 * requested), so their difference is what the client keeps from the pages before: the walk's growth;</li>
 * <li>a sampled walk: live heap after a forced collection, sampled on another thread about
 * {@value #SAMPLES} times whatever the walk's length (the peak of the samples rises with their number), for the peak
 * at any moment (a response being received and decoded while the previous page is still referenced).</li>
 * </ol>
 * Prints {@code RESULT key=value ...} and {@code GROWTH ...} (the classes that grew most between the first and last
 * census), then exits; an {@link OutOfMemoryError} ends the JVM ({@code -XX:+ExitOnOutOfMemoryError}).
 * <p>
 * Arguments: baseUrl count pageSize; the account secret in the environment variable {@value #SECRET_VARIABLE}.
 */
public final class PagingWalkMain {

	/** The environment variable that holds the account secret (kept off the command line). */
	static final String SECRET_VARIABLE = "CHAMELEON_ACCOUNT_SECRET";

	/** Samples of the sampled walk, whatever its length. */
	static final int SAMPLES = 40;

	/** Censuses of the census walk: page 2, then each tenth. */
	static final int CENSUSES = 10;

	/** Where to keep the first and last censuses' histograms ({@code -Dpaging.census.dir}); deleted when unset. */
	@Nullable
	static final String CENSUS_DIR = System.getProperty("paging.census.dir");

	private PagingWalkMain() {
	}

	public static void main(String[] args) throws IOException {
		String baseUrl = args[0];
		String secret = System.getenv(SECRET_VARIABLE);
		if (secret == null || secret.isBlank()) {
			throw new IllegalStateException("Set " + SECRET_VARIABLE);
		}
		int count = Integer.parseInt(args[1]);
		int page = Integer.parseInt(args[2]);
		AfterCollections collections = AfterCollections.watch();
		try (ChameleonOperations client = Clients.chameleon(baseUrl, secret, new SimpleMeterRegistry(),
				(policy) -> policy.pace((p) -> p.enabled(false)))) {
			ProfileSearch everyone = ProfileSearch.all().page(PageRequest.ofSize(page));
			walk(client.profiles().searchAll(everyone).take(Math.min(count, 20_000)), Math.min(count, 20_000));
			long idle = ClassHistogram.take().bytes();

			collections.reset();
			long started = System.nanoTime();
			walk(client.profiles().searchAll(everyone), count);
			double seconds = (System.nanoTime() - started) / 1e9;
			long maxAfterCollection = collections.maxUsed.get();
			long collectionCount = collections.count.get();

			// the census keeps nothing on the heap between censuses but these arrays: the first and last histograms
			// go to files, so that the census does not count itself
			long[] at = censusPoints(count, page);
			long[] live = new long[at.length];
			Path dir = (CENSUS_DIR != null) ? Files.createDirectories(Path.of(CENSUS_DIR))
					: Path.of(System.getProperty("java.io.tmpdir"));
			Path firstCensus = Files.createTempFile(dir, "paging-" + count + "-census-first-", ".txt");
			Path lastCensus = Files.createTempFile(dir, "paging-" + count + "-census-last-", ".txt");
			int[] taken = new int[1];
			long[] delivered = new long[1];
			walk(client.profiles().searchAll(everyone).doOnNext((profile) -> {
				delivered[0]++;
				if (taken[0] < at.length && delivered[0] == at[taken[0]]) {
					String histogram = ClassHistogram.takeText();
					live[taken[0]] = ClassHistogram.parse(histogram).bytes();
					if (taken[0] == 0 || taken[0] == at.length - 1) {
						write((taken[0] == 0) ? firstCensus : lastCensus, histogram);
					}
					taken[0]++;
				}
			}), count);
			if (taken[0] != at.length) {
				throw new IllegalStateException("took " + taken[0] + " censuses, expected " + at.length);
			}
			ClassHistogram first = ClassHistogram.parse(Files.readString(firstCensus));
			ClassHistogram last = ClassHistogram.parse(Files.readString(lastCensus));
			if (CENSUS_DIR == null) {
				Files.delete(firstCensus);
				Files.delete(lastCensus);
			}

			Duration period = Duration.ofNanos(Math.max(Duration.ofMillis(10).toNanos(), (long) (seconds * 1e9 / SAMPLES)));
			HeapSampler.Growth sampled = HeapSampler.measure(() -> walk(client.profiles().searchAll(everyone), count),
					period);

			System.out.println("RESULT walked=" + count + " seconds=" + Report.fixed(seconds, 3) + " collections="
					+ collectionCount + " maxAfterCollection=" + maxAfterCollection + " idle=" + idle
					+ " censuses=" + Arrays.stream(live).mapToObj(String::valueOf).collect(Collectors.joining(","))
					+ " censusPoints=" + Arrays.stream(at).mapToObj(String::valueOf).collect(Collectors.joining(",")) + " peak="
					+ sampled.peak() + " p90=" + sampled.p90() + " samples=" + sampled.samples() + " maxHeap="
					+ Runtime.getRuntime().maxMemory());
			System.out.println("GROWTH " + String.join("; ", last.largestGrowth(first, 3)));
		}
		System.exit(0);
	}

	/** Walks, failing unless exactly {@code expected} profiles come. */
	private static void walk(Flux<Profile> profiles, long expected) {
		Long walked = profiles.count().block();
		if (walked == null || walked != expected) {
			throw new IllegalStateException("walked " + walked + " profiles, expected " + expected);
		}
	}

	/** The first item of page 2, then of the page at each further tenth of the walk (1-based item numbers). */
	static long[] censusPoints(int count, int page) {
		List<Long> points = new ArrayList<>();
		points.add(page + 1L);
		long pages = count / page;
		for (int i = 1; i < CENSUSES; i++) {
			long point = (pages * i / CENSUSES) * page + 1L;
			if (point > points.get(points.size() - 1)) {
				points.add(point);
			}
		}
		return points.stream().mapToLong(Long::longValue).toArray();
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The heap used after each collection, from the collectors' notifications. */
	private static final class AfterCollections {

		final AtomicLong maxUsed = new AtomicLong();

		final AtomicLong count = new AtomicLong();

		static AfterCollections watch() {
			AfterCollections watch = new AfterCollections();
			Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter((pool) -> pool.getType() == MemoryType.HEAP)
				.map(MemoryPoolMXBean::getName)
				.collect(Collectors.toSet());
			for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
					if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
						return;
					}
					GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
						.from((CompositeData) notification.getUserData());
					long used = 0;
					for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
						if (heapPools.contains(pool.getKey())) {
							used += pool.getValue().getUsed();
						}
					}
					long after = used;
					watch.count.incrementAndGet();
					watch.maxUsed.accumulateAndGet(after, Math::max);
				}, null, null);
			}
			return watch;
		}

		void reset() {
			this.maxUsed.set(0);
			this.count.set(0);
		}

	}

}
