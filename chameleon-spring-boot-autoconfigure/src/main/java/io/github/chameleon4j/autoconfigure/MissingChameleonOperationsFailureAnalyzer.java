package io.github.chameleon4j.autoconfigure;

import io.github.chameleon4j.client.ChameleonOperations;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Explains a missing {@code ChameleonOperations} bean in a webhook-only application (see
 * {@link ConditionalOnChameleonClient}): something injects the client, but only
 * {@code chameleon.webhooks.secret} is set. Ordered before Boot's generic analysis of missing beans;
 * when the account secret is set, the bean is missing for another reason and Boot's report, which
 * lists the conditions, is the better one.
 */
class MissingChameleonOperationsFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException>
		implements Ordered {

	private final Environment environment;

	MissingChameleonOperationsFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
		ResolvableType type = cause.getResolvableType();
		if (type == null || type.resolve() != ChameleonOperations.class
				|| StringUtils.hasText(this.environment.getProperty(OnChameleonClientCondition.ACCOUNT_SECRET))
				|| !OnChameleonClientCondition.webhookEndpointConfigured(this.environment)) {
			return null;
		}
		return new FailureAnalysis("The Chameleon client (ChameleonOperations) is needed, but no account secret is"
				+ " configured. Only chameleon.webhooks.secret is set, so the starter configured the webhook endpoint"
				+ " alone.", MissingAccountSecretFailureAnalyzer.ACTION
						+ " An application that only receives webhooks must not inject ChameleonOperations.",
				cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
