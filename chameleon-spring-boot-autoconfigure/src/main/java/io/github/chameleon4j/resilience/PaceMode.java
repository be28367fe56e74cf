package io.github.chameleon4j.resilience;

/**
 * How the global pace finds its level ({@code chameleon.resilience.pace.mode}). Both modes keep the
 * sliding-window cap and burst, and both fall to what the server has just shown it accepts on a
 * global 429; they differ in what happens afterwards.
 */
public enum PaceMode {

	/**
	 * Finds the account's allowance by itself: starts at {@code requests-per-minute} (by default the
	 * documented maximum, 120), falls on a global 429 to the rate the trailing window shows the
	 * server accepted and holds there, remembering it; after a quiet {@code probe-interval} it probes
	 * one request per window higher, doubling the step after each quiet window, up to
	 * {@code requests-per-minute}. A probe that draws a 429 falls back to the allowance just found.
	 */
	ADAPTIVE,

	/**
	 * Paces at {@code requests-per-minute}: a global 429 lowers it, and it grows back by
	 * {@code recovery-step} per quiet {@code recovery-interval} to the configured pace. For an
	 * account whose allowance is known: configured above it, the pace saws into a 429 each time it
	 * has grown back.
	 */
	FIXED

}
