package io.github.chameleon4j.autoconfigure.webhook;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code chameleon.webhooks.secret} has text and {@code chameleon.webhooks.enabled} is
 * not {@code false}. A blank secret (e.g. {@code ${CHAMELEON_WEBHOOK_SECRET:}}) means "off", not an error.
 */
class OnWebhookSecretCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		if (!environment.getProperty("chameleon.webhooks.enabled", Boolean.class, true)) {
			return ConditionOutcome.noMatch("chameleon.webhooks.enabled is false");
		}
		if (!StringUtils.hasText(environment.getProperty("chameleon.webhooks.secret"))) {
			return ConditionOutcome.noMatch("chameleon.webhooks.secret is not set");
		}
		// Never put the value into the outcome: condition reports are printed in debug mode.
		return ConditionOutcome.match("chameleon.webhooks.secret is set");
	}

}
