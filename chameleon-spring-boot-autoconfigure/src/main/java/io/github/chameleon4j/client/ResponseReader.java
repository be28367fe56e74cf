package io.github.chameleon4j.client;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a decoded 2xx body into a result. Throwing any runtime exception marks the body as
 * undecodable (the transport then signals a {@code ChameleonDecodingException}).
 *
 * @param <T> the result type
 */
@FunctionalInterface
interface ResponseReader<T> {

	/**
	 * Reads the result.
	 * @param status the HTTP status
	 * @param body the parsed body ({@code MissingNode} when the body was empty)
	 * @param mapper the client's mapper
	 * @return the result, never {@code null}
	 */
	T read(int status, JsonNode body, JsonMapper mapper);

}
