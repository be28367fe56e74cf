package io.github.chameleon4j.test;

/**
 * Endpoint groups that the real API limits with the {@code max_concurrent} strategy (API §3.4), with their
 * documented pool sizes as defaults.
 */
public enum ConcurrencyGroup {

	/** {@code GET|POST /v3/analyze/profiles}: 2 in flight (the rate-limit page says 1). */
	PROFILE_SEARCH(2),

	/** {@code GET|POST /v3/analyze/profiles/count}: 1 in flight. */
	PROFILE_COUNT(1),

	/** {@code GET|POST /v3/analyze/companies}: 2 in flight. */
	COMPANY_LIST(2),

	/** {@code POST /v3/edit/deliveries}: 1 in flight per target User Profile. */
	DELIVERY_CREATE(1);

	private final int defaultLimit;

	ConcurrencyGroup(int defaultLimit) {
		this.defaultLimit = defaultLimit;
	}

	/** The documented pool size. */
	public int defaultLimit() {
		return this.defaultLimit;
	}

}
