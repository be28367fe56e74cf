package io.github.chameleon4j.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import redis.embedded.RedisServer;

import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.ConcurrencyGroup;
import io.github.chameleon4j.test.RecordedRequest;

/**
 * Scenario 7: three replicas of an application, each in a JVM of its own with 16 callers and the
 * account's whole allowance configured, against one emulator: without sharing (each replica keeps
 * its own pace, cool-down and lanes: the baseline), sharing them through Redis, and sharing them
 * with Redis stopped for 10 s mid-run.
 */
final class ReplicasScenario {

	private static final int REPLICAS = 3;

	private static final int CALLERS = 16;

	/** {@code chameleon.resilience.shared.timeout} of the replicas ({@code -Dreplicas.timeout=250}, millis; default 1000, the property's default). */
	private static final Duration TIMEOUT = Duration.ofMillis(Long.getLong("replicas.timeout", 1000));

	/** The modes to run ({@code -Dreplicas.modes=SHARED,OUTAGE}; default all). */
	private static final String MODES = System.getProperty("replicas.modes", "LOCAL,SHARED,OUTAGE");

	private static final Pattern RESULT = Pattern.compile(
			"RESULT succeeded=(\\d+) failed=(\\d+) fallbacks=(\\d+) p99ms=(\\d+) coordination=(\\w+)");

	enum Limit {

		GLOBAL("global: 120 per sliding 10 s", Duration.ofSeconds(30), 12.0),

		BUCKET("bucket: 200 started per fixed 20 s", Duration.ofSeconds(40), 10.0);

		final String description;

		final Duration span;

		final double allowancePerSecond;

		Limit(String description, Duration span, double allowancePerSecond) {
			this.description = description;
			this.span = span;
			this.allowancePerSecond = allowancePerSecond;
		}

	}

	enum Mode {

		LOCAL("3 replicas, local state (baseline)"), SHARED("3 replicas, shared on Redis"),
		OUTAGE("3 replicas, shared, Redis stopped 10 s mid-run");

		final String description;

		Mode(String description) {
			this.description = description;
		}

	}

	/** The running redis-server (a new one after an outage). */
	private RedisServer redis;

	void run(Report report) throws Exception {
		Report.Section section = report.section("8. Replicas: three JVMs, one account (shared timeout "
				+ TIMEOUT.toMillis() + " ms)",
				"Three replica processes, 16 closed-loop callers each (2 of them counting profiles: the exclusive "
						+ "`profiles.search` lane, which the emulator limits to 1 in flight with no queueing), every replica "
						+ "configured with the whole allowance (`requests-per-minute` 720, `pace.window` 10s), against one "
						+ "emulator, counted by it over the span from the first arrival. goodput = successes per second / "
						+ "allowance; early = requests that arrived inside a hint window another (or the same) replica was "
						+ "given; lane 429s = concurrency 429s on the exclusive lane. Shared: `chameleon.resilience.shared` "
						+ "on one redis-server, `fallback-share` 0.34, timeout " + TIMEOUT.toMillis() + " ms. Targets (shared): goodput >= 0.97, "
						+ "429s <= 1 % of requests, zero early, zero lane 429s; with the outage, zero failed calls.",
				"limit", "mode", "allowance/s", "successes/s", "goodput", "429s / requests", "early", "lane 429s",
				"failed calls", "fallbacks", "p99 (worst replica)", "429s during outage", "target");
		Path dir = Files.createTempDirectory("replicas-redis");
		int port = freePort();
		this.redis = server(port, dir);
		this.redis.start();
		try {
			for (Limit limit : Limit.values()) {
				for (Mode mode : Mode.values()) {
					if (!List.of(MODES.split(",")).contains(mode.name())) {
						continue;
					}
					runOne(section, limit, mode, port, dir);
				}
			}
		}
		finally {
			this.redis.stop();
		}
	}

	private void runOne(Report.Section section, Limit limit, Mode mode, int port, Path dir) throws Exception {
		try (ChameleonEmulator emulator = ChameleonEmulator.builder()
			.seedProfiles(10)
			.seedCompanies(10)
			.requestLogCapacity(200_000)
			.start()) {
			switch (limit) {
				case GLOBAL -> emulator.rateLimits().global(120, Duration.ofSeconds(10));
				case BUCKET -> emulator.rateLimits().bucket(200, Duration.ofSeconds(20));
			}
			emulator.rateLimits()
				.maxConcurrentEnabled(true)
				.maxConcurrent(ConcurrencyGroup.PROFILE_COUNT, 1)
				.queueTimeout(Duration.ZERO);
			String tourId = emulator.data().publishedTourId();
			// the replicas start a little apart (JVM start-up): each runs 6 s longer than the span counted
			long seconds = limit.span.toSeconds() + 6;
			String key = "benchmark-" + UUID.randomUUID();
			List<Process> processes = new ArrayList<>();
			List<List<String>> outputs = new ArrayList<>();
			for (int i = 0; i < REPLICAS; i++) {
				List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
						System.getProperty("java.class.path"), ReplicaMain.class.getName(), emulator.baseUrl(),
						emulator.accountSecret(), tourId, String.valueOf(CALLERS), String.valueOf(seconds),
						(mode == Mode.LOCAL) ? "none" : String.valueOf(port), "720", "0.34", key,
						String.valueOf(TIMEOUT.toMillis()));
				Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
				processes.add(process);
				List<String> lines = new ArrayList<>();
				outputs.add(lines);
				Thread reader = new Thread(() -> drain(process, lines), "replica-" + i);
				reader.setDaemon(true);
				reader.start();
			}
			Instant outageFrom = null;
			Instant outageTo = null;
			if (mode == Mode.OUTAGE) {
				Thread.sleep(limit.span.toMillis() / 3 + 3000);
				this.redis.stop();
				outageFrom = Instant.now();
				Thread.sleep(10_000);
				this.redis = server(port, dir);
				this.redis.start();
				outageTo = Instant.now();
			}
			long failed = 0;
			long fallbacks = 0;
			long p99 = 0;
			for (int i = 0; i < REPLICAS; i++) {
				processes.get(i).waitFor();
				Thread.sleep(100);
				String result = String.join("\n", outputs.get(i));
				Matcher matcher = RESULT.matcher(result);
				if (!matcher.find()) {
					throw new IllegalStateException("replica " + i + " printed no result:\n" + tail(outputs.get(i)));
				}
				failed += Long.parseLong(matcher.group(2));
				fallbacks += Long.parseLong(matcher.group(3));
				p99 = Math.max(p99, Long.parseLong(matcher.group(4)));
				outputs.get(i).stream().filter((line) -> line.startsWith("DETAILS")).forEach(System.out::println);
			}
			List<RecordedRequest> log = emulator.requests();
			ServerLog seen = ServerLog.of(log, limit.span);
			long lane429 = log.stream()
				.filter((r) -> r.status() == 429 && r.path().endsWith("/profiles/count")
						&& r.responseHeaders().containsKey("X-Ratelimit-Limit"))
				.count();
			String during = "—";
			if (outageFrom != null) {
				Instant from = outageFrom;
				Instant to = outageTo;
				during = String.valueOf(log.stream()
					.filter((r) -> r.status() == 429 && !r.startedAt().isBefore(from) && r.startedAt().isBefore(to))
					.count());
			}
			double perSecond = seen.successes() / (limit.span.toNanos() / 1e9);
			double goodput = perSecond / limit.allowancePerSecond;
			double limitedShare = (seen.requests() == 0) ? Double.NaN : (double) seen.rateLimited() / seen.requests();
			String target = "—";
			if (mode == Mode.SHARED) {
				target = (goodput >= 0.97 && limitedShare <= 0.01 && seen.early() == 0 && lane429 == 0) ? "met"
						: "MISSED";
			}
			else if (mode == Mode.OUTAGE) {
				target = (failed == 0) ? "met (no failed call)" : "MISSED";
			}
			section.row(limit.description, mode.description, Report.fixed(limit.allowancePerSecond, 1),
					Report.fixed(perSecond, 2), Report.fixed(goodput, 3), Report.percent(limitedShare), seen.early(),
					lane429, failed, fallbacks, p99 + " ms", during, target);
		}
	}

	/** Keeps the last 200 lines a child process prints (the paging scenario's child too). */
	static void drain(Process process, List<String> lines) {
		drain(process, lines, 200);
	}

	/** Keeps the last {@code keep} lines a child process prints. */
	static void drain(Process process, List<String> lines, int keep) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				synchronized (lines) {
					lines.add(line);
					if (lines.size() > keep) {
						lines.remove(0);
					}
				}
			}
		}
		catch (IOException ex) {
			// the child is gone; what it printed so far is what there is
		}
	}

	private static String tail(List<String> lines) {
		synchronized (lines) {
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
	}

	private static RedisServer server(int port, Path dir) throws IOException {
		return RedisServer.newRedisServer()
			.bind("127.0.0.1")
			.port(port)
			.setting("save \"\"")
			.setting("appendonly no")
			.setting("dir " + dir)
			.build();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
