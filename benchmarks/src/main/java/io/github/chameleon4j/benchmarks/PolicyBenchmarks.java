package io.github.chameleon4j.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.resilience.CallDescriptor;
import io.github.chameleon4j.resilience.CallPolicy;
import io.github.chameleon4j.resilience.ChameleonResilience;
import io.github.chameleon4j.resilience.ChameleonResilienceBuilder;

/**
 * What the resilience policy itself costs a successful call, with no I/O: one logical call around an attempt that
 * answers at once, subscribed and awaited, for {@link CallPolicy#direct()}, for the policy with every part off
 * ({@code skeleton}), with one part on, and with all of them on as scenario 1 runs it ({@code all}: pacing off).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class PolicyBenchmarks {

	private static final CallDescriptor GET = new CallDescriptor(HttpMethod.GET, "/v3/edit/tours/{id}", true, null,
			null);

	@Param({ "direct", "skeleton", "deadline", "breaker", "retry", "permits", "gate", "all" })
	public String policy;

	private CallPolicy callPolicy;

	private final Mono<String> attempt = Mono.just("tour");

	@Setup
	public void setUp() {
		if (this.policy.equals("direct")) {
			this.callPolicy = CallPolicy.direct();
			return;
		}
		boolean all = this.policy.equals("all");
		ChameleonResilienceBuilder builder = ChameleonResilience.builder()
			.name("policy-" + this.policy)
			.pace((pace) -> pace.enabled(false))
			.concurrency((permits) -> permits.maxInFlight(64).enabled(all || this.policy.equals("permits")))
			.circuitBreaker((breaker) -> breaker.enabled(all || this.policy.equals("breaker")))
			.retry((retry) -> retry.enabled(all || this.policy.equals("retry")))
			.cooldown((gate) -> gate.enabled(all || this.policy.equals("gate")))
			.deadline((all || this.policy.equals("deadline")) ? Duration.ofSeconds(60) : null);
		this.callPolicy = builder.build();
	}

	/** One successful logical call through the policy. */
	@Benchmark
	public String successfulCall() {
		return this.callPolicy.apply(GET, this.attempt).block();
	}

}
