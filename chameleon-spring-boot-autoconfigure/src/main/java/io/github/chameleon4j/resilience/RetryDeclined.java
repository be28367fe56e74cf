package io.github.chameleon4j.resilience;

/**
 * Tells the Resilience4j {@code Retry} that the policy declines to retry a failure for a reason the
 * Retry cannot see: the call is not safe to repeat, or its deadline leaves no time. It is one of
 * the Retry's ignored exceptions, so the Retry counts the call as failed without retry. It carries
 * the failure as its cause (for the Retry's events) and never reaches a caller.
 */
final class RetryDeclined extends RuntimeException {

	RetryDeclined(String reason, Throwable failure) {
		super(reason + ": " + failure, failure, false, false);
	}

}
