package io.github.chameleon4j.client;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * Adds the account secret as the {@code X-Account-Secret} header of every request. It sits inside
 * every other filter but the response timeout, so no user filter and no log of the builder's default
 * headers ever sees the secret; it is never put into the builder's default headers.
 */
final class AccountSecretFilter implements ExchangeFilterFunction {

	private final String secret;

	AccountSecretFilter(String secret) {
		this.secret = secret;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return next.exchange(ClientRequest.from(request)
			.headers((headers) -> headers.set(ChameleonOperationsBuilder.SECRET_HEADER, this.secret))
			.build());
	}

	@Override
	public String toString() {
		return "AccountSecretFilter[****]";
	}

}
