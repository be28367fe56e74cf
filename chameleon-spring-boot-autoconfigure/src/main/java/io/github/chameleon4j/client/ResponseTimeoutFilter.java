package io.github.chameleon4j.client;

import java.time.Duration;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.resilience.DeadlineTimer;

/**
 * The innermost filter: bounds the wait for the status and headers of one attempt by the attempt's
 * response deadline (a request attribute the transport sets), so that a timeout is a failure every
 * outer filter sees (the metrics filter counts it as an I/O error). The transport bounds the body
 * read by the same deadline, so the whole response of an attempt takes at most the response timeout.
 */
final class ResponseTimeoutFilter implements ExchangeFilterFunction {

	/** The request attribute holding the attempt's deadline, in {@link System#nanoTime()} units. */
	static final String DEADLINE_ATTRIBUTE = ResponseTimeoutFilter.class.getName() + ".deadline";

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		Object deadline = request.attributes().get(DEADLINE_ATTRIBUTE);
		Mono<ClientResponse> response = next.exchange(request);
		return (deadline instanceof Long at) ? response.timeout(remaining(at), DeadlineTimer.shared()) : response;
	}

	/** The time left until a deadline in {@link System#nanoTime()} units; zero once it has passed. */
	static Duration remaining(long deadline) {
		return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
	}

}
