package io.github.chameleon4j.webhook.event;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.model.Survey;
import io.github.chameleon4j.model.SurveyResponse;
import io.github.chameleon4j.model.Tour;
import io.github.chameleon4j.webhook.SignedWebhooks;
import io.github.chameleon4j.webhook.WebhookAction;
import io.github.chameleon4j.webhook.WebhookMessage;
import io.github.chameleon4j.webhook.WebhookVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.chameleon4j.webhook.SignedWebhooks.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ChameleonWebhookEventsTests {

	private final WebhookVerifier verifier = WebhookVerifier.builder(SignedWebhooks.SECRET)
		.clock(Clock.fixed(NOW, ZoneOffset.UTC))
		.build();

	@Test
	void eachTopicFamilyMapsToItsEventType() {
		assertThat(event("ping", "{}")).isInstanceOf(PingEvent.class);
		assertThat(event("response.finished", "{}")).isInstanceOf(ResponseFinishedEvent.class);
		assertThat(event("tour.started", "{}")).isInstanceOf(TourEvent.class);
		assertThat(event("tour.button.clicked", "{}")).isInstanceOf(TourEvent.class);
		assertThat(event("survey.snoozed", "{}")).isInstanceOf(SurveyEvent.class);
		assertThat(event("embed.completed", "{}")).isInstanceOf(EmbedEvent.class);
		assertThat(event("alert.triggered", "{}")).isInstanceOf(AlertTriggeredEvent.class);
		assertThat(event("helpbar.item.error", "{}")).isInstanceOf(HelpBarEvent.class);
		assertThat(event("demo.email.added", "{}")).isInstanceOf(DemoEvent.class);
		assertThat(event("response.started", "{}")).isInstanceOf(UnknownWebhookEvent.class);
		assertThat(event("tourney", "{}")).isInstanceOf(UnknownWebhookEvent.class);
	}

	@Test
	void responseFinishedDecodesResponseProfileAndSurvey() {
		ResponseFinishedEvent event = (ResponseFinishedEvent) ChameleonWebhookEvents
			.of(verified(SignedWebhooks.responseFinished("660e1829300102030405a002", NOW)));

		SurveyResponse response = event.response();
		assertThat(response.buttonText()).isEqualTo("Hard");
		assertThat(response.buttonOrder()).isEqualTo(1);
		assertThat(response.inputText()).isEqualTo("Couldn't find CSV option.");
		assertThat(response.finishedAt()).isEqualTo(Instant.parse("2029-04-07T15:04:58Z"));
		Profile profile = event.profile();
		assertThat(profile.uid()).isEqualTo("u-4411");
		assertThat(profile.email()).isEqualTo("ana@example.org");
		Survey survey = event.survey();
		assertThat(survey.name()).isEqualTo("Export feature CES");
		assertThat(survey.steps()).hasSize(2);
		assertThat(event.surveyAuthor().get("email").stringValue()).isEqualTo("sam@example.org");
		assertThat(event.id()).isEqualTo("660e1829300102030405a002");
		assertThat(event.topic()).isEqualTo("response.finished");
		assertThat(event.sentAt()).isEqualTo(NOW);
	}

	@Test
	void tourEventDecodesTheDocumentedExample() {
		TourEvent event = (TourEvent) event("tour.completed", """
				{ "action":  { "id": "660e1829300102030405a0f1", "group_kind": "delivery", "group_id": null },
				  "profile": { "id": "65b1d2e3f4a5b6c7d8e9f001", "uid": "u-4410", "email": "ana@example.org",
				               "last_seen_at": "2029-04-07T15:01:50Z" },
				  "tour":    { "id": "65f1a2b3c4d5e6f708192a3b", "name": "Reports page walkthrough",
				               "segment_id": "65d0e1f2a3b4c5d6e7f80001", "published_at": "2029-03-01T16:45:00Z" },
				  "step":    { "id": "65f1a2b3c4d5e6f708192a3c", "body": "That's it!" } }""");

		assertThat(event.lifecycle()).isEqualTo("completed");
		WebhookAction action = event.action();
		assertThat(action.groupKind()).isEqualTo("delivery");
		assertThat(action.groupId()).isNull();
		Tour tour = event.tour();
		assertThat(tour.name()).isEqualTo("Reports page walkthrough");
		assertThat(tour.segmentIds()).containsExactly("65d0e1f2a3b4c5d6e7f80001");
		assertThat(tour.isPublished()).isTrue();
		assertThat(event.profile().lastSeenAt()).isEqualTo(Instant.parse("2029-04-07T15:01:50Z"));
		assertThat(event.step().get("id").stringValue()).isEqualTo("65f1a2b3c4d5e6f708192a3c");
		assertThat(event.button()).isNull();
	}

	@Test
	void snoozeActionCarriesTheDeferral() {
		SurveyEvent event = (SurveyEvent) event("survey.snoozed", """
				{ "action": { "id": "x1", "deferred_until": "2029-04-08T15:00:00Z", "deferred_hours": 24,
				              "deferred_count": 2 },
				  "survey": { "id": "s1", "name": "NPS" } }""");

		assertThat(event.lifecycle()).isEqualTo("snoozed");
		assertThat(event.action().deferredUntil()).isEqualTo(Instant.parse("2029-04-08T15:00:00Z"));
		assertThat(event.action().deferredHours()).isEqualTo(24);
		assertThat(event.action().deferredCount()).isEqualTo(2);
		assertThat(event.survey().name()).isEqualTo("NPS");
	}

	@Test
	void helpBarItemErrorReadsBothDocumentedFieldNames() {
		HelpBarEvent schemaShape = (HelpBarEvent) event("helpbar.item.error",
				"{\"action\":{\"id\":\"h1\",\"query\":\"export\",\"url\":\"https://app/x\",\"action_kinds\":[\"navigate\"]}}");
		HelpBarEvent exampleShape = (HelpBarEvent) event("helpbar.item.error",
				"{\"action\":{\"id\":\"h2\",\"query\":\"export\",\"href\":\"https://app/y\",\"kinds\":[\"navigate\"]}}");

		assertThat(schemaShape.action().kinds()).containsExactly("navigate");
		assertThat(schemaShape.action().url()).isEqualTo("https://app/x");
		assertThat(exampleShape.action().kinds()).containsExactly("navigate");
		assertThat(exampleShape.action().href()).isEqualTo("https://app/y");
	}

	@Test
	void pingCarriesTheAccount() {
		PingEvent event = (PingEvent) ChameleonWebhookEvents.of(verified(SignedWebhooks.ping("p1", NOW)));

		assertThat(event.account().domain()).isEqualTo("example.org");
		assertThat(event.account().name()).isEqualTo("Example Org");
	}

	@Test
	void anonymousDemoRunHasNoProfile() {
		DemoEvent event = (DemoEvent) event("demo.started",
				"{\"action\":{\"id\":\"d1\"},\"profile\":null,\"demo_run\":{\"id\":\"r1\"},\"demo\":{\"id\":\"dm1\"}}");

		assertThat(event.profile()).isNull();
		assertThat(event.demoRun().get("id").stringValue()).isEqualTo("r1");
		assertThat(event.demo().get("id").stringValue()).isEqualTo("dm1");
	}

	@Test
	void alertTriggeredListsTheExperiences() {
		AlertTriggeredEvent event = (AlertTriggeredEvent) event("alert.triggered",
				"{\"alert_group\":{\"id\":\"g1\",\"summary\":\"Tour stopped\"},\"experiences\":[{\"id\":\"t1\",\"kind\":\"tour\"}],"
						+ "\"action\":{\"id\":\"a1\",\"summary\":\"0 starts in 24h\"}}");

		assertThat(event.alertGroup().get("summary").stringValue()).isEqualTo("Tour stopped");
		assertThat(event.experiences()).singleElement()
			.satisfies((experience) -> assertThat(experience.get("kind").stringValue()).isEqualTo("tour"));
		assertThat(event.action().summary()).isEqualTo("0 starts in 24h");
	}

	@Test
	void unknownTopicKeepsTheRawData() {
		ChameleonWebhookEvent event = event("launcher.opened", "{\"launcher\":{\"id\":\"l1\"}}");

		assertThat(event.topic()).isEqualTo("launcher.opened");
		assertThat(event.data().get("launcher").get("id").stringValue()).isEqualTo("l1");
		assertThat(event.decode("launcher", Map.class)).containsEntry("id", "l1");
		assertThat(event.decode("absent", Map.class)).isNull();
	}

	@Test
	void undecodableFieldNamesTheFieldButNotThePayload() {
		TourEvent event = (TourEvent) event("tour.started", "{\"tour\":[\"secret-ish payload\"]}");

		assertThatExceptionOfType(WebhookPayloadException.class).isThrownBy(event::tour)
			.withMessageContaining("data.tour")
			.withMessageContaining("tour.started")
			.withMessageNotContaining("secret-ish payload");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"{\"id\":\"p1\",\"last_seen_at\":\"ana@example.org\"} | profile.last_seen_at",
			"{\"id\":\"p1\",\"browser_x\":\"ana@example.org\"}    | profile.browser_x",
			"{\"id\":\"p1\",\"browser_tz\":\"ana@example.org\"}   | profile.browser_tz",
			"{\"id\":\"p1\",\"company\":\"ana@example.org\"}      | profile.company",
			"{\"id\":\"p1\",\"delivery_ids\":[{\"to\":\"ana@example.org\"}]} | profile.delivery_ids[0]",
			"[\"ana@example.org\"]                                 | profile" })
	void aWrongTypedPayloadValueIsNamedByItsPathButNeverQuoted(String profile, String path) {
		TourEvent event = (TourEvent) event("tour.completed", "{\"profile\":" + profile + "}");

		WebhookPayloadException ex = catchThrowableOfType(WebhookPayloadException.class, event::profile);

		assertThat(ex).hasMessage("Cannot decode data." + path + " of Chameleon webhook e1 (tour.completed) as Profile")
			.hasNoCause();
		assertThat(ex.field()).isEqualTo(path);
		assertThat(ex.targetType()).isEqualTo(Profile.class);
		StringWriter trace = new StringWriter();
		ex.printStackTrace(new PrintWriter(trace));
		assertThat(trace.toString()).contains("WebhookPayloadException").doesNotContain("ana@example.org");
		assertThat(ex.toString()).doesNotContain("ana@example.org");
	}

	@Test
	void aWrongTypedElementOfAListNamesItsIndex() {
		ChameleonWebhookEvent event = event("brand.new", "{\"profiles\":[{\"id\":\"p1\"},{\"id\":\"p2\",\"browser_x\":\"ana@example.org\"}]}");

		assertThatExceptionOfType(WebhookPayloadException.class)
			.isThrownBy(() -> event.decodeList("profiles", Profile.class))
			.withMessageContaining("data.profiles[1].browser_x")
			.withMessageNotContaining("ana@example.org")
			.withNoCause();
	}

	@Test
	void toStringShowsIdAndTopicOnly() {
		ChameleonWebhookEvent event = ChameleonWebhookEvents
			.of(verified(SignedWebhooks.responseFinished("r9", NOW)));

		assertThat(event.toString()).contains("ResponseFinishedEvent", "r9", "response.finished")
			.doesNotContain("ana@example.org");
	}

	private ChameleonWebhookEvent event(String kind, String data) {
		return ChameleonWebhookEvents.of(verified(SignedWebhooks.envelope("e1", kind, NOW, data)));
	}

	private WebhookMessage verified(byte[] body) {
		return this.verifier.verify(body, SignedWebhooks.sign(body)).orElseThrow();
	}

}
