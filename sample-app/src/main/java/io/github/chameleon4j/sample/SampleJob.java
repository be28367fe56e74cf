package io.github.chameleon4j.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.ProfileSearch;
import io.github.chameleon4j.error.ChameleonException;
import io.github.chameleon4j.model.DeliveryRequest;
import io.github.chameleon4j.model.ModelKind;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.model.Segment;
import io.github.chameleon4j.model.Tour;

/**
 * A small, realistic job: sync users through the identify hook, page through every profile,
 * and queue a published Tour for the members of a Segment. Logs a summary, then the Actuator URLs
 * to open (the application keeps running for them).
 */
@Component
@ConditionalOnProperty(name = "sample.job.enabled", matchIfMissing = true)
class SampleJob implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SampleJob.class);

	private final ChameleonOperations chameleon;

	private final MeterRegistry meters;

	private final SampleProperties properties;

	private final Environment environment;

	private final AtomicReference<JobSummary> summary = new AtomicReference<>();

	SampleJob(ChameleonOperations chameleon, MeterRegistry meters, SampleProperties properties, Environment environment) {
		this.chameleon = chameleon;
		this.meters = meters;
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		long start = System.nanoTime();
		int users = this.properties.getUsers();
		List<ProfileTraits> traits = IntStream.range(0, users)
			.mapToObj((i) -> ProfileTraits.forUid("sample-" + i)
				.with("email", "user" + i + "@example.org")
				.with("plan", (i % 3 == 0) ? "pro" : "free")
				.with("seats", i % 17))
			.toList();
		Long identified = Flux.fromIterable(traits)
			.flatMap((t) -> this.chameleon.hooks().identify(t).onErrorResume(ChameleonException.class, this::skip), 8)
			.count()
			.block();
		Long paged = this.chameleon.profiles().searchAll(ProfileSearch.all().page(PageRequest.ofSize(100))).count().block();
		AtomicLong created = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		Tour tour = this.chameleon.tours().listAll().filter(Tour::isPublished).next().block();
		Segment segment = this.chameleon.segments().listAll().next().block();
		if (tour != null && segment != null) {
			this.chameleon.profiles()
				.searchAll(ProfileSearch.segment(segment.id()))
				.take(this.properties.getDeliveries())
				.flatMap((profile) -> this.chameleon.deliveries()
					.create(DeliveryRequest.of(ModelKind.TOUR, tour.id())
						.toProfileId(profile.id())
						.idempotencyKey("sample-" + tour.id())
						.until("+14d")
						.build())
					.doOnNext((creation) -> {
						if (creation.created()) {
							created.incrementAndGet();
						}
					})
					.onErrorResume(ChameleonException.class, (ex) -> {
						failed.incrementAndGet();
						return skip(ex);
					}), 8)
				.blockLast();
		}
		JobSummary result = new JobSummary((identified != null) ? identified.intValue() : 0,
				(paged != null) ? paged : 0, created.get(), failed.get(), callsByStatus(), waits(), retries(),
				Duration.ofNanos(System.nanoTime() - start));
		this.summary.set(result);
		logger.info(result.report());
		logger.info(actuatorLinks());
	}

	/** Where to look once the job is done: the Actuator endpoints the sample exposes, on the port it really got. */
	String actuatorLinks() {
		String port = this.environment.getProperty("local.management.port",
				this.environment.getProperty("local.server.port", ""));
		if (port.isEmpty()) {
			return "The job is done. No web server is running, so there is no Actuator to open.";
		}
		String host = this.environment.getProperty("server.address", "localhost");
		String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port
				+ this.environment.getProperty("management.endpoints.web.base-path", "/actuator");
		StringBuilder links = new StringBuilder("The job is done; the application keeps running (Ctrl+C to stop). Open:");
		for (String path : List.of("/health", "/chameleon", "/metrics/chameleon.client.responses",
				"/metrics/chameleon.client.wait", "/circuitbreakers", "/retries", "/ratelimiters")) {
			links.append(System.lineSeparator()).append("  ").append(base).append(path);
		}
		return links.toString();
	}

	private <T> Mono<T> skip(ChameleonException ex) {
		logger.warn("Skipped after {} attempt(s): {}", ex.attempts(), ex.getMessage());
		return Mono.empty();
	}

	/**
	 * The summary of the last run.
	 * @return the summary, or {@code null} before the job finished
	 */
	JobSummary summary() {
		return this.summary.get();
	}

	private Map<String, Long> callsByStatus() {
		Map<String, Long> byStatus = new TreeMap<>();
		for (Counter counter : this.meters.find("chameleon.client.responses").counters()) {
			byStatus.merge(String.valueOf(counter.getId().getTag("status")), (long) counter.count(), Long::sum);
		}
		return byStatus;
	}

	private Map<String, Duration> waits() {
		Map<String, Duration> byReason = new TreeMap<>();
		for (Timer timer : this.meters.find("chameleon.client.wait").timers()) {
			byReason.merge(String.valueOf(timer.getId().getTag("reason")),
					Duration.ofNanos((long) timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)), Duration::plus);
		}
		return byReason;
	}

	private long retries() {
		return (long) this.meters.find("chameleon.client.retries").counters().stream().mapToDouble(Counter::count).sum();
	}

}
