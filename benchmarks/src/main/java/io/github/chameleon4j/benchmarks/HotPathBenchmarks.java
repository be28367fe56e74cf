package io.github.chameleon4j.benchmarks;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.client.ChameleonOperationsBuilder;
import io.github.chameleon4j.client.json.ChameleonJson;
import io.github.chameleon4j.error.ChameleonErrorFilter;
import io.github.chameleon4j.error.ErrorEnvelope;
import io.github.chameleon4j.error.WaitHint;
import io.github.chameleon4j.metrics.ChameleonMetricsFilter;
import io.github.chameleon4j.resilience.CallDescriptor;

/**
 * Micro-benchmarks of the per-request hot path: what every successful call pays in the error
 * filter and the metrics filter, and what every 429 pays to parse its wait hint. Run with the GC profiler to see
 * allocations per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class HotPathBenchmarks {

	private ChameleonErrorFilter filter;

	private ClientRequest request;

	private ExchangeFunction ok;

	private HttpHeaders bucketHeaders;

	private HttpHeaders conflictingHeaders;

	private ErrorEnvelope envelope;

	private ChameleonMetricsFilter metrics;

	private ClientRequest templatedRequest;

	@Setup
	public void setUp() {
		this.filter = new ChameleonErrorFilter(ChameleonJson.newMapper(), "secret");
		this.request = ClientRequest.create(HttpMethod.GET, URI.create("http://127.0.0.1/v3/edit/tours/1")).build();
		ClientResponse response = ClientResponse.create(HttpStatus.OK).build();
		this.ok = (req) -> Mono.just(response);
		this.bucketHeaders = new HttpHeaders();
		this.bucketHeaders.add("X-Ratelimit-Wait", "12");
		this.conflictingHeaders = new HttpHeaders();
		this.conflictingHeaders.add("X-Ratelimit-Wait", "114");
		this.conflictingHeaders.add("X-RateLimit-Limit", "2");
		this.envelope = new ErrorEnvelope(429, java.util.List.of("Rate Limited"), 14.0, null);
		this.metrics = new ChameleonMetricsFilter(new SimpleMeterRegistry(), "benchmark", "http://127.0.0.1");
		this.templatedRequest = ClientRequest.from(this.request)
			.attribute(ChameleonOperationsBuilder.CALL_ATTRIBUTE,
					new CallDescriptor(HttpMethod.GET, "/v3/edit/tours/{id}", true, null, null))
			.build();
	}

	/** The harness alone: the stub exchange subscribed and awaited, as the two filter benchmarks do. */
	@Benchmark
	public ClientResponse baselineExchangeOnly() {
		return this.ok.exchange(this.request).block();
	}

	/** Counting one 2xx response with its tags (client, method, uri template, status, outcome, error kind). */
	@Benchmark
	public ClientResponse metricsFilterOn2xx() {
		return this.metrics.filter(this.templatedRequest, this.ok).block();
	}

	/** The error filter's cost on a 2xx (it should only pass the response through). */
	@Benchmark
	public ClientResponse errorFilterOn2xx() {
		return this.filter.filter(this.request, this.ok).block();
	}

	/** Parsing a bucket 429's hint from one header. */
	@Benchmark
	public WaitHint waitHintBucketHeader() {
		return WaitHint.from(this.bucketHeaders, null);
	}

	/** Parsing the reference's conflicting 429 (header wait, header limit, body wait). */
	@Benchmark
	public WaitHint waitHintConflicting() {
		return WaitHint.from(this.conflictingHeaders, this.envelope);
	}

}
