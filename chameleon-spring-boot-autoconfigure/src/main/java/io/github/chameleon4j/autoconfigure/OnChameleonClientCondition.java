package io.github.chameleon4j.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The condition behind {@link ConditionalOnChameleonClient}. Blank values count as unset, as for the
 * webhook endpoint's own condition. The outcome never contains a secret: condition reports are printed
 * in debug mode.
 */
class OnChameleonClientCondition extends SpringBootCondition {

	static final String ACCOUNT_SECRET = "chameleon.account-secret";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnChameleonClient.class);
		if (StringUtils.hasText(environment.getProperty(ACCOUNT_SECRET))) {
			return ConditionOutcome.match(message.because(ACCOUNT_SECRET + " is set"));
		}
		if (webhookEndpointConfigured(environment)) {
			return ConditionOutcome.noMatch(message.because(ACCOUNT_SECRET
					+ " is not set and chameleon.webhooks.secret is: a webhook-only application needs no client"));
		}
		return ConditionOutcome.match(message.because("neither " + ACCOUNT_SECRET
				+ " nor chameleon.webhooks.secret is set: the client is expected and will ask for its secret"));
	}

	static boolean webhookEndpointConfigured(Environment environment) {
		return environment.getProperty("chameleon.webhooks.enabled", Boolean.class, true)
				&& StringUtils.hasText(environment.getProperty("chameleon.webhooks.secret"));
	}

}
