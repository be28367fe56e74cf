package io.github.chameleon4j.client;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.chameleon4j.client.KeepAliveServer.Mode;
import io.github.chameleon4j.error.ChameleonException;
import io.github.chameleon4j.error.ChameleonTransportException;
import io.github.chameleon4j.model.TrackedEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The client's own Reactor Netty pool against a server that keeps connections alive, resets a
 * connection it forgot, or closes one between requests: {@code maxIdleTime} decides whether an idle
 * connection is used again, and a POST on a dropped connection is never lost without a word nor
 * sent twice.
 * <p>
 * Reactor Netty counts idle time in whole milliseconds, so a limit under one millisecond makes every
 * idle connection too old, whatever the timing: the tests need no clock.
 */
class ConnectionPoolTests {

	private static final String BODY = "{\"tour\":{\"id\":\"t1\"},\"event\":{\"id\":\"e1\"}}";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Duration EVERY_IDLE_CONNECTION = Duration.ofNanos(1);

	private KeepAliveServer server;

	@AfterEach
	void stop() throws IOException {
		if (this.server != null) {
			this.server.close();
		}
	}

	private ChameleonOperationsBuilder client(Mode mode) throws IOException {
		this.server = new KeepAliveServer(mode, BODY);
		// one connection, so that each call must wait for the previous one's to come back to the pool
		return ChameleonOperations.builder().baseUrl(this.server.baseUrl()).accountSecret("pool-secret").maxConnections(1);
	}

	@Test
	void aConnectionIdleForLessThanTheMaxIdleTimeIsUsedAgain() throws IOException {
		try (ChameleonOperations chameleon = client(Mode.KEEP_ALIVE).maxIdleTime(Duration.ofHours(1)).build()) {
			for (int i = 0; i < 3; i++) {
				assertThat(chameleon.tours().get("t1").block(TIMEOUT).id()).isEqualTo("t1");
			}
		}
		assertThat(this.server.received()).hasSize(3);
		assertThat(this.server.connections()).isEqualTo(1);
	}

	@Test
	void aConnectionIdleForTheMaxIdleTimeIsNotUsedAgain() throws IOException {
		try (ChameleonOperations chameleon = client(Mode.KEEP_ALIVE).maxIdleTime(EVERY_IDLE_CONNECTION).build()) {
			for (int i = 0; i < 3; i++) {
				assertThat(chameleon.tours().get("t1").block(TIMEOUT).id()).isEqualTo("t1");
			}
		}
		assertThat(this.server.connections()).isEqualTo(3);
	}

	@Test
	void aPostOnAConnectionTheServerForgotFailsSayingItMayHaveBeenApplied() throws IOException {
		try (ChameleonOperations chameleon = client(Mode.RESET_SECOND_REQUEST).maxIdleTime(Duration.ofHours(1)).build()) {
			assertThat(chameleon.tours().get("t1").block(TIMEOUT).id()).isEqualTo("t1");
			ChameleonException failure = catchThrowableOfType(ChameleonException.class,
					() -> chameleon.hooks().track(TrackedEvent.forUid("u1").named("Invoice paid")).block(TIMEOUT));
			assertThat(failure).isInstanceOf(ChameleonTransportException.class);
			assertThat(failure.mayHaveBeenApplied()).isTrue();
		}
		// sent once, on the reused connection: neither Reactor Netty nor the policy repeats it
		assertThat(this.server.received()).extracting(KeepAliveServer.Received::connection).containsExactly(1, 1);
		assertThat(this.server.received().get(1).requestLine()).startsWith("POST /v3/observe/hooks/events");
	}

	@Test
	void theMaxIdleTimeKeepsAPostOffAConnectionIdleForIt() throws IOException {
		try (ChameleonOperations chameleon = client(Mode.RESET_SECOND_REQUEST).maxIdleTime(EVERY_IDLE_CONNECTION).build()) {
			assertThat(chameleon.tours().get("t1").block(TIMEOUT).id()).isEqualTo("t1");
			assertThat(chameleon.hooks().track(TrackedEvent.forUid("u1").named("Invoice paid")).block(TIMEOUT).id())
				.isEqualTo("e1");
		}
		assertThat(this.server.received()).extracting(KeepAliveServer.Received::connection).containsExactly(1, 2);
	}

	@Test
	void aPostRacingTheServersCloseIsNeverLostWithoutAWordNorSentTwice() throws IOException {
		// the server closes each connection right after its first response, as a balancer whose idle
		// timeout fires: if the pool sees the close first, the event goes on a new connection; if the
		// request is already written when the close arrives, Reactor Netty does not repeat it (it retries
		// only a request it could not start writing) and the caller is told it may have been applied
		try (ChameleonOperations chameleon = client(Mode.CLOSE_AFTER_RESPONSE).maxIdleTime(Duration.ofHours(1)).build()) {
			assertThat(chameleon.tours().get("t1").block(TIMEOUT).id()).isEqualTo("t1");
			try {
				assertThat(chameleon.hooks().track(TrackedEvent.forUid("u1").named("Invoice paid")).block(TIMEOUT).id())
					.isEqualTo("e1");
				assertThat(this.server.received()).extracting(KeepAliveServer.Received::connection).containsExactly(1, 2);
			}
			catch (ChameleonTransportException ex) {
				assertThat(ex.mayHaveBeenApplied()).isTrue();
				assertThat(this.server.connections()).isEqualTo(1);
			}
		}
	}

	@Test
	void invalidTransportSettingsFailAtBuildNamingTheSetting() {
		ChameleonOperationsBuilder builder = ChameleonOperations.builder().accountSecret("pool-secret");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.maxIdleTime(Duration.ZERO).build())
			.withMessageContaining("maxIdleTime");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChameleonOperations.builder().accountSecret("s").readTimeout(Duration.ofSeconds(-1)).build())
			.withMessageContaining("readTimeout");
		assertThatIllegalArgumentException().isThrownBy(() -> ChameleonOperations.builder().connectTimeout(null))
			.withMessageContaining("connectTimeout");
		assertThatIllegalArgumentException().isThrownBy(() -> ChameleonOperations.builder().sslBundle(null))
			.withMessageContaining("sslBundle");
	}

}
