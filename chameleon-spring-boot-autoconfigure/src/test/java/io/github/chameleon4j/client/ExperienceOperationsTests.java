package io.github.chameleon4j.client;

import java.time.Instant;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.github.chameleon4j.model.ExperienceUpdate;
import io.github.chameleon4j.model.Survey;
import io.github.chameleon4j.model.Tour;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.chameleon4j.client.ProfileOperationsTests.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.Cursor;

class ExperienceOperationsTests extends WireMockTestSupport {

	static final String TOUR_ID = "65f1a2b3c4d5e6f708192a3b";

	static final String SURVEY_ID = "65f1a2b3c4d5e6f708192b01";

	static final String TOUR = """
			{ "tour": {
			    "id": "65f1a2b3c4d5e6f708192a3b",
			    "created_at": "2029-02-10T11:00:00Z",
			    "updated_at": "2029-03-01T16:45:00Z",
			    "name": "Reports page walkthrough",
			    "style": "auto",
			    "position": 2,
			    "segment_ids": ["65d0e1f2a3b4c5d6e7f80001"],
			    "published_at": "2029-03-01T16:45:00Z",
			    "tag_ids": ["65e1f2a3b4c5d6e7f8091a3c"],
			    "experiment_at": null,
			    "experiment_range": null,
			    "rate_unlimit_at": null,
			    "dashboard_url": "https://app.chameleon.io/tours/65f1a2b3c4d5e6f708192a3b",
			    "archived_at": null,
			    "tour_link_url": "https://app.example.org/?tour=1",
			    "stats": { "started_count": 310, "last_started_at": "2029-03-05T08:02:00Z",
			               "completed_count": 201, "last_completed_at": "2029-03-05T07:55:00Z",
			               "exited_count": 96, "last_exited_at": "2029-03-04T19:20:00Z", "snoozed_count": 4 } } }
			""";

	@Test
	void tourListSendsThePageAsQuery() {
		respond("""
				{ "tours": [ { "id": "65a0c3f1e2d4b5a6c7d8e9f0" }, { "id": "65a0c3f1e2d4b5a6c7d8e9a1" } ],
				  "cursor": { "limit": 2, "before": "65a0c3f1e2d4b5a6c7d8e9a1" } }
				""");
		Page<Tour> page = await(this.chameleon.tours()
			.list(PageRequest.ofSize(2).after(Instant.parse("2029-01-01T00:00:00Z"))));
		verifyOnly(getRequestedFor(urlEqualTo("/v3/edit/tours?limit=2&after=2029-01-01T00%3A00%3A00Z")));
		assertThat(page.items()).extracting(Tour::id)
			.containsExactly("65a0c3f1e2d4b5a6c7d8e9f0", "65a0c3f1e2d4b5a6c7d8e9a1");
		assertThat(page.cursor()).isEqualTo(new Cursor(2, "65a0c3f1e2d4b5a6c7d8e9a1"));
	}

	@Test
	void tourGetReadsTheDocumentedExample() {
		respond(TOUR);
		Tour tour = await(this.chameleon.tours().get(TOUR_ID));
		verifyOnly(getRequestedFor(urlEqualTo("/v3/edit/tours/" + TOUR_ID)));
		assertThat(tour.name()).isEqualTo("Reports page walkthrough");
		assertThat(tour.style()).isEqualTo("auto");
		assertThat(tour.position()).isEqualTo(2);
		assertThat(tour.segmentIds()).containsExactly("65d0e1f2a3b4c5d6e7f80001");
		assertThat(tour.tagIds()).containsExactly("65e1f2a3b4c5d6e7f8091a3c");
		assertThat(tour.isPublished()).isTrue();
		assertThat(tour.experimentAt()).isNull();
		assertThat(tour.stats().startedCount()).isEqualTo(310L);
		assertThat(tour.stats().lastExitedAt()).isEqualTo(Instant.parse("2029-03-04T19:20:00Z"));
		assertThat(tour.stats().unknownFields()).containsEntry("snoozed_count", 4);
		assertThat(tour.unknownFields()).containsEntry("tour_link_url", "https://app.example.org/?tour=1")
			.containsKey("archived_at");
	}

	@Test
	void tourListAllWalksPagesOf500() {
		respond("{ \"tours\": [ { \"id\": \"t1\", \"segment_id\": \"s1\" } ], \"cursor\": { \"limit\": 500, \"before\": \"t1\" } }");
		assertThat(this.chameleon.tours().listAll().collectList().block(TIMEOUT)).singleElement()
			.satisfies((tour) -> assertThat(tour.segmentIds()).containsExactly("s1"));
		verifyOnly(getRequestedFor(urlEqualTo("/v3/edit/tours?limit=500")));
	}

	@Test
	void publishPatchesPublishedAtTheCurrentTimeAsTheVendorExamplesDo() {
		respond(TOUR);
		java.time.Instant before = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		Tour tour = await(this.chameleon.tours().update(TOUR_ID, ExperienceUpdate.publish()));
		LoggedRequest sent = verifyOnly(patchRequestedFor(urlEqualTo("/v3/edit/tours/" + TOUR_ID))
			.withHeader("Content-Type", equalTo("application/json")));
		JsonNode body = bodyOf(sent);
		assertThat(body.properties()).hasSize(1);
		java.time.Instant publishedAt = java.time.Instant.parse(body.get("published_at").asString());
		assertThat(body.get("published_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
		assertThat(publishedAt).isBetween(before, java.time.Instant.now());
		assertThat(tour.id()).isEqualTo(TOUR_ID);
	}

	@Test
	void publishAtSendsTheIsoTimestamp() {
		respond(TOUR);
		await(this.chameleon.tours().update(TOUR_ID, ExperienceUpdate.publishAt(Instant.parse("2029-05-01T09:00:00Z"))));
		verifyOnly(patchRequestedFor(urlEqualTo("/v3/edit/tours/" + TOUR_ID))
			.withRequestBody(equalToJson("{ \"published_at\": \"2029-05-01T09:00:00Z\" }")));
	}

	@Test
	void unpublishSendsAnExplicitNull() {
		respond("{ \"tour\": { \"id\": \"" + TOUR_ID + "\", \"published_at\": null } }");
		Tour tour = await(this.chameleon.tours().update(TOUR_ID, ExperienceUpdate.unpublish()));
		LoggedRequest request = verifyOnly(patchRequestedFor(urlEqualTo("/v3/edit/tours/" + TOUR_ID))
			.withRequestBody(equalToJson("{ \"published_at\": null }")));
		assertThat(bodyOf(request).has("published_at")).isTrue();
		assertThat(bodyOf(request).get("published_at").isNull()).isTrue();
		assertThat(tour.isPublished()).isFalse();
	}

	@Test
	void environmentAndTagChangesUseSignedIds() {
		respond(TOUR);
		await(this.chameleon.tours()
			.update(TOUR_ID, ExperienceUpdate.none().addEnvironment("65e1f2a3b4c5d6e7f8091a2b").addTag("65e1f2a3b4c5d6e7f8091a3c")));
		await(this.chameleon.tours()
			.update(TOUR_ID, ExperienceUpdate.none().removeEnvironment("65e1f2a3b4c5d6e7f8091a2b").removeTag("65e1f2a3b4c5d6e7f8091a3c")));
		assertThat(requests()).extracting(WireMockTestSupport::bodyOf)
			.containsExactly(
					JSON.readTree("{ \"url_group_id\": \"+65e1f2a3b4c5d6e7f8091a2b\", \"tag_id\": \"+65e1f2a3b4c5d6e7f8091a3c\" }"),
					JSON.readTree("{ \"url_group_id\": \"-65e1f2a3b4c5d6e7f8091a2b\", \"tag_id\": \"-65e1f2a3b4c5d6e7f8091a3c\" }"));
	}

	@Test
	void surveyListGetAndUpdateUseTheSurveyPaths() {
		respond("""
				{ "surveys": [
				    { "id": "65f1a2b3c4d5e6f708192b01", "name": "Export feature CES", "position": 0,
				      "published_at": "2029-03-03T12:00:00Z", "last_dropdown_items": [] } ],
				  "cursor": { "limit": 50, "before": "65f1a2b3c4d5e6f708192b01" },
				  "survey": { "id": "65f1a2b3c4d5e6f708192b01", "name": "Export feature CES", "segment_id": "s9",
				              "last_dropdown_items": ["Too slow", "Other"],
				              "steps": [ { "id": "st1", "body": "How easy was exporting?", "preset": "survey_five" } ] } }
				""");
		Page<Survey> page = await(this.chameleon.surveys().list(PageRequest.first()));
		Survey survey = await(this.chameleon.surveys().get(SURVEY_ID));
		Survey updated = await(this.chameleon.surveys().update(SURVEY_ID, ExperienceUpdate.none().addTag("tg")));
		assertThat(requests()).extracting((request) -> request.getMethod().getName() + " " + request.getUrl())
			.containsExactly("GET /v3/edit/surveys", "GET /v3/edit/surveys/" + SURVEY_ID, "PATCH /v3/edit/surveys/" + SURVEY_ID);
		assertThat(page.items()).singleElement().satisfies((item) -> {
			assertThat(item.position()).isZero();
			assertThat(item.isPublished()).isTrue();
			assertThat(item.lastDropdownItems()).isEmpty();
		});
		assertThat(survey.segmentIds()).containsExactly("s9");
		assertThat(survey.lastDropdownItems()).containsExactly("Too slow", "Other");
		assertThat(survey.steps()).singleElement().satisfies((step) -> assertThat(step).containsEntry("preset", "survey_five"));
		assertThat(updated.id()).isEqualTo(SURVEY_ID);
		assertThat(bodyOf(requests().get(2))).isEqualTo(JSON.readTree("{ \"tag_id\": \"+tg\" }"));
	}

	@Test
	void invalidArgumentsFailBeforeAnyRequest() {
		assertRejected(() -> this.chameleon.tours().list(null), "page");
		assertRejected(() -> this.chameleon.tours().get(""), "id");
		assertRejected(() -> this.chameleon.tours().update(" ", ExperienceUpdate.publish()), "id");
		assertRejected(() -> this.chameleon.tours().update(TOUR_ID, null), "update");
		assertRejected(() -> this.chameleon.tours().update(TOUR_ID, ExperienceUpdate.none()), "update");
		assertRejected(() -> this.chameleon.surveys().get(null), "id");
		assertRejected(() -> ExperienceUpdate.none().addTag(" "), "tagId");
		assertRejected(() -> ExperienceUpdate.none().removeEnvironment(null), "urlGroupId");
		assertRejected(() -> ExperienceUpdate.publishAt(null), "at");
		verifyNoRequest();
	}

}
