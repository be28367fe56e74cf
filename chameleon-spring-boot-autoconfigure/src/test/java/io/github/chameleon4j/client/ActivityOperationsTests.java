package io.github.chameleon4j.client;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.chameleon4j.model.ExpandLevel;
import io.github.chameleon4j.model.IdReference;
import io.github.chameleon4j.model.InteractionState;
import io.github.chameleon4j.model.SurveyResponse;
import io.github.chameleon4j.model.TourInteraction;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.chameleon4j.client.ProfileOperationsTests.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.chameleon4j.model.ActivityQuery;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;

class ActivityOperationsTests extends WireMockTestSupport {

	static final String TOUR_ID = "65f1a2b3c4d5e6f708192a3b";

	static final String SURVEY_ID = "65f1a2b3c4d5e6f708192b01";

	@Test
	void interactionsListSendsIdPageOrderAndExpandBracketsAndReadsTheExample() {
		respond("""
				{ "interactions": [
				    { "id": "6601a2b3c4d5e6f708193001", "updated_at": "2029-03-05T08:10:00Z",
				      "tour_id": "65f1a2b3c4d5e6f708192a3b", "state": "completed", "goal_at": "2029-03-05T08:12:00Z",
				      "group_kind": "launcher", "group_id": "65f1a2b3c4d5e6f708192e01", "defer_count": 0,
				      "profile": { "id": "65b1d2e3f4a5b6c7d8e9f001", "uid": "u-4410",
				                   "company": { "id": "65c0aa11bb22cc33dd44ee01", "uid": "acct-77" } } } ],
				  "cursor": { "limit": 50, "before": "6601a2b3c4d5e6f708193001" } }
				""");
		ActivityQuery query = ActivityQuery.of(TOUR_ID)
			.orderByUpdatedAt()
			.expandProfile(ExpandLevel.ALL)
			.expandCompany(ExpandLevel.SKIP)
			.page(PageRequest.ofSize(100).before("6601a2b3c4d5e6f7081930ff"));
		Page<TourInteraction> page = await(this.chameleon.interactions().list(query));
		verifyOnly(getRequestedFor(urlEqualTo("/v3/analyze/interactions?id=" + TOUR_ID
				+ "&limit=100&before=6601a2b3c4d5e6f7081930ff&order=updated_at&expand%5Bprofile%5D=all&expand%5Bcompany%5D=skip")));
		TourInteraction interaction = page.items().get(0);
		assertThat(interaction.state()).isEqualTo(InteractionState.COMPLETED);
		assertThat(interaction.tourId()).isEqualTo(TOUR_ID);
		assertThat(interaction.goalAt()).isEqualTo(Instant.parse("2029-03-05T08:12:00Z"));
		assertThat(interaction.groupKind()).isEqualTo("launcher");
		assertThat(interaction.deferCount()).isZero();
		assertThat(interaction.profile().uid()).isEqualTo("u-4410");
		assertThat(interaction.profile().company().uid()).isEqualTo("acct-77");
		assertThat(page.nextBefore()).isEqualTo("6601a2b3c4d5e6f708193001");
	}

	@Test
	void interactionsWithAnUnknownStateReadAsUnknown() {
		respond("{ \"interactions\": [ { \"id\": \"i1\", \"state\": \"snoozed\", \"new_field\": 1 } ] }");
		TourInteraction interaction = await(this.chameleon.interactions().list(ActivityQuery.of(TOUR_ID))).items().get(0);
		verifyOnly(getRequestedFor(urlEqualTo("/v3/analyze/interactions?id=" + TOUR_ID)));
		assertThat(interaction.state()).isEqualTo(InteractionState.UNKNOWN);
		assertThat(interaction.unknownFields()).containsEntry("new_field", 1);
	}

	@Test
	void interactionsListAllKeepsTheQueryOnEveryPage() {
		server.stubFor(get(urlEqualTo("/v3/analyze/interactions?id=" + TOUR_ID + "&limit=500&order=updated_at"))
			.willReturn(okJson("{ \"interactions\": [ { \"id\": \"i2\" } ], \"cursor\": { \"limit\": 1, \"before\": \"i2\" } }")));
		server.stubFor(get(urlEqualTo("/v3/analyze/interactions?id=" + TOUR_ID + "&limit=500&before=i2&order=updated_at"))
			.willReturn(okJson("{ \"interactions\": [], \"cursor\": { \"limit\": 1 } }")));
		List<TourInteraction> all = this.chameleon.interactions()
			.listAll(ActivityQuery.of(TOUR_ID).orderByUpdatedAt())
			.collectList()
			.block(TIMEOUT);
		assertThat(all).extracting(TourInteraction::id).containsExactly("i2");
		assertThat(requests()).hasSize(2);
	}

	@Test
	void responsesListReadsTheExample() {
		respond("""
				{ "responses": [
				    { "id": "6602b3c4d5e6f70819300101", "survey_id": "65f1a2b3c4d5e6f708192b01",
				      "profile_id": "65b1d2e3f4a5b6c7d8e9f002", "href": "https://app.example.org/exports",
				      "button_text": "Very easy", "button_order": 4, "input_text": "Took seconds.",
				      "comment_step_other_text": "n/a",
				      "finished_at": "2029-03-06T14:01:00Z",
				      "profile": { "id": "65b1d2e3f4a5b6c7d8e9f002", "uid": "u-4411" } } ],
				  "cursor": { "limit": 50, "before": "6602b3c4d5e6f70819300101" } }
				""");
		Page<SurveyResponse> page = await(this.chameleon.responses()
			.list(ActivityQuery.of(SURVEY_ID).expandProfile(ExpandLevel.MIN).page(PageRequest.ofSize(50))));
		verifyOnly(getRequestedFor(urlEqualTo("/v3/analyze/responses?id=" + SURVEY_ID + "&limit=50&expand%5Bprofile%5D=min")));
		SurveyResponse response = page.items().get(0);
		assertThat(response.surveyId()).isEqualTo(SURVEY_ID);
		assertThat(response.buttonOrder()).isEqualTo(4);
		assertThat(response.buttonText()).isEqualTo("Very easy");
		assertThat(response.finishedAt()).isEqualTo(Instant.parse("2029-03-06T14:01:00Z"));
		assertThat(response.profile().uid()).isEqualTo("u-4411");
		assertThat(response.unknownFields()).containsEntry("comment_step_other_text", "n/a");
	}

	@Test
	void responsesListAllFollowsTheCursor() {
		server.stubFor(get(urlEqualTo("/v3/analyze/responses?id=" + SURVEY_ID + "&limit=2"))
			.willReturn(okJson("{ \"responses\": [ { \"id\": \"r4\" }, { \"id\": \"r3\" } ], \"cursor\": { \"limit\": 2, \"before\": \"r3\" } }")));
		server.stubFor(get(urlEqualTo("/v3/analyze/responses?id=" + SURVEY_ID + "&limit=2&before=r3"))
			.willReturn(okJson("{ \"responses\": [ { \"id\": \"r2\" } ], \"cursor\": { \"limit\": 2, \"before\": \"r2\" } }")));
		assertThat(this.chameleon.responses()
			.listAll(ActivityQuery.of(SURVEY_ID).page(PageRequest.ofSize(2)))
			.map(SurveyResponse::id)
			.collectList()
			.block(TIMEOUT)).containsExactly("r4", "r3", "r2");
		assertThat(requests()).hasSize(2);
	}

	@Test
	void responsesDeleteReadsTheDeletedReference() {
		respond("{ \"response\": { \"id\": \"6602b3c4d5e6f70819300101\" } }");
		IdReference deleted = await(this.chameleon.responses().delete("6602b3c4d5e6f70819300101"));
		verifyOnly(deleteRequestedFor(urlEqualTo("/v3/edit/responses/6602b3c4d5e6f70819300101")));
		assertThat(deleted.id()).isEqualTo("6602b3c4d5e6f70819300101");
	}

	@Test
	void invalidArgumentsFailBeforeAnyRequest() {
		assertRejected(() -> ActivityQuery.of(" "), "experienceId");
		assertRejected(() -> ActivityQuery.of(null), "experienceId");
		assertRejected(() -> new ActivityQuery(TOUR_ID, "name", null, null, null), "order");
		assertRejected(() -> this.chameleon.interactions().list(null), "query");
		assertRejected(() -> this.chameleon.interactions().listAll(null), "query");
		assertRejected(() -> this.chameleon.responses().list(null), "query");
		assertRejected(() -> this.chameleon.responses().listAll(null), "query");
		assertRejected(() -> this.chameleon.responses().delete(""), "id");
		verifyNoRequest();
	}

}
