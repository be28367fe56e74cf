package io.github.chameleon4j.resilience;

/** What a call waited for before it was sent. */
public enum WaitReason {

	/** The shared cool-down gate closed by a 429 wait hint. */
	COOLDOWN,

	/** The global pace (the account's requests-per-minute budget). */
	PACE,

	/** A concurrency permit (overall cap or an exclusive lane). */
	PERMIT,

	/** The backoff between two attempts. */
	BACKOFF

}
