package io.github.chameleon4j.client;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.github.chameleon4j.client.blocking.BlockingChameleonOperations;
import io.github.chameleon4j.error.ChameleonDeadlineExceededException;
import io.github.chameleon4j.error.ChameleonNotFoundException;
import io.github.chameleon4j.model.AlertGroup;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.client.sync.SyncResult;
import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.model.TourInteraction;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import io.github.chameleon4j.model.ActivityQuery;
import io.github.chameleon4j.model.PageRequest;

/**
 * {@link ChameleonOperations#blocking()} against a loopback server: plain results, lazy paginated
 * streams, downloads as input streams, the client's own exceptions, calls bounded by their deadline, and a
 * clear refusal on a non-blocking thread.
 */
class BlockingOperationsTests extends WireMockTestSupport {

	static final String PROFILE = "{ \"profile\": { \"id\": \"p1\", \"uid\": \"u-4410\", \"email\": \"ana@example.org\" } }";

	static final String INTERACTIONS = "/v3/analyze/interactions?id=t1&limit=2";

	@Test
	void aCallReturnsItsResultInsteadOfAMono() {
		server.stubFor(get(urlEqualTo("/v3/analyze/profile?uid=u-4410")).willReturn(okJson(PROFILE)));
		Profile profile = this.chameleon.blocking().profiles().getByUid("u-4410");
		assertThat(profile.id()).isEqualTo("p1");
		assertThat(profile.email()).isEqualTo("ana@example.org");
	}

	@Test
	void aOneResponseListIsAListAndAMonoVoidIsVoid() {
		server.stubFor(get(urlEqualTo("/v3/edit/alert_groups"))
			.willReturn(okJson("{ \"alert_groups\": [ {\"id\": \"ag1\"}, {\"id\": \"ag2\"} ] }")));
		server.stubFor(delete(urlEqualTo("/v3/edit/deliveries/d1")).willReturn(aResponse().withStatus(204)));
		List<AlertGroup> groups = this.chameleon.blocking().alertGroups().list();
		assertThat(groups).extracting(AlertGroup::id).containsExactly("ag1", "ag2");
		this.chameleon.blocking().deliveries().delete("d1");
		assertThat(requests()).extracting(LoggedRequest::getUrl).contains("/v3/edit/deliveries/d1");
	}

	@Test
	void aPaginatedListIsAStreamThatFetchesTheNextPageOnlyWhenReadToTheEndOfTheCurrentOne() {
		page("", "{ \"interactions\": [ {\"id\": \"i4\"}, {\"id\": \"i3\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i3\" } }");
		page("&before=i3", "{ \"interactions\": [ {\"id\": \"i2\"}, {\"id\": \"i1\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i1\" } }");
		page("&before=i1", "{ \"interactions\": [] }");
		AtomicInteger sent = new AtomicInteger();
		try (ChameleonOperations counting = countingClient(sent);
				Stream<TourInteraction> walk = counting.blocking().interactions().listAll(query())) {
			// the call requests the first page; reading the last item of a page requests the next
			assertThat(sent).as("requests before the stream is read").hasValueLessThanOrEqualTo(1);
			Iterator<TourInteraction> items = walk.iterator();
			assertThat(items.next().id()).isEqualTo("i4");
			assertThat(sent).as("requests while the first page is read").hasValue(1);
			assertThat(items.next().id()).isEqualTo("i3");
			assertThat(items.next().id()).isEqualTo("i2");
			assertThat(sent).as("requests while the second page is read").hasValue(2);
		}
	}

	@Test
	void closingAPaginatedStreamStopsTheWalk() {
		page("", "{ \"interactions\": [ {\"id\": \"i4\"}, {\"id\": \"i3\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i3\" } }");
		page("&before=i3", "{ \"interactions\": [ {\"id\": \"i2\"}, {\"id\": \"i1\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i1\" } }");
		page("&before=i1", "{ \"interactions\": [] }");
		AtomicInteger sent = new AtomicInteger();
		try (ChameleonOperations counting = countingClient(sent)) {
			Stream<TourInteraction> walk = counting.blocking().interactions().listAll(query());
			assertThat(walk.limit(1).map(TourInteraction::id).toList()).containsExactly("i4");
			walk.close();
			assertThat(sent).hasValue(1);
			// and a whole walk reads every page, once
			try (Stream<TourInteraction> whole = counting.blocking().interactions().listAll(query())) {
				assertThat(whole.map(TourInteraction::id)).containsExactly("i4", "i3", "i2", "i1");
			}
			assertThat(sent).hasValue(4);
		}
	}

	@Test
	void aBulkSyncIsAStreamOfOneResultPerItem() {
		server.stubFor(post(urlEqualTo("/v3/observe/hooks/profiles/batch")).willReturn(aResponse().withStatus(202)
			.withHeader("Content-Type", "application/json").withBody("{\"batch\":{\"id\":\"660cf6071829300102030e02\"}}")));
		try (Stream<SyncResult<ProfileTraits>> results = this.chameleon.blocking().profiles()
			.sync(Flux.just(ProfileTraits.forUid("u-1"), ProfileTraits.forUid("u-2"), ProfileTraits.forUid("u-3")))) {
			assertThat(results.toList()).hasSize(3).allSatisfy((result) -> assertThat(result.isAccepted()).isTrue())
				.extracting((result) -> result.item().toBody().get("uid")).containsExactly("u-1", "u-2", "u-3");
		}
		assertThat(server.findAll(com.github.tomakehurst.wiremock.client.WireMock
			.postRequestedFor(urlEqualTo("/v3/observe/hooks/profiles/batch")))).hasSize(1);
	}

	@Test
	void aDownloadIsAnInputStream() throws Exception {
		server.stubFor(get(urlEqualTo("/v3/edit/imports/i1.csv"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv").withBody("uid,plan\nu1,pro\n")));
		try (InputStream csv = this.chameleon.blocking().imports().download("i1")) {
			assertThat(new String(csv.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("uid,plan\nu1,pro\n");
		}
	}

	@Test
	void failuresAreTheClientsTypedExceptionsAndInvalidArgumentsFailBeforeSending() {
		server.stubFor(get(urlEqualTo("/v3/analyze/profiles/nobody")).willReturn(notFound()));
		BlockingChameleonOperations blocking = this.chameleon.blocking();
		assertThat(catchThrowable(() -> blocking.profiles().get("nobody"))).isInstanceOf(ChameleonNotFoundException.class);
		assertThatIllegalArgumentException().isThrownBy(() -> blocking.profiles().get(" ")).withMessageContaining("id");
		assertThat(requests()).hasSize(1);
	}

	@Test
	void aLateCallEndsWithTheClientsOwnDeadlineExceptionAtTheConfiguredDeadline() {
		server.stubFor(any(anyUrl()).willReturn(okJson(PROFILE).withFixedDelay(1_500)));
		try (ChameleonOperations client = ChameleonOperations.builder().baseUrl(server.baseUrl()).accountSecret(SECRET)
			.resilience((r) -> r.deadline(Duration.ofMillis(300)))
			.build()) {
			ChameleonDeadlineExceededException ex = catchThrowableOfType(ChameleonDeadlineExceededException.class,
					() -> client.blocking().profiles().get("p1"));
			assertThat(ex.deadline()).isEqualTo(Duration.ofMillis(300));
		}
	}

	@Test
	void withDeadlineOnEitherSideGivesEachCallThatDeadline() {
		server.stubFor(any(anyUrl()).willReturn(okJson(PROFILE).withFixedDelay(1_500)));
		try (ChameleonOperations client = ChameleonOperations.builder().baseUrl(server.baseUrl()).accountSecret(SECRET)
			.build()) {
			Duration deadline = Duration.ofMillis(250);
			ChameleonDeadlineExceededException viaReactive = catchThrowableOfType(ChameleonDeadlineExceededException.class,
					() -> client.withDeadline(deadline).blocking().profiles().get("p1"));
			ChameleonDeadlineExceededException viaBlocking = catchThrowableOfType(ChameleonDeadlineExceededException.class,
					() -> client.blocking().withDeadline(deadline).profiles().get("p1"));
			assertThat(viaReactive.deadline()).isEqualTo(deadline);
			assertThat(viaBlocking.deadline()).isEqualTo(deadline);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> this.chameleon.blocking().withDeadline(Duration.ZERO))
			.withMessageContaining("deadline");
	}

	@Test
	void aCallWhosePolicyEnforcesNoDeadlineIsStillWaitedForAtMostItsDeadlineAndAGrace() {
		// the direct policy sends once and never times a call out: the blocking wait is what bounds it
		server.stubFor(any(anyUrl()).willReturn(okJson(PROFILE).withFixedDelay(2_500)));
		Throwable ex = catchThrowable(() -> this.chameleon.blocking().withDeadline(Duration.ofMillis(100)).profiles().get("p1"));
		assertThat(ex).isInstanceOf(IllegalStateException.class).hasMessageContaining("Timeout on blocking read");
	}

	@Test
	void onANonBlockingThreadACallFailsNamingTheThreadBeforeAnythingIsSent() {
		server.stubFor(get(urlEqualTo("/v3/analyze/profiles/p1")).willReturn(okJson(PROFILE)));
		AtomicInteger sent = new AtomicInteger();
		try (ChameleonOperations counting = countingClient(sent)) {
			BlockingChameleonOperations blocking = counting.blocking();
			Throwable onParallel = catchThrowable(() -> Mono.fromCallable(() -> blocking.profiles().get("p1"))
				.subscribeOn(Schedulers.parallel())
				.block(TIMEOUT));
			assertThat(onParallel).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("BlockingProfileOperations.get")
				.hasMessageContaining("non-blocking thread 'parallel-")
				.hasMessageContaining("reactive ChameleonOperations");
			assertThat(sent).as("requests sent from the parallel thread").hasValue(0);
			// inside a reactive chain, on the client's own event loop
			Throwable onEventLoop = catchThrowable(() -> counting.profiles().get("p1")
				.map((profile) -> blocking.profiles().get(profile.id()))
				.block(TIMEOUT));
			assertThat(onEventLoop).isInstanceOf(IllegalStateException.class).hasMessageContaining("non-blocking thread");
			assertThat(sent).as("only the reactive call was sent").hasValue(1);
		}
	}

	@Test
	void theViewNamesTheBaseUrlNeverTheSecret() {
		assertThat(this.chameleon.blocking()).hasToString("BlockingChameleonOperations[baseUrl=" + server.baseUrl() + "]");
		assertThat(this.chameleon.blocking().toString()).doesNotContain(SECRET);
	}

	private static ActivityQuery query() {
		return ActivityQuery.of("t1").page(PageRequest.ofSize(2));
	}

	private static void page(String beforeQuery, String json) {
		server.stubFor(get(urlEqualTo(INTERACTIONS + beforeQuery)).willReturn(okJson(json)));
	}

	/** A client that counts each request as it is handed to the connector: exact, no waiting for the server's log. */
	private static ChameleonOperations countingClient(AtomicInteger sent) {
		return clientBuilder().filter((request, next) -> {
			sent.incrementAndGet();
			return next.exchange(request);
		}).build();
	}

}
