package io.github.chameleon4j.client;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.chameleon4j.model.AlertGroup;
import io.github.chameleon4j.model.EventName;
import io.github.chameleon4j.model.Property;
import io.github.chameleon4j.model.PropertyChange;
import io.github.chameleon4j.model.PropertyKind;
import io.github.chameleon4j.model.RateLimitGroupExperiences;
import io.github.chameleon4j.model.TagAssignment;
import io.github.chameleon4j.model.TagUpdate;
import io.github.chameleon4j.model.TaggableType;
import io.github.chameleon4j.model.Theme;
import io.github.chameleon4j.model.WebhookKind;
import io.github.chameleon4j.model.WebhookSubscription;
import io.github.chameleon4j.model.WebhookSubscriptionRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Properties, Event Names, Tags, Themes, Rate Limit and Alert Groups, webhook subscriptions. */
class AccountSettingsOperationsTests extends ResourceTestSupport {

	private static final Duration WAIT = Duration.ofSeconds(5);

	private static final String PROPERTY = """
			{ "property": { "id": "6605e6f70819300102030401", "created_at": "2029-04-03T00:00:00Z",
			  "name": "Renewal date", "description": "Next contract renewal", "kind": "company", "prop": "renewal_date" } }
			""";

	@Test
	void propertiesListSendsKindIntegrationAndOrder() {
		stub(get(urlPathEqualTo("/v3/edit/properties"))
			.withQueryParam("kind", equalTo("profile"))
			.withQueryParam("integration", equalTo("api"))
			.withQueryParam("order", equalTo("last_seen_at")), """
				{ "properties": [ { "id": "p1", "kind": "profile", "prop": "plan_cost", "types": ["integer"], "values": [12, 40] },
				                  { "id": "p2", "kind": "warehouse", "prop": "x" } ] }
				""");
		List<Property> properties = this.chameleon.properties().list(PropertyKind.PROFILE, "api", true).collectList().block(WAIT);
		assertThat(properties).extracting(Property::kind).containsExactly(PropertyKind.PROFILE, PropertyKind.UNKNOWN);
		assertThat(properties.get(0).values()).containsExactly(12, 40);
	}

	@Test
	void propertiesCreateAndUpdate() {
		stub(post("/v3/edit/properties").withRequestBody(equalToJson("""
				{ "name": "Renewal date", "description": "Next contract renewal", "kind": "company" }
				""")), PROPERTY);
		stub(patch("/v3/edit/properties/p1").withRequestBody(equalToJson("{\"name\": \"Renewal\"}")), PROPERTY);
		stub(put("/v3/edit/properties/p1").withRequestBody(equalToJson("{\"name\": \"R\", \"description\": \"D\"}")), PROPERTY);
		assertThat(this.chameleon.properties().create("Renewal date", "Next contract renewal", PropertyKind.COMPANY)
			.block(WAIT).prop()).isEqualTo("renewal_date");
		assertThat(this.chameleon.properties().update("p1", PropertyChange.none().name("Renewal")).block(WAIT)).isNotNull();
		assertThat(this.chameleon.properties().replace("p1", PropertyChange.none().name("R").description("D")).block(WAIT))
			.isNotNull();
	}

	@Test
	void eventNamesReadTheirKeys() {
		stub(get("/v3/edit/event_names/en1"), """
				{ "event_name": { "id": "en1", "name": "Signed up", "uid": "signed_up", "kind": "tracked", "source": "api_v3",
				                  "filters": [ { "kind": "property", "prop": "plan", "op": "eq", "value": "pro" } ] } }
				""");
		EventName eventName = this.chameleon.eventNames().get("en1").block(WAIT);
		assertThat(eventName.uid()).isEqualTo("signed_up");
		assertThat(eventName.filters()).singleElement().satisfies((filter) -> assertThat(filter.prop()).isEqualTo("plan"));
	}

	@Test
	void tagsBulkSendsTheUpdatesAndReadsTheFinalSets() {
		stub(post("/v3/edit/tags/bulk").withRequestBody(equalToJson("""
				{ "updates": [
				  { "model_id": "65f1a2b3c4d5e6f708192a3b", "model_type": "Campaign", "tag_name": "+Q2 launch" },
				  { "model_id": "65f1a2b3c4d5e6f708192d01", "model_type": "Tooltip", "tag_id": "-65e1f2a3b4c5d6e7f8091a3c" },
				  { "model_id": "65f1a2b3c4d5e6f708192e01", "model_type": "List", "tag_names": ["Onboarding", "Self-serve"] } ] }
				""")), """
				{ "updates": [
				  { "model_id": "65f1a2b3c4d5e6f708192a3b", "model_type": "Campaign", "tag_ids": ["65e1f2a3b4c5d6e7f8091a3c", "6606f70819300102030405aa"] },
				  { "model_id": "65f1a2b3c4d5e6f708192d01", "model_type": "Tooltip", "tag_ids": [] },
				  { "model_id": "65f1a2b3c4d5e6f708192e01", "model_type": "List", "tag_ids": ["6606f70819300102030405ab"] } ] }
				""");
		List<TagAssignment> result = this.chameleon.tags()
			.bulkUpdate(List.of(TagUpdate.addTagNamed("65f1a2b3c4d5e6f708192a3b", TaggableType.CAMPAIGN, "Q2 launch"),
					TagUpdate.removeTag("65f1a2b3c4d5e6f708192d01", TaggableType.TOOLTIP, "65e1f2a3b4c5d6e7f8091a3c"),
					TagUpdate.setTagNames("65f1a2b3c4d5e6f708192e01", TaggableType.LIST, List.of("Onboarding", "Self-serve"))))
			.block(WAIT);
		assertThat(result).extracting((assignment) -> assignment.tagIds().size()).containsExactly(2, 0, 1);
	}

	@Test
	void tagsListAndGet() {
		stub(get(urlPathEqualTo("/v3/edit/tags")), "{\"tags\": [ {\"id\": \"tg1\", \"uid\": \"feedback\", \"models_count\": 4} ]}");
		stub(get("/v3/edit/tags/tg1"), "{\"tag\": {\"id\": \"tg1\", \"name\": \"Feedback\"}}");
		assertThat(this.chameleon.tags().listAll().collectList().block(WAIT)).singleElement()
			.satisfies((tag) -> assertThat(tag.modelsCount()).isEqualTo(4));
		assertThat(this.chameleon.tags().get("tg1").block(WAIT).name()).isEqualTo("Feedback");
	}

	@Test
	void themesKeepStylesAsUnknownFields() {
		stub(get("/v3/edit/themes/th1"), """
				{ "theme": { "id": "th1", "name": "Brand", "default": true, "css": ".x{}",
				             "style_font_size": "14px", "style_color_background": "FFFFFF", "style_new_thing": 3 } }
				""");
		Theme theme = this.chameleon.themes().get("th1").block(WAIT);
		assertThat(theme.defaultTheme()).isTrue();
		assertThat(theme.styles()).containsEntry("style_font_size", "14px").containsEntry("style_new_thing", "3").hasSize(3);
	}

	@Test
	void limitGroupExperiencesSendTheFilterAndReadEveryList() {
		stub(get(urlPathEqualTo("/v3/edit/limit_groups/lg1/experiences")).withQueryParam("filter", equalTo("all")), """
				{ "limit_group": { "id": "6608b2c3d4e5f60718290a01", "name": "Max 1 feedback ask per week",
				                   "kind": "tags", "tag_ids": ["65e1f2a3b4c5d6e7f8091a3c"],
				                   "rate_limit_size": 1, "rate_limit_kind": "7d" },
				  "tags": [ { "id": "65e1f2a3b4c5d6e7f8091a3c", "uid": "feedback", "name": "Feedback", "models_count": 4 } ],
				  "tours": [],
				  "surveys": [ { "id": "65f1a2b3c4d5e6f708192b01", "name": "Export feature CES",
				                 "published_at": "2029-03-03T12:00:00Z", "tag_ids": ["65e1f2a3b4c5d6e7f8091a3c"] } ] }
				""");
		RateLimitGroupExperiences experiences = this.chameleon.limitGroups().experiences("lg1", false).block(WAIT);
		assertThat(experiences.limitGroup().rateLimitKind()).isEqualTo("7d");
		assertThat(experiences.tags()).hasSize(1);
		assertThat(experiences.tours()).isEmpty();
		assertThat(experiences.surveys()).singleElement().satisfies((survey) -> assertThat(survey.isPublished()).isTrue());
	}

	@Test
	void limitAndAlertGroupListsAreComplete() {
		stub(get("/v3/edit/limit_groups"), "{\"limit_groups\": [ {\"id\": \"lg1\", \"kind\": \"all\"} ]}");
		stub(get("/v3/edit/limit_groups/lg1"), "{\"limit_group\": {\"id\": \"lg1\", \"rate_limit_size\": 2}}");
		stub(get("/v3/edit/alert_groups"), """
				{ "alert_groups": [ { "id": "ag1", "style": "unseen", "interval": 7, "emails": ["ops@example.org"],
				  "experiences": [ { "id": "t1", "kind": "tour", "name": "Welcome" } ] } ] }
				""");
		stub(get("/v3/edit/alert_groups/ag1"), "{\"alert_group\": {\"id\": \"ag1\", \"interval\": 3}}");
		assertThat(this.chameleon.limitGroups().list().collectList().block(WAIT)).hasSize(1);
		assertThat(this.chameleon.limitGroups().get("lg1").block(WAIT).rateLimitSize()).isEqualTo(2);
		AlertGroup alertGroup = this.chameleon.alertGroups().list().blockFirst(WAIT);
		assertThat(alertGroup.experiences()).singleElement().satisfies((experience) -> assertThat(experience.kind()).isEqualTo("tour"));
		assertThat(this.chameleon.alertGroups().get("ag1").block(WAIT).interval()).isEqualTo(3);
	}

	@Test
	void webhookSubscriptionsListCreateAndDelete() {
		stub(get(urlPathEqualTo("/v3/edit/webhooks")).withQueryParam("kind", equalTo("zapier_hook")),
				"{\"webhooks\": [ {\"id\": \"w1\", \"uid\": \"https://hooks.zapier.com/x\", \"last_item_state\": \"valid\"} ]}");
		stub(post("/v3/edit/webhooks").withRequestBody(equalToJson("""
				{ "kind": "webhook", "url": "https://hooks.example.org/chameleon", "topics": ["tour.completed", "response.finished"] }
				""")), """
				{ "webhook": { "id": "660be5f6071829300102d001", "uid": "https://hooks.example.org/chameleon",
				               "name": null, "last_item_at": null } }
				""");
		stub(delete("/v3/edit/webhooks/w1"), "{\"webhook\": {\"id\": \"w1\"}}");
		assertThat(this.chameleon.webhooks().list(WebhookKind.ZAPIER_HOOK).collectList().block(WAIT))
			.extracting(WebhookSubscription::lastItemState).containsExactly("valid");
		WebhookSubscription created = this.chameleon.webhooks()
			.create(WebhookSubscriptionRequest.of("https://hooks.example.org/chameleon", List.of("tour.completed", "response.finished")))
			.block(WAIT);
		assertThat(created.uid()).isEqualTo("https://hooks.example.org/chameleon");
		assertThat(this.chameleon.webhooks().delete("w1").block(WAIT).id()).isEqualTo("w1");
	}

	@Test
	void webhookRestrictedToExperiencesSendsTheirIds() {
		stub(post("/v3/edit/webhooks").withRequestBody(equalToJson("""
				{ "kind": "webhook", "url": "https://h.example.org", "topics": ["ping"], "experience_ids": ["t1"] }
				""")), "{\"webhook\": {\"id\": \"w2\"}}");
		assertThat(this.chameleon.webhooks()
			.create(WebhookSubscriptionRequest.of("https://h.example.org", List.of("ping")).forExperiences(List.of("t1")))
			.block(WAIT)
			.id()).isEqualTo("w2");
	}

	@Test
	void invalidArgumentsFailBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.chameleon.properties().list(PropertyKind.EVENT, null, false))
			.withMessageContaining("kind");
		assertThatIllegalArgumentException().isThrownBy(() -> this.chameleon.properties().create("n", " ", PropertyKind.EVENT))
			.withMessageContaining("description");
		assertThatIllegalArgumentException().isThrownBy(() -> this.chameleon.tags().bulkUpdate(List.of()))
			.withMessageContaining("updates");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookSubscriptionRequest.of("http://insecure.example.org", List.of("ping")))
			.withMessageContaining("https");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSubscriptionRequest.of("https://h.example.org", List.of()))
			.withMessageContaining("topics");
		assertThatIllegalArgumentException().isThrownBy(() -> this.chameleon.limitGroups().experiences("", true))
			.withMessageContaining("id");
		assertNothingSent();
	}

}
