package io.github.chameleon4j.error;

import org.springframework.http.HttpMethod;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A 2xx response whose body could not be decoded into the expected shape (truncated on the way, or
 * not the documented shape). Retried like a 5xx for calls that are safe to repeat, never otherwise;
 * never a circuit-breaker failure. Keeps the status and a safe excerpt of the body.
 */
public class ChameleonDecodingException extends ChameleonException {

	private final int status;

	private final String bodyExcerpt;

	public ChameleonDecodingException(int status, @Nullable HttpMethod method, @Nullable String path,
			String bodyExcerpt, String reason, @Nullable Throwable cause) {
		super(ErrorKind.DECODING, "Could not decode the " + status + " response to "
				+ describe(method, path) + ": " + reason
				+ (bodyExcerpt.isEmpty() ? " (empty body)" : " \"" + bodyExcerpt + "\""), method, path, cause);
		this.status = status;
		this.bodyExcerpt = bodyExcerpt;
	}

	/**
	 * The exception for a 2xx body that could not be read. Its message and excerpt are built from the
	 * response with the secret masked, and it chains no cause: a parser's own message quotes the
	 * offending value (which may be the secret or personal data), so only its kind, the JSON path and
	 * the position are kept.
	 * @param status the HTTP status
	 * @param method the request method
	 * @param path the request path
	 * @param body the body as received (possibly empty)
	 * @param failure what the reader threw
	 * @param mask the secret's mask
	 * @return the exception
	 */
	public static ChameleonDecodingException of(int status, @Nullable HttpMethod method, @Nullable String path,
			byte[] body, Throwable failure, SecretMask mask) {
		String reason = (body.length == 0) ? "expected a JSON body" : mask.mask(reason(failure));
		return new ChameleonDecodingException(status, method, path, BodyExcerpt.masked(body, mask), reason, null);
	}

	private static String reason(Throwable failure) {
		if (failure instanceof StreamReadException read) {
			String original = String.valueOf(read.getOriginalMessage());
			String what = original.startsWith("Unexpected end-of-input") ? "the JSON ends early (truncated body)"
					: "malformed JSON";
			return what + at(read);
		}
		if (failure instanceof MismatchedInputException mismatch) {
			Class<?> target = mismatch.getTargetType();
			return "a value does not fit " + ((target != null) ? target.getSimpleName() : "the expected type")
					+ pathOf(mismatch) + at(mismatch);
		}
		if (failure instanceof JacksonException jackson) {
			return jackson.getClass().getSimpleName() + pathOf(jackson) + at(jackson);
		}
		// the readers' own checks name keys of the expected shape, never values
		return (failure instanceof IllegalStateException) ? String.valueOf(failure.getMessage())
				: failure.getClass().getSimpleName();
	}

	private static String pathOf(JacksonException failure) {
		String reference = failure.getPathReference();
		return (reference == null || reference.isEmpty()) ? "" : " at " + reference;
	}

	private static String at(JacksonException failure) {
		TokenStreamLocation location = failure.getLocation();
		return (location == null) ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

	/**
	 * The HTTP status of the undecodable response.
	 * @return the status code
	 */
	public int status() {
		return this.status;
	}

	/**
	 * A bounded, sanitised excerpt of the body.
	 * @return the excerpt
	 */
	public String bodyExcerpt() {
		return this.bodyExcerpt;
	}

}
