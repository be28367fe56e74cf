package io.github.chameleon4j.client;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.resilience.DeadlineTimer;

/**
 * The innermost filter: bounds the wait for the status and headers of one attempt by the response
 * timeout, so that a timeout is a failure every outer filter sees (the metrics filter counts it as an
 * I/O error). The exchange adapter bounds the body by the same deadline, counted from the start of the
 * attempt, so the whole response of an attempt takes at most the response timeout.
 */
final class ResponseTimeoutFilter implements ExchangeFilterFunction {

	private final Duration timeout;

	ResponseTimeoutFilter(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return DeadlineTimer.within(next.exchange(request), this.timeout, ResponseTimeoutFilter::timedOut);
	}

	/** What Reactor's own {@code timeout} signals; mapped to an I/O error like any response timeout. */
	static TimeoutException timedOut() {
		return new TimeoutException("no response within the response timeout");
	}

}
