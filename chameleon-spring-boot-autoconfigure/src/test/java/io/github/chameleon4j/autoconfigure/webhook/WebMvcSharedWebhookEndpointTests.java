package io.github.chameleon4j.autoconfigure.webhook;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** Two Spring MVC replicas on Tomcat sharing webhook de-duplication through Redis. */
class WebMvcSharedWebhookEndpointTests extends AbstractSharedWebhookEndpointTests {

	@Override
	Class<?> webStack() {
		return WebMvcStack.class;
	}

	@Override
	String webApplicationType() {
		return "servlet";
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class })
	static class WebMvcStack {

	}

}
