package io.github.chameleon4j.error;

import java.time.Duration;

import org.springframework.http.HttpMethod;
import org.jspecify.annotations.Nullable;

/**
 * The deadline of a logical call (covering every wait and retry) ran out before it completed.
 * {@link #attempts()} says how many requests were sent.
 */
public class ChameleonDeadlineExceededException extends ChameleonException {

	private final Duration deadline;

	public ChameleonDeadlineExceededException(@Nullable HttpMethod method, @Nullable String path, Duration deadline,
			@Nullable Throwable cause) {
		super(ErrorKind.DEADLINE_EXCEEDED, "Deadline of " + deadline + " exceeded for " + describe(method, path), method,
				path, cause);
		this.deadline = deadline;
	}

	/**
	 * The deadline that ran out.
	 * @return the call's time budget
	 */
	public Duration deadline() {
		return this.deadline;
	}

}
