package io.github.chameleon4j.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;

import io.github.chameleon4j.model.ColumnMapping;
import io.github.chameleon4j.model.CompanyTraits;
import io.github.chameleon4j.model.DeliveryRequest;
import io.github.chameleon4j.model.DeliveryUpdate;
import io.github.chameleon4j.model.DomainChange;
import io.github.chameleon4j.model.EnvironmentChange;
import io.github.chameleon4j.model.ExperienceKind;
import io.github.chameleon4j.model.ExperienceRef;
import io.github.chameleon4j.model.ExperienceUpdate;
import io.github.chameleon4j.model.HelpBarChange;
import io.github.chameleon4j.model.ImportChange;
import io.github.chameleon4j.model.ModelKind;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.model.PropertyChange;
import io.github.chameleon4j.model.PropertyKind;
import io.github.chameleon4j.model.SearchItemChange;
import io.github.chameleon4j.model.TagUpdate;
import io.github.chameleon4j.model.TaggableType;
import io.github.chameleon4j.model.TrackedEvent;
import io.github.chameleon4j.model.TranslationFormat;
import io.github.chameleon4j.model.WebhookKind;
import io.github.chameleon4j.model.WebhookSubscriptionRequest;
import io.github.chameleon4j.resilience.CallPolicy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.chameleon4j.model.ActivityQuery;
import io.github.chameleon4j.model.ChangeQuery;
import io.github.chameleon4j.model.CompanyQuery;
import io.github.chameleon4j.model.DeliveryQuery;
import io.github.chameleon4j.model.ProfileSearch;
import io.github.chameleon4j.model.PageRequest;

/**
 * Every endpoint of the reference's endpoint index (§4) is reachable from
 * {@link ChameleonOperations}.
 * <p>
 * {@link #INDEX} copies the 95 rows (method(s) and path template). {@link #CALLS} maps each
 * {@code "METHOD path"} to one client call; the parameterised test runs it against WireMock, which
 * answers every request with one body holding every documented top-level key, and checks in the
 * request journal that exactly that method and path were sent. Where a row lists two methods with
 * the same meaning and the client sends only one, {@link #EQUIVALENT_FORMS} names the form that is
 * not sent and why:
 * <ul>
 * <li>{@code POST /} and the {@code POST} forms of the profile lookups carry no body the GET lacks
 * (the secret travels in the header either way), so {@code GET} covers them;</li>
 * <li>profile search and count and company search are sent as {@code POST} because filters can be
 * long; {@code GET} with query parameters means the same;</li>
 * <li>translation downloads of one Experience or a kind have no body, so {@code GET} covers
 * {@code POST}; a chosen mix needs the {@code experiences} body, so {@code POST} covers {@code GET}.</li>
 * </ul>
 * The {@code :account_secret} path forms of the observe hooks exist for tools that cannot send
 * headers; the client always uses the header (the secret must never appear in a URL). The three
 * overview-only endpoints the reference marks uncertain are not part of the index.
 */
class EndpointCoverageTests {

	static final List<String> INDEX = List.of(
			"1 GET|POST /",
			"2 GET|POST /v3/analyze/profiles/:id",
			"3 GET|POST /v3/analyze/profile?uid=:uid",
			"4 GET|POST /v3/analyze/profiles",
			"5 GET|POST /v3/analyze/profiles/count",
			"6 DELETE /v3/edit/profiles/:id",
			"7 DELETE /v3/edit/profiles?uid=:uid",
			"8 DELETE /v3/edit/profiles/:id/forget",
			"9 DELETE /v3/edit/profiles/forget?uid=:uid",
			"10 GET /v3/analyze/companies/:id",
			"11 GET /v3/analyze/company?uid=:uid",
			"12 GET|POST /v3/analyze/companies",
			"13 DELETE /v3/edit/companies/:id",
			"14 DELETE /v3/edit/company?uid=:uid",
			"15 GET /v3/edit/segments",
			"16 GET /v3/edit/segments/:id",
			"17 GET /v3/edit/segments/:id/:kind",
			"18 GET /v3/edit/tours",
			"19 GET /v3/edit/tours/:id",
			"20 PATCH /v3/edit/tours/:id",
			"21 GET /v3/edit/surveys",
			"22 GET /v3/edit/surveys/:id",
			"23 PATCH /v3/edit/surveys/:id",
			"24 GET /v3/edit/embeds",
			"25 GET /v3/edit/embeds/:id",
			"26 PATCH /v3/edit/embeds/:id",
			"27 GET /v3/edit/tooltips",
			"28 GET /v3/edit/tooltips/:id",
			"29 PATCH /v3/edit/tooltips/:id",
			"30 GET /v3/edit/launchers",
			"31 GET /v3/edit/launchers/:id",
			"32 PATCH /v3/edit/launchers/:id",
			"33 GET /v3/analyze/interactions?id=:tour_id",
			"34 GET /v3/analyze/responses?id=:survey_id",
			"35 DELETE /v3/edit/responses/:id",
			"36 GET /v3/edit/deliveries",
			"37 GET /v3/edit/deliveries/:id",
			"38 POST /v3/edit/deliveries",
			"39 PATCH /v3/edit/deliveries/:id",
			"40 DELETE /v3/edit/deliveries/:id",
			"41 GET /v3/edit/searches",
			"42 POST /v3/edit/searches",
			"43 GET /v3/edit/search_items",
			"44 POST /v3/edit/search_items",
			"45 PATCH /v3/edit/search_items",
			"46 PATCH /v3/edit/search_items/:id",
			"47 POST /v3/edit/search_items/batch",
			"48 DELETE /v3/edit/search_items",
			"49 DELETE /v3/edit/search_items/batch",
			"50 POST /v3/edit/search_imports",
			"51 GET /v3/edit/search_imports/:id",
			"52 GET /v3/edit/properties?kind=:kind",
			"53 POST /v3/edit/properties",
			"54 PUT|PATCH /v3/edit/properties/:id",
			"55 GET /v3/edit/event_names",
			"56 GET /v3/edit/event_names/:id",
			"57 GET /v3/edit/tags",
			"58 GET /v3/edit/tags/:id",
			"59 POST /v3/edit/tags/bulk",
			"60 POST /v3/edit/urls",
			"61 PUT|PATCH /v3/edit/urls/:id",
			"62 POST /v3/edit/urls/batch",
			"63 GET /v3/edit/urls",
			"64 GET /v3/edit/urls/:id",
			"65 POST /v3/edit/url_groups",
			"66 PUT|PATCH /v3/edit/url_groups/:id",
			"67 GET /v3/edit/url_groups",
			"68 GET /v3/edit/url_groups/:id",
			"69 GET /v3/edit/limit_groups",
			"70 GET /v3/edit/limit_groups/:id",
			"71 GET /v3/edit/limit_groups/:id/experiences",
			"72 GET /v3/edit/alert_groups",
			"73 GET /v3/edit/alert_groups/:id",
			"74 GET /v3/edit/themes",
			"75 GET /v3/edit/themes/:id",
			"76 GET /v3/edit/changes",
			"77 GET /v3/edit/:model_kind/:model_id/changes",
			"78 GET /v3/edit/:model_kind/:model_id/changes/summary",
			"79 GET /v3/edit/imports",
			"80 POST /v3/edit/imports",
			"81 GET /v3/edit/imports/:id",
			"82 PATCH /v3/edit/imports/:id",
			"83 GET /v3/edit/imports/:id.csv",
			"84 GET|POST /v3/edit/:kind/:id/i18n.{yaml,json}",
			"85 GET|POST /v3/edit/:kind/i18n.{yaml,json}",
			"86 GET|POST /v3/edit/experiences/i18n.{yaml,json}",
			"87 POST /v3/edit/i18n",
			"88 GET /v3/edit/webhooks?kind=:kind",
			"89 POST /v3/edit/webhooks",
			"90 DELETE /v3/edit/webhooks/:id",
			"91 POST /v3/observe/hooks/profiles",
			"92 POST /v3/observe/hooks/profiles/batch",
			"93 POST /v3/observe/hooks/companies",
			"94 POST /v3/observe/hooks/companies/batch",
			"95 POST /v3/observe/hooks/events");

	static final Map<String, String> EQUIVALENT_FORMS = Map.of(
			"POST /", "GET / performs the same credential check",
			"POST /v3/analyze/profiles/:id", "a lookup without body: GET is the same request",
			"POST /v3/analyze/profile?uid=:uid", "a lookup without body: GET is the same request",
			"GET /v3/analyze/profiles", "search is sent as POST (filters can be long); same semantics",
			"GET /v3/analyze/profiles/count", "count is sent as POST (filters can be long); same semantics",
			"GET /v3/analyze/companies", "search is sent as POST (filters can be long); same semantics",
			"POST /v3/edit/:kind/:id/i18n.{yaml,json}", "no body: GET is the same download",
			"POST /v3/edit/:kind/i18n.{yaml,json}", "no body: GET is the same download",
			"GET /v3/edit/experiences/i18n.{yaml,json}", "the selection needs a body: sent as POST");

	static final Map<String, Function<ChameleonOperations, Publisher<?>>> CALLS = calls();

	private static final String ID = "65f1a2b3c4d5e6f708192a3b";

	private static final String UNIVERSAL_BODY = """
			{ "account": {"id": "a1"}, "user": {"id": "u1"},
			  "profile": {"id": "p1"}, "profiles": [], "count": 3, "deletion": {"id": "d1"}, "deletions": [],
			  "company": {"id": "c1"}, "companies": [],
			  "segment": {"id": "s1"}, "segments": [],
			  "tour": {"id": "t1"}, "tours": [], "survey": {"id": "v1"}, "surveys": [],
			  "embed": {"id": "e1"}, "embeds": [], "tooltip": {"id": "tt1"}, "tooltips": [],
			  "launcher": {"id": "l1", "items": []}, "launchers": [],
			  "interactions": [], "responses": [], "response": {"id": "r1"},
			  "delivery": {"id": "dl1"}, "deliveries": [],
			  "searches": [{"id": "h1"}], "search": {"id": "h1"}, "search_items": [], "search_item": {"id": "si1"},
			  "search_import": {"id": "imp1"},
			  "properties": [], "property": {"id": "pr1"}, "event_names": [], "event_name": {"id": "en1"},
			  "tags": [], "tag": {"id": "tg1"}, "updates": [],
			  "url": {"id": "url1"}, "urls": [], "url_group": {"id": "ug1"}, "url_groups": [],
			  "limit_groups": [], "limit_group": {"id": "lg1"}, "alert_groups": [], "alert_group": {"id": "ag1"},
			  "themes": [], "theme": {"id": "th1"}, "changes": [], "imports": [], "import": {"id": "im1"},
			  "webhooks": [], "webhook": {"id": "w1"}, "batch": {"id": "b1"}, "event": {"id": "ev1"} }
			""";

	static WireMockServer wiremock;

	static ChameleonOperations chameleon;

	@BeforeAll
	static void start() {
		wiremock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		wiremock.start();
		chameleon = ChameleonOperations.builder().callPolicy(CallPolicy.direct()).baseUrl(wiremock.baseUrl()).accountSecret("test-secret").build();
	}

	@AfterAll
	static void stop() {
		chameleon.close();
		wiremock.stop();
	}

	@BeforeEach
	void stubEverything() {
		wiremock.resetAll();
		wiremock.stubFor(any(anyUrl()).willReturn(
				aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(UNIVERSAL_BODY)));
	}

	@Test
	void theIndexHasAllNinetyFiveRows() {
		assertThat(INDEX).hasSize(95);
		for (int i = 0; i < INDEX.size(); i++) {
			assertThat(INDEX.get(i)).startsWith((i + 1) + " ");
		}
	}

	@Test
	void everyMethodAndPathOfTheIndexIsCalledOrCoveredByAnEquivalentForm() {
		List<String> missing = new ArrayList<>();
		for (String key : indexKeys()) {
			if (!CALLS.containsKey(key) && !EQUIVALENT_FORMS.containsKey(key)) {
				missing.add(key);
			}
		}
		assertThat(missing).as("endpoints without a client call").isEmpty();
	}

	@Test
	void everyEquivalentFormHasItsSiblingCalled() {
		for (String form : EQUIVALENT_FORMS.keySet()) {
			assertThat(indexKeys()).contains(form);
			String path = form.substring(form.indexOf(' ') + 1);
			assertThat(CALLS.keySet()).as(form).anyMatch((key) -> key.endsWith(" " + path));
		}
	}

	@Test
	void everyCallBelongsToTheIndex() {
		assertThat(indexKeys()).containsAll(CALLS.keySet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("callKeys")
	void eachCallSendsItsMethodAndPath(String key) {
		List<?> items = Flux.from(CALLS.get(key).apply(chameleon))
			.map((item) -> (item instanceof DataBuffer buffer) ? release(buffer) : item)
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(items).isNotNull();
		String method = key.substring(0, key.indexOf(' '));
		String template = key.substring(key.indexOf(' ') + 1);
		List<ServeEvent> events = wiremock.getAllServeEvents();
		assertThat(events).as(key).anySatisfy((event) -> {
			assertThat(event.getRequest().getMethod().value()).isEqualTo(method);
			assertThat(matches(template, event.getRequest().getUrl())).as(event.getRequest().getUrl()).isTrue();
			assertThat(event.getRequest().getHeader("X-Account-Secret")).isEqualTo("test-secret");
		});
	}

	static Stream<String> callKeys() {
		return CALLS.keySet().stream();
	}

	private static String release(DataBuffer buffer) {
		String text = buffer.toString(StandardCharsets.UTF_8);
		DataBufferUtils.release(buffer);
		return text;
	}

	private static List<String> indexKeys() {
		List<String> keys = new ArrayList<>();
		for (String row : INDEX) {
			String[] parts = row.split(" ");
			for (String method : parts[1].split("\\|")) {
				keys.add(method + " " + parts[2]);
			}
		}
		return keys;
	}

	/** Path variables match one segment; {@code {yaml,json}} either extension; query names must be present. */
	static boolean matches(String template, String url) {
		String[] templateParts = template.split("\\?", 2);
		String[] urlParts = url.split("\\?", 2);
		String regex = Pattern.quote(templateParts[0])
			.replace("{yaml,json}", "\\E(yaml|json)\\Q")
			.replaceAll(":[a-z_]+", "\\\\E[^/]+?\\\\Q");
		if (!urlParts[0].matches(regex)) {
			return false;
		}
		if (templateParts.length == 1) {
			return true;
		}
		String name = templateParts[1].substring(0, templateParts[1].indexOf('='));
		return urlParts.length == 2 && ("&" + urlParts[1]).contains("&" + name + "=");
	}

	private static Map<String, Function<ChameleonOperations, Publisher<?>>> calls() {
		Map<String, Function<ChameleonOperations, Publisher<?>>> calls = new LinkedHashMap<>();
		calls.put("GET /", ChameleonOperations::verifyCredentials);
		calls.put("GET /v3/analyze/profiles/:id", (c) -> c.profiles().get(ID));
		calls.put("GET /v3/analyze/profile?uid=:uid", (c) -> c.profiles().getByUid("u-4410"));
		calls.put("POST /v3/analyze/profiles", (c) -> c.profiles().search(ProfileSearch.segment(ID)));
		calls.put("POST /v3/analyze/profiles/count", (c) -> c.profiles().count(ProfileSearch.segment(ID)));
		calls.put("DELETE /v3/edit/profiles/:id", (c) -> c.profiles().clear(ID));
		calls.put("DELETE /v3/edit/profiles?uid=:uid", (c) -> c.profiles().clearByUid("u-4410"));
		calls.put("DELETE /v3/edit/profiles/:id/forget", (c) -> c.profiles().forget(ID));
		calls.put("DELETE /v3/edit/profiles/forget?uid=:uid", (c) -> c.profiles().forgetByUid("u-4410"));
		calls.put("GET /v3/analyze/companies/:id", (c) -> c.companies().get(ID));
		calls.put("GET /v3/analyze/company?uid=:uid", (c) -> c.companies().getByUid("acct-77"));
		calls.put("POST /v3/analyze/companies", (c) -> c.companies().list(CompanyQuery.all()));
		calls.put("DELETE /v3/edit/companies/:id", (c) -> c.companies().delete(ID, false));
		calls.put("DELETE /v3/edit/company?uid=:uid", (c) -> c.companies().deleteByUid("acct-77", true));
		calls.put("GET /v3/edit/segments", (c) -> c.segments().list(PageRequest.first()));
		calls.put("GET /v3/edit/segments/:id", (c) -> c.segments().get(ID));
		calls.put("GET /v3/edit/segments/:id/:kind", (c) -> c.segments().tours(ID, PageRequest.first()));
		calls.put("GET /v3/edit/tours", (c) -> c.tours().list(PageRequest.first()));
		calls.put("GET /v3/edit/tours/:id", (c) -> c.tours().get(ID));
		calls.put("PATCH /v3/edit/tours/:id", (c) -> c.tours().update(ID, ExperienceUpdate.publish()));
		calls.put("GET /v3/edit/surveys", (c) -> c.surveys().list(PageRequest.first()));
		calls.put("GET /v3/edit/surveys/:id", (c) -> c.surveys().get(ID));
		calls.put("PATCH /v3/edit/surveys/:id", (c) -> c.surveys().update(ID, ExperienceUpdate.unpublish()));
		calls.put("GET /v3/edit/embeds", (c) -> c.embeds().list(PageRequest.first()));
		calls.put("GET /v3/edit/embeds/:id", (c) -> c.embeds().get(ID));
		calls.put("PATCH /v3/edit/embeds/:id", (c) -> c.embeds().update(ID, ExperienceUpdate.publish()));
		calls.put("GET /v3/edit/tooltips", (c) -> c.tooltips().list(PageRequest.first()));
		calls.put("GET /v3/edit/tooltips/:id", (c) -> c.tooltips().get(ID));
		calls.put("PATCH /v3/edit/tooltips/:id", (c) -> c.tooltips().update(ID, ExperienceUpdate.publish()));
		calls.put("GET /v3/edit/launchers", (c) -> c.launchers().list(PageRequest.first()));
		calls.put("GET /v3/edit/launchers/:id", (c) -> c.launchers().get(ID));
		calls.put("PATCH /v3/edit/launchers/:id", (c) -> c.launchers().update(ID, ExperienceUpdate.publish()));
		calls.put("GET /v3/analyze/interactions?id=:tour_id", (c) -> c.interactions().list(ActivityQuery.of(ID)));
		calls.put("GET /v3/analyze/responses?id=:survey_id", (c) -> c.responses().list(ActivityQuery.of(ID)));
		calls.put("DELETE /v3/edit/responses/:id", (c) -> c.responses().delete(ID));
		calls.put("GET /v3/edit/deliveries", (c) -> c.deliveries().list(DeliveryQuery.all()));
		calls.put("GET /v3/edit/deliveries/:id", (c) -> c.deliveries().get(ID));
		calls.put("POST /v3/edit/deliveries",
				(c) -> c.deliveries().create(DeliveryRequest.of(ModelKind.TOUR, ID).toUid("u-4410").build()));
		calls.put("PATCH /v3/edit/deliveries/:id",
				(c) -> c.deliveries().update(ID, DeliveryUpdate.none().once(true)));
		calls.put("DELETE /v3/edit/deliveries/:id", (c) -> c.deliveries().delete(ID));
		calls.put("GET /v3/edit/searches", (c) -> c.helpBar().get());
		calls.put("POST /v3/edit/searches", (c) -> c.helpBar().save(HelpBarChange.none().placeholder("Search")));
		calls.put("GET /v3/edit/search_items", (c) -> c.helpBar().listItems(PageRequest.first(), null));
		calls.put("POST /v3/edit/search_items",
				(c) -> c.helpBar().upsertItem("report-8812", SearchItemChange.none().title("Q2")));
		calls.put("PATCH /v3/edit/search_items",
				(c) -> c.helpBar().updateItemByUid("report-8812", SearchItemChange.none().title("Q2")));
		calls.put("PATCH /v3/edit/search_items/:id",
				(c) -> c.helpBar().updateItem(ID, SearchItemChange.none().title("Q2")));
		calls.put("POST /v3/edit/search_items/batch",
				(c) -> c.helpBar().updateItems(List.of(ID), SearchItemChange.none().unpin()));
		calls.put("DELETE /v3/edit/search_items", (c) -> c.helpBar().deleteItemByUid("report-8812"));
		calls.put("DELETE /v3/edit/search_items/batch", (c) -> c.helpBar().deleteItems(List.of(ID)));
		calls.put("POST /v3/edit/search_imports", (c) -> c.helpBar().importItems(csv(), null));
		calls.put("GET /v3/edit/search_imports/:id", (c) -> c.helpBar().getImport(ID));
		calls.put("GET /v3/edit/properties?kind=:kind", (c) -> c.properties().list(PropertyKind.PROFILE, null, false));
		calls.put("POST /v3/edit/properties",
				(c) -> c.properties().create("Renewal date", "Next renewal", PropertyKind.COMPANY));
		calls.put("PUT /v3/edit/properties/:id", (c) -> c.properties().replace(ID, PropertyChange.none().name("A")));
		calls.put("PATCH /v3/edit/properties/:id", (c) -> c.properties().update(ID, PropertyChange.none().name("A")));
		calls.put("GET /v3/edit/event_names", (c) -> c.eventNames().list(PageRequest.first()));
		calls.put("GET /v3/edit/event_names/:id", (c) -> c.eventNames().get(ID));
		calls.put("GET /v3/edit/tags", (c) -> c.tags().list(PageRequest.first()));
		calls.put("GET /v3/edit/tags/:id", (c) -> c.tags().get(ID));
		calls.put("POST /v3/edit/tags/bulk",
				(c) -> c.tags().bulkUpdate(List.of(TagUpdate.addTagNamed(ID, TaggableType.CAMPAIGN, "Q2 launch"))));
		calls.put("POST /v3/edit/urls", (c) -> c.domains().create("app.example.org", DomainChange.none()));
		calls.put("PUT /v3/edit/urls/:id", (c) -> c.domains().replace(ID, DomainChange.none().enabled("off")));
		calls.put("PATCH /v3/edit/urls/:id", (c) -> c.domains().update(ID, DomainChange.none().enabled("off")));
		calls.put("POST /v3/edit/urls/batch",
				(c) -> c.domains().updateAll(List.of(ID), DomainChange.none().defaultEnvironment()));
		calls.put("GET /v3/edit/urls", (c) -> c.domains().list(null, PageRequest.first()));
		calls.put("GET /v3/edit/urls/:id", (c) -> c.domains().get(ID));
		calls.put("POST /v3/edit/url_groups", (c) -> c.environments().create(EnvironmentChange.none().name("Staging")));
		calls.put("PUT /v3/edit/url_groups/:id",
				(c) -> c.environments().replace(ID, EnvironmentChange.none().name("Staging")));
		calls.put("PATCH /v3/edit/url_groups/:id",
				(c) -> c.environments().update(ID, EnvironmentChange.none().name("Staging")));
		calls.put("GET /v3/edit/url_groups", (c) -> c.environments().list(PageRequest.first()));
		calls.put("GET /v3/edit/url_groups/:id", (c) -> c.environments().get(ID));
		calls.put("GET /v3/edit/limit_groups", (c) -> c.limitGroups().list());
		calls.put("GET /v3/edit/limit_groups/:id", (c) -> c.limitGroups().get(ID));
		calls.put("GET /v3/edit/limit_groups/:id/experiences", (c) -> c.limitGroups().experiences(ID, true));
		calls.put("GET /v3/edit/alert_groups", (c) -> c.alertGroups().list());
		calls.put("GET /v3/edit/alert_groups/:id", (c) -> c.alertGroups().get(ID));
		calls.put("GET /v3/edit/themes", (c) -> c.themes().list(PageRequest.first()));
		calls.put("GET /v3/edit/themes/:id", (c) -> c.themes().get(ID));
		calls.put("GET /v3/edit/changes", (c) -> c.changes().list(ChangeQuery.all()));
		calls.put("GET /v3/edit/:model_kind/:model_id/changes",
				(c) -> c.changes().forExperience(ExperienceKind.TOUR, ID, ChangeQuery.all()));
		calls.put("GET /v3/edit/:model_kind/:model_id/changes/summary",
				(c) -> c.changes().summary(ExperienceKind.TOUR, ID));
		calls.put("GET /v3/edit/imports", (c) -> c.imports().list());
		calls.put("POST /v3/edit/imports", (c) -> c.imports()
			.create(ImportChange.none().name("Plan sync").properties(List.of(ColumnMapping.of("Email", "email")))));
		calls.put("GET /v3/edit/imports/:id", (c) -> c.imports().get(ID));
		calls.put("PATCH /v3/edit/imports/:id", (c) -> c.imports().upload(ID, csv(), true));
		calls.put("GET /v3/edit/imports/:id.csv", (c) -> c.imports().download(ID));
		calls.put("GET /v3/edit/:kind/:id/i18n.{yaml,json}",
				(c) -> c.localization().download(ExperienceKind.TOUR, ID, TranslationFormat.YAML));
		calls.put("GET /v3/edit/:kind/i18n.{yaml,json}",
				(c) -> c.localization().downloadAll(ExperienceKind.SURVEY, TranslationFormat.JSON));
		calls.put("POST /v3/edit/experiences/i18n.{yaml,json}", (c) -> c.localization()
			.downloadSelection(List.of(new ExperienceRef(ExperienceKind.TOUR, ID)), TranslationFormat.YAML));
		calls.put("POST /v3/edit/i18n", (c) -> c.localization().upload(List.of(csv())));
		calls.put("GET /v3/edit/webhooks?kind=:kind", (c) -> c.webhooks().list(WebhookKind.WEBHOOK));
		calls.put("POST /v3/edit/webhooks", (c) -> c.webhooks()
			.create(WebhookSubscriptionRequest.of("https://hooks.example.org/chameleon", List.of("tour.completed"))));
		calls.put("DELETE /v3/edit/webhooks/:id", (c) -> c.webhooks().delete(ID));
		calls.put("POST /v3/observe/hooks/profiles", (c) -> c.hooks().identify(ProfileTraits.forUid("u-4410")));
		calls.put("POST /v3/observe/hooks/profiles/batch",
				(c) -> c.hooks().identifyAll(List.of(ProfileTraits.forUid("u-4410")), true));
		calls.put("POST /v3/observe/hooks/companies", (c) -> c.hooks().upsertCompany(CompanyTraits.forUid("acct-77")));
		calls.put("POST /v3/observe/hooks/companies/batch",
				(c) -> c.hooks().upsertCompanies(List.of(CompanyTraits.forUid("acct-77")), false));
		calls.put("POST /v3/observe/hooks/events",
				(c) -> c.hooks().track(TrackedEvent.forUid("u-4410").named("Invoice paid")));
		return calls;
	}

	private static FileUpload csv() {
		return FileUpload.of(new ByteArrayResource("uid,email\nu-1,a@example.org\n".getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "items.csv";
			}
		});
	}

}
