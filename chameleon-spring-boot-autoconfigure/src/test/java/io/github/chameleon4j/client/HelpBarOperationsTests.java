package io.github.chameleon4j.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import io.github.chameleon4j.model.HelpBar;
import io.github.chameleon4j.model.HelpBarChange;
import io.github.chameleon4j.model.SearchAction;
import io.github.chameleon4j.model.SearchGroup;
import io.github.chameleon4j.model.SearchImport;
import io.github.chameleon4j.model.SearchItem;
import io.github.chameleon4j.model.SearchItemChange;
import io.github.chameleon4j.model.SearchLabel;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import io.github.chameleon4j.model.PageRequest;

class HelpBarOperationsTests extends ResourceTestSupport {

	private static final Duration WAIT = Duration.ofSeconds(5);

	@Test
	void getReadsTheOnlyHelpBarWithGroupsThemesAndStyles() {
		stub(get("/v3/edit/searches"), """
				{ "searches": [ { "id": "6604d5e6f708193001020300", "placeholder": "Search or ask…", "key_meta": true,
				  "key_uid": "k", "published_at": "2029-04-02T10:00:00Z", "style_color_text": "222222",
				  "label_themes": [ { "id": "6604d5e6f708193001020399", "style": "filled",
				                      "style_color_text": "FFFFFF", "style_color_background": "CC3344" } ],
				  "search_groups": [ { "id": "g1", "title": "Help centre", "url": "https://help.example.org",
				                       "icon": { "kind": "uid", "uid": "book_open" },
				                       "url_options": { "integration": "zendesk", "results_count": 10 } } ] } ] }
				""");
		HelpBar helpBar = this.chameleon.helpBar().get().block(WAIT);
		assertThat(helpBar.keyMeta()).isTrue();
		assertThat(helpBar.labelThemes()).singleElement()
			.satisfies((theme) -> assertThat(theme.styleColorBackground()).isEqualTo("CC3344"));
		assertThat(helpBar.groups()).singleElement().satisfies((group) -> {
			assertThat(group.icon().uid()).isEqualTo("book_open");
			assertThat(group.urlOptions()).containsEntry("integration", "zendesk");
		});
		assertThat(helpBar.unknownFields()).containsEntry("style_color_text", "222222");
	}

	@Test
	void getCompletesEmptyWhenNoHelpBarExists() {
		stub(get("/v3/edit/searches"), "{\"searches\": []}");
		assertThat(this.chameleon.helpBar().get().blockOptional(WAIT)).isEmpty();
	}

	@Test
	void saveSendsSearchGroupsAndReadsTheSearchKey() {
		stub(post("/v3/edit/searches").withRequestBody(equalToJson("""
				{ "placeholder": "Search", "key_uid": "k", "key_meta": true,
				  "published_at": "${json-unit.regex}\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}Z" }
				""")), "{\"search\": {\"id\": \"h1\", \"placeholder\": \"Search\"}}");
		HelpBar saved = this.chameleon.helpBar()
			.save(HelpBarChange.none().placeholder("Search").shortcut("k", true).publish())
			.block(WAIT);
		assertThat(saved.id()).isEqualTo("h1");
	}

	@Test
	void savingSearchGroupsSendsOnlyWhatAClientSets() {
		stub(post("/v3/edit/searches").withRequestBody(equalToJson("""
				{ "search_groups": [ { "id": "g1", "title": "Docs", "url": "https://docs.example.org" } ] }
				""")), "{\"search\": {\"id\": \"h1\"}}");
		SearchGroup docs = new SearchGroup("g1", Instant.parse("2029-01-01T00:00:00Z"), null, "https://docs.example.org",
				"Docs", null, 2, null, null, Map.of("title", "Docs home", "results_count", 7), Map.of("extra", 1));
		assertThat(this.chameleon.helpBar().save(HelpBarChange.none().searchGroups(List.of(docs))).block(WAIT).id())
			.isEqualTo("h1");
	}

	@Test
	void upsertSendsTheUidWithTheItemAndReadsTheInferredKey() {
		stub(post("/v3/edit/search_items").withRequestBody(equalToJson("""
				{ "uid": "report-8812", "title": "Q2 pipeline report", "company_uids": ["acct-77"],
				  "actions": [ { "kind": "event", "event_name": "Opened report" }, { "kind": "navigate", "url": "/reports/8812" } ],
				  "title_labels": [ { "text": "NEW", "theme_uid": "filled_green" } ] }
				""")), "{\"search_item\": {\"id\": \"si1\", \"uid\": \"report-8812\", \"actions\": [{\"kind\": \"navigate\", \"url\": \"/r\"}]}}");
		SearchItem item = this.chameleon.helpBar()
			.upsertItem("report-8812", SearchItemChange.none()
				.title("Q2 pipeline report")
				.companyUids(List.of("acct-77"))
				.actions(List.of(SearchAction.event("Opened report"), SearchAction.navigate("/reports/8812")))
				.titleLabels(List.of(SearchLabel.of("NEW", "filled_green"))))
			.block(WAIT);
		assertThat(item.uid()).isEqualTo("report-8812");
		assertThat(item.actions()).singleElement().satisfies((action) -> {
			assertThat(action.kind()).isEqualTo("navigate");
			assertThat(action.unknownFields()).containsEntry("url", "/r");
		});
	}

	@Test
	void undocumentedWriteResponsesAreSuccessEvenWithoutABody() {
		this.wiremock.stubFor(patch("/v3/edit/search_items")
			.withRequestBody(equalToJson("{\"uid\": \"u1\", \"pinned_at\": null}"))
			.willReturn(aResponse().withStatus(204)));
		assertThat(this.chameleon.helpBar().updateItemByUid("u1", SearchItemChange.none().unpin()).blockOptional(WAIT))
			.isEmpty();
	}

	@Test
	void patchByIdReadsABareItemBody() {
		stub(patch("/v3/edit/search_items/si1").withRequestBody(equalToJson("{\"title\": \"T\"}")),
				"{\"id\": \"si1\", \"title\": \"T\"}");
		assertThat(this.chameleon.helpBar().updateItem("si1", SearchItemChange.none().title("T")).block(WAIT).title())
			.isEqualTo("T");
	}

	@Test
	void batchUpdateSendsTheIdsWithTheChange() {
		stub(post("/v3/edit/search_items/batch")
			.withRequestBody(equalToJson("{\"ids\": [\"a\", \"b\"], \"search_group_id\": \"g1\"}")), "{\"ok\": true}");
		JsonNode body = this.chameleon.helpBar()
			.updateItems(List.of("a", "b"), SearchItemChange.none().searchGroupId("g1"))
			.block(WAIT);
		assertThat(body.get("ok").asBoolean()).isTrue();
	}

	@Test
	void deletesSendJsonBodies() {
		this.wiremock.stubFor(delete("/v3/edit/search_items").willReturn(aResponse().withStatus(200)));
		this.wiremock.stubFor(delete("/v3/edit/search_items/batch").willReturn(aResponse().withStatus(200)));
		this.chameleon.helpBar().deleteItemByUid("report-8812").block(WAIT);
		this.chameleon.helpBar().deleteItems(List.of("a", "b")).block(WAIT);
		this.wiremock.verify(deleteRequestedFor(urlEqualTo("/v3/edit/search_items"))
			.withRequestBody(equalToJson("{\"uid\": \"report-8812\"}"))
			.withHeader("X-Account-Secret", equalTo("test-secret")));
		this.wiremock.verify(deleteRequestedFor(urlEqualTo("/v3/edit/search_items/batch"))
			.withRequestBody(equalToJson("{\"ids\": [\"a\", \"b\"]}")));
	}

	@Test
	void importStreamsTheCsvAsPartFileWithTheGroup() {
		stub(post("/v3/edit/search_imports")
			.withMultipartRequestBody(aMultipart().withName("file").withBody(containing("uid,title")))
			.withMultipartRequestBody(aMultipart().withName("search_group_id").withBody(equalTo("g1"))),
				"{\"search_import\": {\"id\": \"imp1\", \"filename\": \"items.csv\"}}");
		Flux<DataBuffer> content = Flux.just("uid,title\n", "u1,First\n")
			.map((line) -> DefaultDataBufferFactory.sharedInstance.wrap(line.getBytes(StandardCharsets.UTF_8)));
		SearchImport started = this.chameleon.helpBar().importItems(FileUpload.of("items.csv", content), "g1").block(WAIT);
		assertThat(started.id()).isEqualTo("imp1");
	}

	@Test
	void importProgressReadsStats() {
		stub(get("/v3/edit/search_imports/imp1"), """
				{ "search_import": { "id": "imp1", "head_columns": [ { "name": "uid", "values": ["u1"] } ],
				  "stats": { "rows_count": 2, "last_row": 2, "last_import_state": "completed", "created_count": 2 } } }
				""");
		SearchImport progress = this.chameleon.helpBar().getImport("imp1").block(WAIT);
		assertThat(progress.stats().isCompleted()).isTrue();
		assertThat(progress.headColumns()).singleElement().satisfies((column) -> assertThat(column.values()).containsExactly("u1"));
	}

	@Test
	void listItemsFiltersByImport() {
		stub(get(urlPathEqualTo("/v3/edit/search_items")).withQueryParam("search_import_id", equalTo("imp1")),
				"{\"search_items\": [ {\"id\": \"si1\", \"uid\": \"u1\"} ], \"cursor\": {\"limit\": 50}}");
		assertThat(this.chameleon.helpBar().listItems(PageRequest.first(), "imp1").block(WAIT).items())
			.extracting(SearchItem::uid).containsExactly("u1");
	}

	@Test
	void invalidArgumentsFailBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.chameleon.helpBar().upsertItem("", SearchItemChange.none().title("t")))
			.withMessageContaining("uid");
		assertThatIllegalArgumentException().isThrownBy(() -> this.chameleon.helpBar().deleteItems(List.of()))
			.withMessageContaining("ids");
		assertThatIllegalArgumentException().isThrownBy(() -> this.chameleon.helpBar().importItems(null, null))
			.withMessageContaining("csv");
		assertNothingSent();
	}

}
