package io.github.chameleon4j.benchmarks;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.metrics.ChameleonMetricsFilter;
import io.github.chameleon4j.model.ProfileSearch;
import io.github.chameleon4j.resilience.ChameleonResilience;
import io.github.chameleon4j.resilience.ChameleonResilienceBuilder;
import io.github.chameleon4j.shared.RedisSharedCoordination;

/**
 * One replica of the {@code replicas} scenario, in a JVM of its own: {@code callers} closed-loop
 * callers for {@code seconds}, two of them counting profiles (the exclusive {@code profiles.search}
 * lane), the others reading a tour. Configured with the account's whole allowance; shares its state
 * through Redis when given a port. Prints one {@code RESULT} line.
 * <p>
 * Arguments: baseUrl secret tourId callers seconds redisPort|none perMinute fallbackShare accountKey timeoutMillis
 */
public final class ReplicaMain {

	private ReplicaMain() {
	}

	public static void main(String[] args) {
		String baseUrl = args[0];
		String secret = args[1];
		String tourId = args[2];
		int callers = Integer.parseInt(args[3]);
		Duration span = Duration.ofSeconds(Long.parseLong(args[4]));
		String redisPort = args[5];
		double perMinute = Double.parseDouble(args[6]);
		double share = Double.parseDouble(args[7]);
		ChameleonResilienceBuilder policy = ChameleonResilience.builder()
			.name("replica")
			.pace((p) -> p.requestsPerMinute(perMinute).window(Duration.ofSeconds(10)));
		LettuceConnectionFactory factory = null;
		if (!redisPort.equals("none")) {
			factory = new LettuceConnectionFactory(
					new RedisStandaloneConfiguration("127.0.0.1", Integer.parseInt(redisPort)));
			factory.afterPropertiesSet();
			factory.start();
			policy.shared(new RedisSharedCoordination(new ReactiveStringRedisTemplate(factory), args[8]), share,
					Duration.ofMillis(Long.parseLong(args[9])), Duration.ofSeconds(35));
		}
		ChameleonResilience resilience = policy.build();
		AtomicLong calls = new AtomicLong();
		try (ChameleonOperations client = ChameleonOperations.builder()
			.baseUrl(baseUrl)
			.accountSecret(secret)
			.maxConnections(Clients.MAX_CONNECTIONS)
			.callPolicy(resilience)
			.filter(new ChameleonMetricsFilter(new SimpleMeterRegistry(), "replica", baseUrl))
			.build()) {
			AtomicLong caller = new AtomicLong();
			ClosedLoop loop = ClosedLoop.run(callers, span, () -> {
				calls.incrementAndGet();
				// callers 0 and 1 of each replica use the exclusive lane (round-robin assignment by call)
				long n = caller.getAndIncrement();
				return (n % callers < 2) ? client.profiles().count(ProfileSearch.all()) : client.tours().get(tourId);
			});
			System.out.println("RESULT succeeded=" + loop.succeeded.get() + " failed=" + loop.failed.get()
					+ " fallbacks=" + resilience.coordinationFallbacks() + " p99ms="
					+ Math.round(loop.latencies.percentileMicros(99) / 1000) + " coordination=" + resilience.coordination());
			System.out.println("DETAILS " + resilience.coordinationDetails());
		}
		finally {
			if (factory != null) {
				factory.destroy();
			}
		}
		System.exit(0);
	}

}
