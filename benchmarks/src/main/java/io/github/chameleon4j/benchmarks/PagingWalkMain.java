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
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

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
 * <li>a sampled walk: class histograms taken on another thread about {@value #SAMPLES} times whatever the walk's
 * length (the peak of samples rises with their number), for the live heap at any moment, e.g. a page's bytes and its
 * records at the end of its decoding. A lower bound of the peak: the client holds a page only for a small part of each
 * page's round trip. The number of {@code Profile} records live in the largest sample tells whether two pages were
 * live at once (more than a page's worth).</li>
 * </ol>
 * Prints {@code RESULT key=value ...}, {@code GROWTH ...} (the classes that grew most between the first and last
 * census) and {@code PEAK ...} (the classes that make the largest sample), then exits; an {@link OutOfMemoryError}
 * ends the JVM ({@code -XX:+ExitOnOutOfMemoryError}). With {@code -Dpaging.census.dir} the histograms behind these
 * lines are kept there.
 * <p>
 * Arguments: baseUrl count pageSize; the account secret in the environment variable {@value #SECRET_VARIABLE}.
 */
public final class PagingWalkMain {

	/** The environment variable that holds the account secret (kept off the command line). */
	static final String SECRET_VARIABLE = "CHAMELEON_ACCOUNT_SECRET";

	/** Samples of the sampled walk, whatever its length. */
	static final int SAMPLES = 200;

	/** Censuses of the census walk: page 2, then each tenth. */
	static final int CENSUSES = 10;

	/**
	 * Whether the client's delays and deadlines run on {@code Schedulers.parallel()} instead of the shared
	 * hashed-wheel deadline timer ({@code -Dpaging.parallelScheduler=true}): a diagnostic for the previous page that
	 * is sometimes still reachable while the next one is decoded.
	 */
	static final boolean PARALLEL_SCHEDULER = Boolean.getBoolean("paging.parallelScheduler");

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
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		try (ChameleonOperations client = Clients.chameleon(baseUrl, secret, registry,
				(policy) -> {
					policy.pace((p) -> p.enabled(false));
					if (PARALLEL_SCHEDULER) {
						policy.scheduler(Schedulers.parallel());
					}
				})) {
			ProfileSearch everyone = ProfileSearch.all().page(PageRequest.ofSize(page));
			walk(client.profiles().searchAll(everyone).take(Math.min(count, 20_000)), Math.min(count, 20_000));
			long idle = ClassHistogram.take().bytes();
			long attemptsBefore = attempts(registry);

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

			Duration period = Duration.ofNanos(Math.max(Duration.ofMillis(1).toNanos(), (long) (seconds * 1e9 / SAMPLES)));
			Sampled sampled = sample(() -> walk(client.profiles().searchAll(everyone), count), period, dir);

			System.out.println("RESULT walked=" + count + " seconds=" + Report.fixed(seconds, 3) + " collections="
					+ collectionCount + " maxAfterCollection=" + maxAfterCollection + " idle=" + idle
					+ " censuses=" + Arrays.stream(live).mapToObj(String::valueOf).collect(Collectors.joining(","))
					+ " censusPoints=" + Arrays.stream(at).mapToObj(String::valueOf).collect(Collectors.joining(",")) + " peak="
					+ sampled.peak() + " p90=" + sampled.p90() + " median=" + sampled.median() + " min=" + sampled.min() + " profilesAtPeak=" + sampled.profilesAtPeak() + " samples=" + sampled.samples() + " maxHeap="
					+ Runtime.getRuntime().maxMemory() + " attempts=" + (attempts(registry) - attemptsBefore) + " pages="
					+ 3 * (count / page + 1));
			System.out.println("GROWTH " + String.join("; ", last.largestGrowth(first, 3)));
			System.out.println("PEAK " + String.join("; ", sampled.largestGrowth()));
		}
		System.exit(0);
	}

	/**
	 * The sampled walk's live heap: the growth of the samples over the live heap just before, and the classes that
	 * make the largest sample's growth.
	 */
	record Sampled(long peak, long p90, long median, long min, int samples, List<String> largestGrowth,
			long profilesAtPeak) {
	}

	/**
	 * Runs the work while another thread takes class histograms (each a full collection) with {@code period} between
	 * them. The histograms before and at the largest sample go to files, and the samples to a preallocated array, so
	 * that the sampler does not count itself.
	 */
	static Sampled sample(Runnable work, Duration period, Path dir) throws IOException {
		Path beforeFile = Files.createTempFile(dir, "paging-sampled-before-", ".txt");
		Path largestFile = Files.createTempFile(dir, "paging-sampled-largest-", ".txt");
		long[] samples = new long[100_000];
		int[] taken = new int[1];
		long[] max = { -1 };
		String beforeText = ClassHistogram.takeText();
		write(beforeFile, beforeText);
		long before = ClassHistogram.totalBytes(beforeText);
		beforeText = null;
		HeapSampler.whileSampling(work, () -> {
			if (taken[0] >= samples.length) {
				return false;
			}
			String text = ClassHistogram.takeText();
			long bytes = ClassHistogram.totalBytes(text);
			samples[taken[0]++] = bytes;
			if (bytes > max[0]) {
				max[0] = bytes;
				write(largestFile, text);
			}
			return true;
		}, period);
		if (taken[0] == 0) {
			throw new IllegalStateException("no sample taken");
		}
		long[] sorted = Arrays.copyOf(samples, taken[0]);
		Arrays.sort(sorted);
		long p90 = sorted[(int) Math.ceil(0.9 * sorted.length) - 1];
		ClassHistogram largest = ClassHistogram.parse(Files.readString(largestFile));
		List<String> growth = largest.largestGrowth(ClassHistogram.parse(Files.readString(beforeFile)), 4);
		long profiles = largest.classes().getOrDefault(Profile.class.getName(), new ClassHistogram.Count(0, 0)).instances();
		if (CENSUS_DIR == null) {
			Files.delete(beforeFile);
			Files.delete(largestFile);
		}
		return new Sampled(max[0] - before, p90 - before, sorted[sorted.length / 2] - before, sorted[0] - before,
				sorted.length, growth, profiles);
	}

	/** Requests answered or failed so far, as the metrics filter counted them (one per attempt). */
	private static long attempts(SimpleMeterRegistry registry) {
		return Math.round(registry.getMeters()
			.stream()
			.filter(Counter.class::isInstance)
			.mapToDouble((meter) -> ((Counter) meter).count())
			.sum());
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
