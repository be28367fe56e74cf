package io.github.chameleon4j.client;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Turns a 2xx body into a result. Throwing any runtime exception marks the body as undecodable
 * (the transport then signals a {@code ChameleonDecodingException}).
 *
 * @param <T> the result type
 */
@FunctionalInterface
interface ResponseReader<T> {

	/**
	 * Reads the result from the parsed body.
	 * @param status the HTTP status
	 * @param body the parsed body ({@code MissingNode} when the body was empty)
	 * @param mapper the client's mapper
	 * @return the result, never {@code null}
	 */
	T read(int status, JsonNode body, JsonMapper mapper);

	/**
	 * Reads the result from the raw body. By default the body is parsed into a tree first; a reader
	 * of large bodies (a page) binds the records straight from the bytes instead, so a page is never
	 * held as bytes, tree and records at once.
	 * @param status the HTTP status
	 * @param bytes the body, empty when there was none
	 * @param mapper the client's mapper
	 * @return the result, never {@code null}
	 */
	default T read(int status, byte[] bytes, JsonMapper mapper) {
		return read(status, (bytes.length == 0) ? MissingNode.getInstance() : mapper.readTree(bytes), mapper);
	}

}
