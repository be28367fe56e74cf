package io.github.chameleon4j.autoconfigure.webhook;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webflux.autoconfigure.HttpHandlerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The webhook endpoint in a WebFlux application on Reactor Netty. */
@SpringBootTest(classes = WebFluxWebhookEndpointTests.WebFluxApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "server.address=127.0.0.1",
				"chameleon.webhooks.secret=" + io.github.chameleon4j.webhook.SignedWebhooks.SECRET,
				"chameleon.webhooks.path=" + AbstractWebhookEndpointTests.PATH, "chameleon.webhooks.max-body-size=4KB",
				"logging.level.io.github.chameleon4j=trace" })
class WebFluxWebhookEndpointTests extends AbstractWebhookEndpointTests {

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ NettyReactiveWebServerAutoConfiguration.class, HttpHandlerAutoConfiguration.class,
			WebFluxAutoConfiguration.class, CodecsAutoConfiguration.class, ChameleonWebhookAutoConfiguration.class })
	@Import(WebhookTestBeans.class)
	static class WebFluxApplication {

	}

}
