package io.github.chameleon4j.error;

/**
 * 409 Conflict: the record's current state forbids the operation (for example a Delivery for an unpublished Experience, or one that already fired). Never retried.
 */
public class ChameleonConflictException extends ChameleonResponseException {

	public ChameleonConflictException(ResponseDetails details) {
		super(ErrorKind.CONFLICT, details);
	}

}
