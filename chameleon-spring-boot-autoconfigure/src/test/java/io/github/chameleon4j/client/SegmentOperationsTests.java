package io.github.chameleon4j.client;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.github.chameleon4j.model.Segment;
import io.github.chameleon4j.model.Survey;
import io.github.chameleon4j.model.Tour;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.chameleon4j.client.ProfileOperationsTests.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.SegmentExperiences;

class SegmentOperationsTests extends WireMockTestSupport {

	static final String ID = "65d0e1f2a3b4c5d6e7f80001";

	static final String SEGMENT = """
			{ "id": "65d0e1f2a3b4c5d6e7f80001", "name": "Owners with many invites", "items_op": "and",
			  "created_at": "2029-01-01T00:00:00Z", "archived": false,
			  "items": [
			    { "id": "65d0e1f2a3b4c5d6e7f80002", "kind": "property", "prop": "role", "op": "eq", "value": "owner" },
			    { "id": "65d0e1f2a3b4c5d6e7f80003", "kind": "property", "prop": "invited_users_count", "op": "gte", "value": 3 },
			    { "kind": "tour", "value": "65a0c3f1e2d4b5a6c7d8e9f0", "range": "exited", "cond": "gt-d", "int": 7 } ] }
			""";

	@Test
	void listSendsThePageAsQueryAndReadsTheCursor() {
		respond("{ \"segments\": [" + SEGMENT + "], \"cursor\": { \"limit\": 10, \"before\": \"" + ID + "\" } }");
		Page<Segment> page = await(this.chameleon.segments().list(PageRequest.ofSize(10).before("65d0e1f2a3b4c5d6e7f8ffff")));
		verifyOnly(getRequestedFor(urlEqualTo("/v3/edit/segments?limit=10&before=65d0e1f2a3b4c5d6e7f8ffff")));
		assertThat(page.items()).extracting(Segment::name).containsExactly("Owners with many invites");
		assertThat(page.nextBefore()).isEqualTo(ID);
	}

	@Test
	void getReadsItemsAndKeepsUnknownFields() {
		respond("{ \"segment\": " + SEGMENT + " }");
		Segment segment = await(this.chameleon.segments().get(ID));
		verifyOnly(getRequestedFor(urlEqualTo("/v3/edit/segments/" + ID)));
		assertThat(segment.itemsOp()).isEqualTo("and");
		assertThat(segment.createdAt()).isEqualTo(Instant.parse("2029-01-01T00:00:00Z"));
		assertThat(segment.items()).hasSize(3);
		assertThat(segment.items().get(0).prop()).isEqualTo("role");
		assertThat(segment.items().get(1).value()).isEqualTo(3);
		assertThat(segment.items().get(2).cond()).isEqualTo("gt-d");
		assertThat(segment.items().get(2).interval()).isEqualTo(7);
		assertThat(segment.unknownFields()).containsEntry("archived", false);
	}

	@Test
	void listAllAsksForPagesOf500() {
		respond("{ \"segments\": [ { \"id\": \"s2\" }, { \"id\": \"s1\" } ], \"cursor\": { \"limit\": 500, \"before\": \"s1\" } }");
		assertThat(this.chameleon.segments().listAll().map(Segment::id).collectList().block(TIMEOUT))
			.containsExactly("s2", "s1");
		verifyOnly(getRequestedFor(urlEqualTo("/v3/edit/segments?limit=500")));
	}

	@Test
	void toursReadsTheSegmentAndAPageOfTours() {
		respond("{ \"segment\": " + SEGMENT + ", \"tours\": [ { \"id\": \"t1\", \"name\": \"Tour\", \"segment_id\": \""
				+ ID + "\" } ], \"cursor\": { \"limit\": 20, \"before\": \"t1\" } }");
		SegmentExperiences<Tour> result = await(this.chameleon.segments().tours(ID, PageRequest.ofSize(20)));
		verifyOnly(getRequestedFor(urlEqualTo("/v3/edit/segments/" + ID + "/tours?limit=20")));
		assertThat(result.segment().id()).isEqualTo(ID);
		assertThat(result.experiences().items()).extracting(Tour::id).containsExactly("t1");
		assertThat(result.experiences().items().get(0).segmentIds()).containsExactly(ID);
		assertThat(result.experiences().nextBefore()).isEqualTo("t1");
	}

	@Test
	void surveysReadsTheSegmentAndAPageOfSurveys() {
		respond("{ \"segment\": { \"id\": \"" + ID + "\" }, \"surveys\": [ { \"id\": \"v1\", \"segment_ids\": [\"a\", \"b\"] } ] }");
		SegmentExperiences<Survey> result = await(this.chameleon.segments().surveys(ID, PageRequest.first()));
		verifyOnly(getRequestedFor(urlEqualTo("/v3/edit/segments/" + ID + "/surveys")));
		assertThat(result.experiences().items().get(0).segmentIds()).containsExactly("a", "b");
		assertThat(result.experiences().cursor()).isNull();
	}

	@Test
	void allToursAndAllSurveysFollowTheCursor() {
		server.stubFor(get(urlEqualTo("/v3/edit/segments/" + ID + "/tours?limit=500")).willReturn(okJson(
				"{ \"segment\": { \"id\": \"" + ID + "\" }, \"tours\": [ { \"id\": \"t2\" } ], \"cursor\": { \"limit\": 1, \"before\": \"t2\" } }")));
		server.stubFor(get(urlEqualTo("/v3/edit/segments/" + ID + "/tours?limit=500&before=t2")).willReturn(okJson(
				"{ \"segment\": { \"id\": \"" + ID + "\" }, \"tours\": [ { \"id\": \"t1\" } ], \"cursor\": { \"limit\": 1, \"before\": \"t1\" } }")));
		server.stubFor(get(urlEqualTo("/v3/edit/segments/" + ID + "/tours?limit=500&before=t1")).willReturn(okJson(
				"{ \"segment\": { \"id\": \"" + ID + "\" }, \"tours\": [], \"cursor\": { \"limit\": 1, \"before\": null } }")));
		server.stubFor(get(urlEqualTo("/v3/edit/segments/" + ID + "/surveys?limit=500")).willReturn(okJson(
				"{ \"segment\": { \"id\": \"" + ID + "\" }, \"surveys\": [ { \"id\": \"v1\" } ] }")));
		assertThat(this.chameleon.segments().allTours(ID).map(Tour::id).collectList().block(TIMEOUT))
			.containsExactly("t2", "t1");
		assertThat(this.chameleon.segments().allSurveys(ID).map(Survey::id).collectList().block(TIMEOUT))
			.containsExactly("v1");
		assertThat(requests()).hasSize(4);
	}

	@Test
	void invalidArgumentsFailBeforeAnyRequest() {
		SegmentOperations segments = this.chameleon.segments();
		assertRejected(() -> segments.list(null), "page");
		assertRejected(() -> segments.get(" "), "id");
		assertRejected(() -> segments.tours(null, PageRequest.first()), "segmentId");
		assertRejected(() -> segments.tours(ID, null), "page");
		assertRejected(() -> segments.surveys("", PageRequest.first()), "segmentId");
		assertRejected(() -> segments.allTours(null), "segmentId");
		assertRejected(() -> segments.allSurveys(" "), "segmentId");
		verifyNoRequest();
	}

}
