package io.github.chameleon4j.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
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

	@Override
	public void close() {
		this.factories.forEach(LettuceConnectionFactory::destroy);
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
