package io.github.chameleon4j.resilience;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import io.github.chameleon4j.error.ChameleonDecodingException;
import io.github.chameleon4j.error.ChameleonResponseException;
import io.github.chameleon4j.error.ChameleonResponseTooLargeException;
import io.github.chameleon4j.error.ChameleonTransportException;
import io.github.chameleon4j.error.ResponseDetails;

/** Builds the exceptions the error filter would raise, for tests without a server. */
final class Failures {

	private Failures() {
	}

	static ChameleonResponseException status(int status, String... headerPairs) {
		HttpHeaders headers = new HttpHeaders();
		for (int i = 0; i < headerPairs.length; i += 2) {
			headers.set(headerPairs[i], headerPairs[i + 1]);
		}
		return ChameleonResponseException
			.create(new ResponseDetails(status, HttpMethod.GET, "/v3/test", null, headers, ""));
	}

	static ChameleonDecodingException decoding() {
		return new ChameleonDecodingException(200, HttpMethod.GET, "/v3/test", "{\"tour\":{\"id\":", "truncated body", null);
	}

	static ChameleonResponseTooLargeException tooLarge() {
		return new ChameleonResponseTooLargeException(200, HttpMethod.GET, "/v3/test", 1024, null);
	}

	static ChameleonTransportException transport(boolean mayHaveReached) {
		return new ChameleonTransportException("connection failed", HttpMethod.POST, "/v3/test", mayHaveReached, null);
	}

}
