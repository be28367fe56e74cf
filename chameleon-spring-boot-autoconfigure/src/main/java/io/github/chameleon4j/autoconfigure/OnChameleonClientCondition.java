package io.github.chameleon4j.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The condition behind {@link ConditionalOnChameleonClient}. Blank values count as unset, as for the
 * webhook endpoint's own condition. A registered {@link ChameleonConnectionDetails} bean counts as a
 * configured account secret. The outcome never contains a secret: condition reports are printed
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
		if (connectionDetailsRegistered(context.getBeanFactory())) {
			return ConditionOutcome.match(message.because("a ChameleonConnectionDetails bean is registered"));
		}
		if (webhookEndpointConfigured(environment)) {
			return ConditionOutcome.noMatch(message.because(ACCOUNT_SECRET
					+ " is not set and chameleon.webhooks.secret is: a webhook-only application needs no client"));
		}
		return ConditionOutcome.match(message.because("neither " + ACCOUNT_SECRET
				+ " nor chameleon.webhooks.secret is set: the client is expected and will ask for its secret"));
	}

	/**
	 * Whether connection details were registered before the configuration classes are processed, as the
	 * emulator's test support does; definitions of other configuration classes are not visible yet.
	 */
	private static boolean connectionDetailsRegistered(@Nullable ConfigurableListableBeanFactory beanFactory) {
		return beanFactory != null
				&& beanFactory.getBeanNamesForType(ChameleonConnectionDetails.class, true, false).length > 0;
	}

	static boolean webhookEndpointConfigured(Environment environment) {
		return environment.getProperty("chameleon.webhooks.enabled", Boolean.class, true)
				&& StringUtils.hasText(environment.getProperty("chameleon.webhooks.secret"));
	}

}
