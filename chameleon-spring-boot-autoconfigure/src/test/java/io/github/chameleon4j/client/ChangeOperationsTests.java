package io.github.chameleon4j.client;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.chameleon4j.model.Change;
import io.github.chameleon4j.model.ChangeSummary;
import io.github.chameleon4j.model.ExperienceKind;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import io.github.chameleon4j.model.ChangeQuery;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;

class ChangeOperationsTests extends ResourceTestSupport {

	private static final Duration WAIT = Duration.ofSeconds(5);

	private static final String FEED = """
			{ "changes": [
			  { "id": "6609c3d4e5f6071829300b01", "created_at": "2029-04-05T09:00:00Z",
			    "experience_id": "65f1a2b3c4d5e6f708192a3b", "model_id": "65f1a2b3c4d5e6f708192a3b",
			    "model_type": "Campaign", "kind": "update", "path": "model",
			    "object": { "published_at": ["2029-03-01T16:45:00Z", "2029-04-05T09:00:00Z"] },
			    "options": {},
			    "user": { "id": "6609c3d4e5f6071829300bff", "name": "Sam Ortiz", "email": "sam@example.org" } } ],
			  "cursor": { "limit": 50, "before": "6609c3d4e5f6071829300b01" } }
			""";

	@Test
	void feedSendsOneFilterAndTheModelAndReadsTheChange() {
		stub(get(urlPathEqualTo("/v3/edit/changes"))
			.withQueryParam("filter", equalTo("published_at"))
			.withQueryParam("model_kind", equalTo("tour"))
			.withQueryParam("model_id", equalTo("t1")), FEED);
		Page<Change> page = this.chameleon.changes()
			.list(ChangeQuery.all().properties(List.of("published_at")).model(ExperienceKind.TOUR, "t1"))
			.block(WAIT);
		Change change = page.items().get(0);
		assertThat(change.kind()).isEqualTo("update");
		assertThat(change.object().get("published_at")).isEqualTo(List.of("2029-03-01T16:45:00Z", "2029-04-05T09:00:00Z"));
		assertThat(change.user().name()).isEqualTo("Sam Ortiz");
		assertThat(page.nextBefore()).isEqualTo("6609c3d4e5f6071829300b01");
	}

	@Test
	void severalFiltersAreSentAsFiltersArray() {
		stub(get(urlPathEqualTo("/v3/edit/changes")), "{\"changes\": []}");
		this.chameleon.changes().list(ChangeQuery.all().properties(List.of("name", "published_at"))).block(WAIT);
		this.wiremock.verify(getRequestedFor(urlEqualTo("/v3/edit/changes?filters%5B%5D=name&filters%5B%5D=published_at")));
	}

	@Test
	void perExperienceChangesUseThePluralCollectionAndNoModelQuery() {
		stub(get(urlPathEqualTo("/v3/edit/embeds/e1/changes")).withQueryParam("model_kind", absent())
			.withQueryParam("limit", equalTo("10")), FEED);
		assertThat(this.chameleon.changes()
			.forExperience(ExperienceKind.EMBED, "e1", ChangeQuery.all().page(PageRequest.ofSize(10)).model(ExperienceKind.TOUR, "x"))
			.block(WAIT)
			.items()).hasSize(1);
	}

	@Test
	void summaryIsReadWithoutAWrapperKey() {
		stub(get("/v3/edit/tours/t1/changes/summary"), """
				{ "model_id": "t1", "path": "model", "kind": "update",
				  "change_id": ["c1", "c9"], "capture_id": ["k1", null],
				  "object": [ { "name": "published_at", "value": ["2029-03-01T16:45:00Z", null] } ],
				  "changes": [ { "name": "body", "description": "Step 1", "value": ["Hi", "Hello"] } ],
				  "generated_at": "2029-04-05T09:00:00Z" }
				""");
		ChangeSummary summary = this.chameleon.changes().summary(ExperienceKind.TOUR, "t1").block(WAIT);
		assertThat(summary.modelId()).isEqualTo("t1");
		assertThat(summary.changeId()).containsExactly("c1", "c9");
		assertThat(summary.captureId()).containsExactly("k1", null);
		assertThat(summary.changes()).singleElement().satisfies((update) -> {
			assertThat(update.description()).isEqualTo("Step 1");
			assertThat(update.value()).isEqualTo(List.of("Hi", "Hello"));
		});
		assertThat(summary.object()).isInstanceOf(List.class);
		assertThat(summary.unknownFields()).containsKey("generated_at");
	}

	@Test
	void listAllFollowsTheCursor() {
		stub(get(urlPathEqualTo("/v3/edit/changes")).withQueryParam("before", absent()),
				"{\"changes\": [{\"id\": \"c2\"}, {\"id\": \"c1\"}], \"cursor\": {\"limit\": 2, \"before\": \"c1\"}}");
		stub(get(urlPathEqualTo("/v3/edit/changes")).withQueryParam("before", equalTo("c1")),
				"{\"changes\": [{\"id\": \"c0\"}], \"cursor\": {\"limit\": 2}}");
		assertThat(this.chameleon.changes().listAll(ChangeQuery.all().page(PageRequest.ofSize(2))).collectList().block(WAIT))
			.extracting(Change::id).containsExactly("c2", "c1", "c0");
	}

	@Test
	void invalidArgumentsFailBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.chameleon.changes().summary(null, "t1"))
			.withMessageContaining("kind");
		assertThatIllegalArgumentException().isThrownBy(() -> ChangeQuery.all().properties(List.of(" ")))
			.withMessageContaining("properties");
		assertNothingSent();
	}

}
