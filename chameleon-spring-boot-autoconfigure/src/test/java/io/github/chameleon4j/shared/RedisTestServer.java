package io.github.chameleon4j.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import redis.embedded.RedisServer;

/**
 * A real {@code redis-server} (the binaries packaged by embedded-redis) on 127.0.0.1 and a random
 * free port, without persistence, that a test can stop and start again on the same port.
 */
public final class RedisTestServer implements AutoCloseable {

	private final int port;

	private final Path dir;

	private final List<LettuceConnectionFactory> factories = new ArrayList<>();

	private final List<ClientResources> resources = new ArrayList<>();

	private RedisServer server;

	private RedisTestServer(int port, Path dir) {
		this.port = port;
		this.dir = dir;
	}

	/**
	 * Starts a server.
	 * @return the running server
	 */
	public static RedisTestServer start() {
		try {
			RedisTestServer redis = new RedisTestServer(freePort(), Files.createTempDirectory("redis-test"));
			redis.startServer();
			return redis;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return this.port;
	}

	/** Starts the server again (after {@link #stop()}) on the same port. */
	public void startServer() {
		try {
			this.server = RedisServer.newRedisServer()
				.bind("127.0.0.1")
				.port(this.port)
				.setting("save \"\"")
				.setting("appendonly no")
				.setting("dir " + this.dir)
				.build();
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops the server; clients see it unreachable until {@link #startServer()}. */
	public void stop() {
		try {
			this.server.stop();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A new connection (one per simulated replica).
	 * @return a started connection factory, closed with the server
	 */
	public LettuceConnectionFactory connectionFactory() {
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", this.port));
		factory.afterPropertiesSet();
		factory.start();
		this.factories.add(factory);
		return factory;
	}

	/**
	 * A template on a new connection.
	 * @return the template
	 */
	public ReactiveStringRedisTemplate template() {
		return new ReactiveStringRedisTemplate(connectionFactory());
	}

	/**
	 * A template on a new connection that fails a command at once while disconnected (rather than
	 * queueing it until the connection is back) and reconnects every 20 ms: an outage is then seen
	 * without waiting for a timeout, and the return of the server soon after it is back.
	 * @return the template
	 */
	public ReactiveStringRedisTemplate rejectingTemplate() {
		ClientResources clientResources = ClientResources.builder()
			.reconnectDelay(Delay.constant(Duration.ofMillis(20)))
			.build();
		this.resources.add(clientResources);
		LettuceClientConfiguration client = LettuceClientConfiguration.builder()
			.clientOptions(ClientOptions.builder()
				.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
				.build())
			.clientResources(clientResources)
			.build();
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", this.port), client);
		factory.afterPropertiesSet();
		factory.start();
		this.factories.add(factory);
		return new ReactiveStringRedisTemplate(factory);
	}

	@Override
	public void close() {
		this.factories.forEach(LettuceConnectionFactory::destroy);
		this.resources.forEach(ClientResources::shutdown);
		try {
			this.server.stop();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
