package io.github.chameleon4j.test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.chameleon4j.test.junit.ChameleonEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PaginationContractTests {

	@RegisterExtension
	static ChameleonEmulatorExtension chameleon = new ChameleonEmulatorExtension(
			(builder) -> builder.seedProfiles(1234).seedCompanies(23));

	/** Walks a list with {@code before} = the previous page's last ID until an empty/short page or no cursor. */
	private List<JsonNode> walk(String path, String key, int limit, List<JsonNode> pages) {
		TestHttp http = new TestHttp(chameleon.emulator());
		List<JsonNode> items = new ArrayList<>();
		String before = null;
		while (true) {
			String separator = path.contains("?") ? "&" : "?";
			JsonNode page = http.get(path + separator + "limit=" + limit + ((before != null) ? "&before=" + before : ""))
				.json();
			pages.add(page);
			JsonNode array = page.get(key);
			array.forEach(items::add);
			if (array.isEmpty() || array.size() < limit) {
				return items;
			}
			JsonNode cursor = page.get("cursor");
			before = (cursor != null && !cursor.get("before").isNull()) ? cursor.get("before").asString()
					: array.get(array.size() - 1).get("id").asString();
		}
	}

	@Test
	void companiesWalkNewestFirstWithCursorOnEveryPage() {
		List<JsonNode> pages = new ArrayList<>();
		List<JsonNode> companies = walk("/v3/analyze/companies", "companies", 5, pages);
		assertThat(companies).hasSize(23);
		List<String> ids = companies.stream().map((company) -> company.get("id").asString()).toList();
		assertThat(ids).isSortedAccordingTo((a, b) -> b.compareTo(a)).doesNotHaveDuplicates();
		assertThat(pages).allSatisfy((page) -> assertThat(page.has("cursor")).isTrue());
		JsonNode first = pages.get(0);
		assertThat(first.get("cursor").get("limit").asInt()).isEqualTo(5);
		assertThat(first.get("cursor").get("before").asString())
			.isEqualTo(first.get("companies").get(4).get("id").asString());
	}

	@Test
	void cursorIsOmittedOnTheLastPageWhenSwitched() {
		chameleon.emulator().paging().cursorStyle(CursorStyle.OMITTED_ON_LAST_PAGE);
		TestHttp http = new TestHttp(chameleon.emulator());
		JsonNode firstPage = http.get("/v3/analyze/companies?limit=20").json();
		assertThat(firstPage.has("cursor")).isTrue();
		String before = firstPage.get("cursor").get("before").asString();
		JsonNode lastPage = http.get("/v3/analyze/companies?limit=20&before=" + before).json();
		assertThat(lastPage.get("companies")).hasSize(3);
		assertThat(lastPage.has("cursor")).isFalse();
	}

	@Test
	void emptyPageKeepsCursorWithNullBeforeOnEveryPageStyle() {
		TestHttp http = new TestHttp(chameleon.emulator());
		String oldest = http.get("/v3/edit/tours?limit=6").json().get("cursor").get("before").asString();
		JsonNode empty = http.get("/v3/edit/tours?before=" + oldest).json();
		assertThat(empty.get("tours")).isEmpty();
		assertThat(empty.get("cursor").get("before").isNull()).isTrue();
	}

	@Test
	void noCursorStyleStillPagesByLastId() {
		chameleon.emulator().paging().cursorStyle(CursorStyle.NONE);
		List<JsonNode> pages = new ArrayList<>();
		List<JsonNode> interactions = walk(
				"/v3/analyze/interactions?id=" + chameleon.emulator().data().publishedTourId(), "interactions", 10,
				pages);
		assertThat(interactions).hasSize(25);
		assertThat(pages).noneSatisfy((page) -> assertThat(page.has("cursor")).isTrue());
	}

	@Test
	void profileSearchPagesThroughEveryProfileWithoutCursorByDefault() {
		List<JsonNode> pages = new ArrayList<>();
		List<JsonNode> profiles = walk("/v3/analyze/profiles", "profiles", 500, pages);
		assertThat(profiles).hasSize(1234);
		Set<String> ids = new HashSet<>();
		profiles.forEach((profile) -> ids.add(profile.get("id").asString()));
		assertThat(ids).hasSize(1234);
		assertThat(pages.get(0).has("cursor")).isFalse();
	}

	@Test
	void deliveriesListHasNoCursorUnlessSwitched() {
		TestHttp http = new TestHttp(chameleon.emulator());
		assertThat(http.get("/v3/edit/deliveries").json().has("cursor")).isFalse();
		chameleon.emulator().paging().deliveriesStyle(CursorStyle.EVERY_PAGE);
		assertThat(http.get("/v3/edit/deliveries").json().has("cursor")).isTrue();
	}

	@Test
	void defaultLimitIs50AndAbove500Is422() {
		TestHttp http = new TestHttp(chameleon.emulator());
		JsonNode page = http.get("/v3/analyze/profiles").json();
		assertThat(page.get("profiles")).hasSize(50);
		assertThat(http.get("/v3/analyze/profiles?limit=500").json().get("profiles")).hasSize(500);
		assertThat(http.get("/v3/analyze/profiles?limit=501").status()).isEqualTo(422);
		assertThat(http.get("/v3/analyze/companies?limit=0").status()).isEqualTo(422);
	}

	@Test
	void idsEncodeCreationTimeSoBeforeAndAfterAcceptTimestamps() {
		TestHttp http = new TestHttp(chameleon.emulator());
		JsonNode tours = http.get("/v3/edit/tours").json().get("tours");
		assertThat(tours).hasSize(6);
		JsonNode third = tours.get(2);
		long createdSecond = java.time.Instant.parse(third.get("created_at").asString()).getEpochSecond();
		assertThat(Long.parseLong(third.get("id").asString().substring(0, 8), 16)).isEqualTo(createdSecond);
		JsonNode before = http.get("/v3/edit/tours?before=" + third.get("created_at").asString()).json().get("tours");
		assertThat(before).hasSize(3);
		assertThat(before.get(0).get("id").asString()).isEqualTo(tours.get(3).get("id").asString());
		JsonNode after = http.get("/v3/edit/tours?after=" + third.get("id").asString()).json().get("tours");
		assertThat(after).hasSize(2);
		JsonNode between = http
			.get("/v3/edit/tours?after=" + tours.get(4).get("id").asString() + "&before=" + tours.get(1).get("id").asString())
			.json()
			.get("tours");
		assertThat(between).hasSize(2);
	}

}
