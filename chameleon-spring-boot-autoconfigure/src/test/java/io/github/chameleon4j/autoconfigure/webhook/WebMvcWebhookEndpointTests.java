package io.github.chameleon4j.autoconfigure.webhook;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The webhook endpoint in a Spring MVC application on Tomcat. */
@SpringBootTest(classes = WebMvcWebhookEndpointTests.WebMvcApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "server.address=127.0.0.1",
				"chameleon.webhooks.secret=" + io.github.chameleon4j.webhook.SignedWebhooks.SECRET,
				"chameleon.webhooks.path=" + AbstractWebhookEndpointTests.PATH, "chameleon.webhooks.max-body-size=4KB",
				"logging.level.io.github.chameleon4j=trace" })
class WebMvcWebhookEndpointTests extends AbstractWebhookEndpointTests {

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
			ChameleonWebhookAutoConfiguration.class })
	@Import(WebhookTestBeans.class)
	static class WebMvcApplication {

	}

}
