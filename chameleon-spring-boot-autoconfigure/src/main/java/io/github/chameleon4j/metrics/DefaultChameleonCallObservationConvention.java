package io.github.chameleon4j.metrics;

import java.util.Locale;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import io.github.chameleon4j.error.ChameleonException;
import io.github.chameleon4j.resilience.CallDescriptor;
import io.github.chameleon4j.resilience.WaitReason;

/**
 * The default convention of the logical-call observation {@value ChameleonMeters#CALL}.
 * <p>
 * Low-cardinality key values (timer tags; span tags): {@code client}, {@code method}, {@code uri}
 * (the URI template, e.g. {@code /v3/edit/tours/{id}}) from the start; once the call has ended,
 * also {@code outcome} ({@code SUCCESS}, {@code ERROR}, {@code CANCELLED}), {@code error.kind} (the
 * {@link io.github.chameleon4j.error.ErrorKind} name, {@code none}, or {@code UNKNOWN} for a failure
 * that is no {@code ChameleonException}), {@code attempts} ({@code 0} to {@code 4}, then {@code 5+})
 * and {@code waited} (what the call waited longest for: {@code cooldown}, {@code pace},
 * {@code permit}, {@code backoff}, or {@code none}). The keys known only at the end are left out
 * at the start, so that the meters made while the call runs (the long-task timer, the event
 * counters) carry no placeholder values.
 * <p>
 * High-cardinality key values (span tags only): {@code chameleon.waited.<reason>}, the total time
 * waited for each reason that occurred (ISO-8601, e.g. {@code PT20S}), and {@code chameleon.retries}.
 */
public class DefaultChameleonCallObservationConvention implements ChameleonCallObservationConvention {

	/** The value of {@code outcome} for a call that succeeded. */
	public static final String SUCCESS = "SUCCESS";

	/** The value of {@code outcome} for a call that failed. */
	public static final String ERROR = "ERROR";

	/** The value of {@code outcome} for a call the caller cancelled. */
	public static final String CANCELLED = "CANCELLED";

	private static final String[] ATTEMPTS = { "0", "1", "2", "3", "4" };

	private final KeyValue client;

	/** Creates the convention for the default client name, {@code chameleon}. */
	public DefaultChameleonCallObservationConvention() {
		this("chameleon");
	}

	/**
	 * Creates the convention.
	 * @param clientName the {@code client} value ({@code chameleon.client-name})
	 */
	public DefaultChameleonCallObservationConvention(String clientName) {
		if (clientName == null || clientName.isBlank()) {
			throw new IllegalArgumentException("clientName must not be blank");
		}
		this.client = KeyValue.of(ChameleonMeters.CLIENT, clientName);
	}

	@Override
	public String getName() {
		return ChameleonMeters.CALL;
	}

	@Override
	public String getContextualName(ChameleonCallContext context) {
		CallDescriptor call = context.getCall();
		return "chameleon " + call.method().name() + " " + uri(call);
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ChameleonCallContext context) {
		CallDescriptor call = context.getCall();
		KeyValues values = KeyValues.of(this.client, KeyValue.of(ChameleonMeters.METHOD, call.method().name()),
				KeyValue.of(ChameleonMeters.URI, uri(call)));
		if (!context.isEnded()) {
			return values;
		}
		WaitReason longest = context.getLongestWait();
		return values.and(KeyValue.of(ChameleonMeters.OUTCOME, outcome(context)),
				KeyValue.of(ChameleonMeters.ERROR_KIND, errorKind(context)),
				KeyValue.of(ChameleonMeters.ATTEMPTS, attempts(context.getAttempts())),
				KeyValue.of(ChameleonMeters.WAITED, (longest != null) ? reason(longest) : ChameleonMeters.NONE));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(ChameleonCallContext context) {
		KeyValues values = KeyValues.empty();
		for (WaitReason reason : WaitReason.values()) {
			if (!context.getWaited(reason).isZero()) {
				values = values.and(ChameleonMeters.WAITED_PREFIX + reason(reason), context.getWaited(reason).toString());
			}
		}
		if (context.getRetries() > 0) {
			values = values.and(ChameleonMeters.RETRIES_KEY, Integer.toString(context.getRetries()));
		}
		return values;
	}

	/**
	 * The {@code outcome} value.
	 * @param context the ended call
	 * @return {@code SUCCESS}, {@code ERROR} or {@code CANCELLED}
	 */
	protected String outcome(ChameleonCallContext context) {
		if (context.isCancelled()) {
			return CANCELLED;
		}
		return (context.getError() != null) ? ERROR : SUCCESS;
	}

	/**
	 * The {@code error.kind} value.
	 * @param context the ended call
	 * @return the error kind name, {@code none} without an error, {@code UNKNOWN} for another failure
	 */
	protected String errorKind(ChameleonCallContext context) {
		Throwable error = context.getError();
		if (error == null) {
			return ChameleonMeters.NONE;
		}
		return (error instanceof ChameleonException chameleon && chameleon.kind() != null) ? chameleon.kind().name()
				: "UNKNOWN";
	}

	static String attempts(int attempts) {
		return (attempts >= 0 && attempts < ATTEMPTS.length) ? ATTEMPTS[attempts] : "5+";
	}

	static String reason(WaitReason reason) {
		return reason.name().toLowerCase(Locale.ROOT);
	}

	private static String uri(CallDescriptor call) {
		return ChameleonMetricsFilter.uriTag(call.uriTemplate(), null);
	}

}
