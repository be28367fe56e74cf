package io.github.chameleon4j.autoconfigure.webhook;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.HttpHandlerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** Two WebFlux replicas on Reactor Netty sharing webhook de-duplication through Redis. */
class WebFluxSharedWebhookEndpointTests extends AbstractSharedWebhookEndpointTests {

	@Override
	Class<?> webStack() {
		return WebFluxStack.class;
	}

	@Override
	String webApplicationType() {
		return "reactive";
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ NettyReactiveWebServerAutoConfiguration.class, HttpHandlerAutoConfiguration.class,
			WebFluxAutoConfiguration.class, CodecsAutoConfiguration.class })
	static class WebFluxStack {

	}

}
