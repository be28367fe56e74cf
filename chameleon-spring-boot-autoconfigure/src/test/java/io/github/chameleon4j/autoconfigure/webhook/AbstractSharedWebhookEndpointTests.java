package io.github.chameleon4j.autoconfigure.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.chameleon4j.autoconfigure.shared.ChameleonSharedCoordinationAutoConfiguration;
import io.github.chameleon4j.shared.RedisTestServer;
import io.github.chameleon4j.webhook.SignedWebhooks;
import io.github.chameleon4j.webhook.WebhookHeaders;
import io.github.chameleon4j.webhook.event.ChameleonWebhookEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import static io.github.chameleon4j.webhook.SignedWebhooks.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of a consumer application (each its own context, web server on 127.0.0.1 and Redis
 * connection, as Boot configures them) behind one Chameleon account, with
 * {@code chameleon.resilience.shared.enabled=true} on a real {@code redis-server}. Subclasses choose
 * the web stack.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractSharedWebhookEndpointTests {

	private static final String PATH = "/hooks/chameleon";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private RedisTestServer redis;

	private ConfigurableApplicationContext replicaA;

	private ConfigurableApplicationContext replicaB;

	/** The web stack's auto-configurations. */
	abstract Class<?> webStack();

	/** {@code servlet} or {@code reactive}. */
	abstract String webApplicationType();

	@BeforeAll
	void startReplicas() {
		this.redis = RedisTestServer.start();
		this.replicaA = replica();
		this.replicaB = replica();
	}

	@AfterAll
	void stopReplicas() {
		for (ConfigurableApplicationContext replica : new ConfigurableApplicationContext[] { this.replicaA,
				this.replicaB }) {
			if (replica != null) {
				replica.close();
			}
		}
		this.redis.close();
	}

	@BeforeEach
	void resetListeners() {
		listener(this.replicaA).reset();
		listener(this.replicaB).reset();
	}

	private ConfigurableApplicationContext replica() {
		return new SpringApplicationBuilder(ReplicaBeans.class, webStack())
			.properties("spring.main.web-application-type=" + webApplicationType(), "server.port=0",
					"server.address=127.0.0.1", "spring.main.banner-mode=off", "spring.data.redis.host=127.0.0.1",
					"spring.data.redis.port=" + this.redis.port(), "chameleon.resilience.shared.enabled=true",
					"chameleon.resilience.shared.key=shop-eu", "chameleon.webhooks.secret=" + SignedWebhooks.SECRET,
					"chameleon.webhooks.path=" + PATH)
			.run();
	}

	@Test
	void aWebhookRetriedToTheOtherReplicaIsAcknowledgedAsADuplicateAndPublishedOnce() throws Exception {
		HttpResponse<String> first = post(this.replicaA, "shared-1");
		HttpResponse<String> retry = post(this.replicaB, "shared-1");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(retry.body()).isEqualTo("{\"status\":\"duplicate\"}");
		assertThat(listener(this.replicaA).ids).containsExactly("shared-1");
		assertThat(listener(this.replicaB).ids).isEmpty();
	}

	@Test
	void whenTheListenerFailsOnOneReplicaTheRetryIsPublishedOnTheOther() throws Exception {
		listener(this.replicaA).failing.set(true);

		HttpResponse<String> first = post(this.replicaA, "shared-2");
		HttpResponse<String> retry = post(this.replicaB, "shared-2");
		HttpResponse<String> again = post(this.replicaA, "shared-2");

		assertThat(first.statusCode()).isEqualTo(500);
		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(retry.body()).isEqualTo("{\"status\":\"accepted\"}");
		assertThat(again.body()).isEqualTo("{\"status\":\"duplicate\"}");
		assertThat(listener(this.replicaB).ids).containsExactly("shared-2");
	}

	@Test
	void aDeliveryToTheOtherReplicaWhileTheListenerStillRunsIsAnswered409SoThatChameleonRetriesIt() throws Exception {
		ReplicaListener a = listener(this.replicaA);
		a.hold = new CountDownLatch(1);
		CompletableFuture<HttpResponse<String>> first = this.http.sendAsync(request(this.replicaA, "shared-3"),
				HttpResponse.BodyHandlers.ofString());
		await(a.entered);

		HttpResponse<String> concurrent = post(this.replicaB, "shared-3");
		a.hold.countDown();

		assertThat(concurrent.statusCode()).isEqualTo(409);
		assertThat(concurrent.body()).isEqualTo("{\"status\":\"in_progress\"}");
		assertThat(first.get().statusCode()).isEqualTo(200);
		assertThat(post(this.replicaB, "shared-3").body()).isEqualTo("{\"status\":\"duplicate\"}");
		assertThat(a.ids).containsExactly("shared-3");
		assertThat(listener(this.replicaB).ids).isEmpty();
	}

	@Test
	void whileRedisIsStoppedNoWebhookFailsAndEachReplicaPublishesAnIdOnceThenSharingResumes() throws Exception {
		this.redis.stop();
		try {
			assertThat(post(this.replicaA, "outage-1").body()).isEqualTo("{\"status\":\"accepted\"}");
			assertThat(post(this.replicaA, "outage-1").body()).isEqualTo("{\"status\":\"duplicate\"}");
			// without Redis, B cannot know what A did: it publishes the retry once too
			assertThat(post(this.replicaB, "outage-1").body()).isEqualTo("{\"status\":\"accepted\"}");
			assertThat(post(this.replicaB, "outage-1").body()).isEqualTo("{\"status\":\"duplicate\"}");
		}
		finally {
			this.redis.startServer();
			awaitRedis(this.replicaA);
			awaitRedis(this.replicaB);
		}

		assertThat(post(this.replicaA, "outage-2").body()).isEqualTo("{\"status\":\"accepted\"}");
		assertThat(post(this.replicaB, "outage-2").body()).isEqualTo("{\"status\":\"duplicate\"}");
		assertThat(listener(this.replicaA).ids).containsExactly("outage-1", "outage-2");
		assertThat(listener(this.replicaB).ids).containsExactly("outage-1");
	}

	private static ReplicaListener listener(ConfigurableApplicationContext replica) {
		return replica.getBean(ReplicaListener.class);
	}

	/** Until the replica's Redis connection is back: a command sent while disconnected runs on reconnect. */
	private static void awaitRedis(ConfigurableApplicationContext replica) {
		new ReactiveStringRedisTemplate(replica.getBean(ReactiveRedisConnectionFactory.class)).hasKey("probe")
			.block(Duration.ofSeconds(30));
	}

	private HttpResponse<String> post(ConfigurableApplicationContext replica, String id) throws Exception {
		return this.http.send(request(replica, id), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest request(ConfigurableApplicationContext replica, String id) {
		int port = ((WebServerApplicationContext) replica).getWebServer().getPort();
		byte[] body = SignedWebhooks.ping(id, NOW);
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header(WebhookHeaders.SIGNATURE, SignedWebhooks.sign(body))
			.header(WebhookHeaders.ID, id)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	private static void await(CountDownLatch latch) throws InterruptedException {
		// a bound for a broken build only, not a timing assertion
		assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
	}

	/** The application's own beans: a fixed clock and a listener the test steers. */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataRedisAutoConfiguration.class, DataRedisReactiveAutoConfiguration.class,
			ChameleonSharedCoordinationAutoConfiguration.class, ChameleonWebhookAutoConfiguration.class })
	static class ReplicaBeans {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

		@Bean
		ReplicaListener replicaListener() {
			return new ReplicaListener();
		}

	}

	/** Records the ids it is given; fails while {@code failing}, waits for {@code hold} when set. */
	static final class ReplicaListener {

		final List<String> ids = new CopyOnWriteArrayList<>();

		final AtomicBoolean failing = new AtomicBoolean();

		volatile CountDownLatch entered = new CountDownLatch(1);

		volatile CountDownLatch hold = new CountDownLatch(0);

		@EventListener
		void on(ChameleonWebhookEvent event) throws InterruptedException {
			this.entered.countDown();
			AbstractSharedWebhookEndpointTests.await(this.hold);
			if (this.failing.get()) {
				throw new IllegalStateException("database down");
			}
			this.ids.add(event.id());
		}

		void reset() {
			this.ids.clear();
			this.failing.set(false);
			this.hold = new CountDownLatch(0);
			this.entered = new CountDownLatch(1);
		}

	}

}
