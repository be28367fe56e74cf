package io.github.chameleon4j.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import reactor.test.publisher.TestPublisher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body reader's buffer handling: every buffer it is given is released whatever the outcome (read,
 * over the limit, failed, cancelled), multi-buffer bodies are joined in order, and its failures are the
 * ones it was given. The HTTP side (limits, decoding failures, timeouts on a real server) is covered by
 * {@code ResponseSizeLimitTests}, {@code TransportHardeningTests} and the resource tests.
 */
class BodyReaderTests {

	private final NettyDataBufferFactory buffers = new NettyDataBufferFactory(new UnpooledByteBufAllocator(false));

	private final List<ByteBuf> handedOut = new ArrayList<>();

	private static final BodyReader.Failures FAILURES = new BodyReader.Failures() {

		@Override
		public Throwable tooLarge() {
			return new IllegalStateException("too large");
		}

		@Override
		public Throwable undecodable(byte[] bytes, RuntimeException failure) {
			return new IllegalArgumentException("undecodable " + bytes.length + " bytes", failure);
		}

	};

	@Test
	void joinsBuffersInOrderAndReleasesThem() {
		Flux<DataBuffer> body = Flux.just(buffer("{\"a\":"), buffer("1,"), buffer("\"b\":2}"));
		StepVerifier.create(new BodyReader<>(body, 1024, (bytes) -> new String(bytes, StandardCharsets.UTF_8), FAILURES))
			.expectNext("{\"a\":1,\"b\":2}")
			.verifyComplete();
		assertAllReleased();
	}

	@Test
	void noBodyIsAnEmptyArray() {
		StepVerifier.create(new BodyReader<>(Flux.empty(), 1024, (bytes) -> bytes.length, FAILURES))
			.expectNext(0)
			.verifyComplete();
	}

	@Test
	void aDecoderThatReturnsNullCompletesEmpty() {
		StepVerifier.create(new BodyReader<>(Flux.just(buffer("{}")), 1024, (bytes) -> null, FAILURES)).verifyComplete();
		assertAllReleased();
	}

	@Test
	void overTheLimitCancelsTheBodyReleasesEverythingAndFails() {
		TestPublisher<DataBuffer> body = TestPublisher.createNoncompliant(TestPublisher.Violation.CLEANUP_ON_TERMINATE);
		StepVerifier.create(new BodyReader<>(body.flux(), 10, (bytes) -> bytes.length, FAILURES))
			.then(() -> body.next(buffer("123456"), buffer("7890ab")))
			.expectErrorMessage("too large")
			.verify();
		body.assertCancelled();
		// a buffer that still arrives after the failure is released too
		body.next(buffer("late"));
		assertAllReleased();
	}

	@Test
	void exactlyAtTheLimitIsRead() {
		StepVerifier.create(new BodyReader<>(Flux.just(buffer("12345"), buffer("67890")), 10, (bytes) -> bytes.length,
				FAILURES))
			.expectNext(10)
			.verifyComplete();
		assertAllReleased();
	}

	@Test
	void aDecoderFailureGetsTheBytes() {
		StepVerifier.create(new BodyReader<>(Flux.just(buffer("not json")), 1024, (bytes) -> {
			throw new IllegalStateException("bad");
		}, FAILURES))
			.expectErrorSatisfies((ex) -> assertThat(ex).hasMessage("undecodable 8 bytes")
				.hasCauseInstanceOf(IllegalStateException.class))
			.verify();
		assertAllReleased();
	}

	@Test
	void aFailedBodyReleasesWhatWasGathered() {
		Flux<DataBuffer> body = Flux.concat(Flux.just(buffer("partial")),
				Flux.error(new java.io.IOException("connection reset")));
		StepVerifier.create(new BodyReader<>(body, 1024, (bytes) -> bytes.length, FAILURES))
			.expectErrorMessage("connection reset")
			.verify();
		assertAllReleased();
	}

	@Test
	void cancellingReleasesWhatWasGatheredAndCancelsTheBody() {
		TestPublisher<DataBuffer> body = TestPublisher.create();
		StepVerifier.create(new BodyReader<>(body.flux(), 1024, (bytes) -> bytes.length, FAILURES))
			.then(() -> body.next(buffer("first"), buffer("second")))
			.thenCancel()
			.verify();
		body.assertCancelled();
		assertAllReleased();
	}

	@Test
	void nothingIsRequestedBeforeTheSubscriberAsks() {
		TestPublisher<DataBuffer> body = TestPublisher.create();
		StepVerifier.create(new BodyReader<>(body.flux(), 1024, (bytes) -> bytes.length, FAILURES), 0)
			.then(() -> body.assertMinRequested(0).assertMaxRequested(0))
			.thenRequest(1)
			.then(() -> body.assertMinRequested(1))
			.then(() -> body.next(buffer("abc")).complete())
			.expectNext(3)
			.verifyComplete();
		assertAllReleased();
	}

	private DataBuffer buffer(String text) {
		NettyDataBuffer buffer = (NettyDataBuffer) this.buffers.wrap(text.getBytes(StandardCharsets.UTF_8));
		this.handedOut.add(buffer.getNativeBuffer());
		return buffer;
	}

	private void assertAllReleased() {
		assertThat(this.handedOut).isNotEmpty().allSatisfy((buffer) -> assertThat(buffer.refCnt()).isZero());
	}

}
