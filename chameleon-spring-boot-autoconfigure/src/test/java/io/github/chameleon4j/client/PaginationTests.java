package io.github.chameleon4j.client;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import io.github.chameleon4j.model.Delivery;
import io.github.chameleon4j.model.TourInteraction;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.chameleon4j.model.ActivityQuery;
import io.github.chameleon4j.model.DeliveryQuery;
import io.github.chameleon4j.model.PageRequest;

/**
 * How the {@code listAll} walks follow Chameleon's cursor, shown on Tour Interactions (a
 * cursor-paginated list) and Deliveries (documented without a cursor).
 */
class PaginationTests extends WireMockTestSupport {

	static final String PATH = "/v3/analyze/interactions?id=t1&limit=2";

	private static void page(String beforeQuery, String json) {
		server.stubFor(get(urlEqualTo(PATH + beforeQuery)).willReturn(okJson(json)));
	}

	private Flux<String> walk() {
		return this.chameleon.interactions()
			.listAll(ActivityQuery.of("t1").page(PageRequest.ofSize(2)))
			.map(TourInteraction::id);
	}

	@Test
	void followsTheCursorOverThreePagesUntilAShortPage() {
		page("", "{ \"interactions\": [ {\"id\": \"i6\"}, {\"id\": \"i5\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i5\" } }");
		page("&before=i5", "{ \"interactions\": [ {\"id\": \"i4\"}, {\"id\": \"i3\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i3\" } }");
		page("&before=i3", "{ \"interactions\": [ {\"id\": \"i2\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i2\" } }");
		assertThat(walk().collectList().block(TIMEOUT)).containsExactly("i6", "i5", "i4", "i3", "i2");
		assertThat(requests()).extracting(LoggedRequest::getUrl)
			.containsExactly(PATH, PATH + "&before=i5", PATH + "&before=i3");
	}

	@Test
	void stopsWhenTheLastFullPageHasNoCursor() {
		page("", "{ \"interactions\": [ {\"id\": \"i4\"}, {\"id\": \"i3\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i3\" } }");
		page("&before=i3", "{ \"interactions\": [ {\"id\": \"i2\"}, {\"id\": \"i1\"} ] }");
		assertThat(walk().collectList().block(TIMEOUT)).containsExactly("i4", "i3", "i2", "i1");
		assertThat(requests()).hasSize(2);
	}

	@Test
	void stopsWhenTheCursorHasNoBefore() {
		page("", "{ \"interactions\": [ {\"id\": \"i4\"}, {\"id\": \"i3\"} ], \"cursor\": { \"limit\": 2, \"before\": null } }");
		assertThat(walk().collectList().block(TIMEOUT)).containsExactly("i4", "i3");
		assertThat(requests()).hasSize(1);
	}

	@Test
	void stopsAtAnEmptyPage() {
		page("", "{ \"interactions\": [ {\"id\": \"i4\"}, {\"id\": \"i3\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i3\" } }");
		page("&before=i3", "{ \"interactions\": [], \"cursor\": { \"limit\": 2, \"before\": \"i3\" } }");
		assertThat(walk().collectList().block(TIMEOUT)).containsExactly("i4", "i3");
		assertThat(requests()).hasSize(2);
	}

	@Test
	void anEmptyFirstPageYieldsNothing() {
		page("", "{ \"interactions\": [] }");
		StepVerifier.create(walk()).expectComplete().verify(TIMEOUT);
		assertThat(requests()).hasSize(1);
	}

	@Test
	void stopsAfterAShortPageEvenWithACursor() {
		page("", "{ \"interactions\": [ {\"id\": \"i1\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i1\" } }");
		assertThat(walk().collectList().block(TIMEOUT)).containsExactly("i1");
		assertThat(requests()).hasSize(1);
	}

	@Test
	void usesTheSmallerPageSizeTheServerReports() {
		page("", "{ \"interactions\": [ {\"id\": \"i2\"} ], \"cursor\": { \"limit\": 1, \"before\": \"i2\" } }");
		page("&before=i2", "{ \"interactions\": [ {\"id\": \"i1\"} ], \"cursor\": { \"limit\": 1, \"before\": \"i1\" } }");
		page("&before=i1", "{ \"interactions\": [], \"cursor\": { \"limit\": 1 } }");
		assertThat(walk().collectList().block(TIMEOUT)).containsExactly("i2", "i1");
		assertThat(requests()).hasSize(3);
	}

	@Test
	void aServerThatIgnoresBeforeEndsTheWalkWithEveryItemOnce() {
		server.stubFor(get(urlPathEqualTo("/v3/analyze/interactions")).willReturn(okJson(
				"{ \"interactions\": [ {\"id\": \"i2\"}, {\"id\": \"i1\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i1\" } }")));
		assertThat(walk().collectList().block(TIMEOUT)).containsExactly("i2", "i1");
		assertThat(requests()).hasSize(2);
	}

	@Test
	void aServerThatRepeatsPartOfThePreviousPageYieldsEachItemOnce() {
		page("", "{ \"interactions\": [ {\"id\": \"i4\"}, {\"id\": \"i3\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i3\" } }");
		page("&before=i3", "{ \"interactions\": [ {\"id\": \"i3\"}, {\"id\": \"i2\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i2\" } }");
		page("&before=i2", "{ \"interactions\": [ {\"id\": \"i1\"} ] }");
		assertThat(walk().collectList().block(TIMEOUT)).containsExactly("i4", "i3", "i2", "i1");
	}

	@Test
	void deliveriesFallBackToTheLastIdWhenAFullPageHasNoCursor() {
		server.stubFor(get(urlEqualTo("/v3/edit/deliveries?limit=2"))
			.willReturn(okJson("{ \"deliveries\": [ { \"id\": \"d4\" }, { \"id\": \"d3\" } ] }")));
		server.stubFor(get(urlEqualTo("/v3/edit/deliveries?limit=2&before=d3"))
			.willReturn(okJson("{ \"deliveries\": [ { \"id\": \"d2\" } ] }")));
		assertThat(this.chameleon.deliveries()
			.listAll(DeliveryQuery.all().page(PageRequest.ofSize(2)))
			.map(Delivery::id)
			.collectList()
			.block(TIMEOUT)).containsExactly("d4", "d3", "d2");
		assertThat(requests()).hasSize(2);
	}

	@Test
	void requestsTheNextPageOnlyWhenDemandNeedsIt() {
		page("", "{ \"interactions\": [ {\"id\": \"i4\"}, {\"id\": \"i3\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i3\" } }");
		page("&before=i3", "{ \"interactions\": [ {\"id\": \"i2\"}, {\"id\": \"i1\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i1\" } }");
		page("&before=i1", "{ \"interactions\": [] }");
		AtomicInteger sent = new AtomicInteger();
		// Counts each request when the client hands it to the connector, so the count is exact
		// at the moment a page is subscribed, without waiting for the server to log it.
		try (ChameleonOperations counting = clientBuilder().filter((request, next) -> {
			sent.incrementAndGet();
			return next.exchange(request);
		}).build()) {
			Flux<String> ids = counting.interactions()
				.listAll(ActivityQuery.of("t1").page(PageRequest.ofSize(2)))
				.map(TourInteraction::id);
			StepVerifier.create(ids, 0)
				.expectSubscription()
				.thenRequest(1)
				.expectNext("i4")
				.then(() -> assertThat(sent).hasValue(1))
				.thenRequest(1)
				.expectNext("i3")
				.then(() -> assertThat(sent).hasValue(1))
				.thenRequest(1)
				.expectNext("i2")
				.then(() -> assertThat(sent).hasValue(2))
				.thenRequest(1)
				.expectNext("i1")
				.thenRequest(1)
				.expectComplete()
				.verify(TIMEOUT);
		}
		assertThat(sent).hasValue(3);
		assertThat(requests()).extracting(LoggedRequest::getUrl)
			.containsExactly(PATH, PATH + "&before=i3", PATH + "&before=i1");
	}

	@Test
	void cancellingStopsTheWalk() {
		page("", "{ \"interactions\": [ {\"id\": \"i4\"}, {\"id\": \"i3\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i3\" } }");
		page("&before=i3", "{ \"interactions\": [ {\"id\": \"i2\"}, {\"id\": \"i1\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i1\" } }");
		assertThat(walk().take(1).collectList().block(TIMEOUT)).containsExactly("i4");
		assertThat(List.copyOf(requests())).hasSize(1);
	}

	@Test
	void anErrorOnALaterPageEndsTheWalkAfterTheEarlierItems() {
		page("", "{ \"interactions\": [ {\"id\": \"i4\"}, {\"id\": \"i3\"} ], \"cursor\": { \"limit\": 2, \"before\": \"i3\" } }");
		server.stubFor(get(urlEqualTo(PATH + "&before=i3")).willReturn(
				com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(500)
					.withBody("{ \"code\": 500, \"messages\": [\"Internal server error: Please retry later\"] }")));
		StepVerifier.create(walk())
			.expectNext("i4", "i3")
			.expectError(io.github.chameleon4j.error.ChameleonInternalServerErrorException.class)
			.verify(TIMEOUT);
	}

}
