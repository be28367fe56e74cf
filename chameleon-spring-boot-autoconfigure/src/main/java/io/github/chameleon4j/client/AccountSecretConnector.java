package io.github.chameleon4j.client;

import java.net.URI;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import reactor.core.publisher.Mono;

/**
 * Adds the account secret as the {@code X-Account-Secret} header of every request, on the way into
 * the connector: below every filter, so no filter, no observation and no log of the builder's default
 * headers or of a {@code ClientRequest} ever sees the secret, and without copying each request as a
 * filter would have to. It is never put into the builder's default headers, and it is set last, so a
 * header of that name from elsewhere never replaces it.
 */
final class AccountSecretConnector implements ClientHttpConnector {

	private final ClientHttpConnector connector;

	private final String secret;

	AccountSecretConnector(ClientHttpConnector connector, String secret) {
		this.connector = connector;
		this.secret = secret;
	}

	@Override
	public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
			Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
		return this.connector.connect(method, uri, (request) -> {
			// the callback copies the ClientRequest's headers and returns the (lazy) write; nothing is committed yet
			Mono<Void> write = requestCallback.apply(request);
			HttpHeaders headers = request.getHeaders();
			headers.set(ChameleonOperationsBuilder.SECRET_HEADER, this.secret);
			return write;
		});
	}

	@Override
	public String toString() {
		return "AccountSecretConnector[" + this.connector + ", ****]";
	}

}
