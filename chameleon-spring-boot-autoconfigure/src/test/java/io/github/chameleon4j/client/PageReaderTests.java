package io.github.chameleon4j.client;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.github.chameleon4j.client.json.ChameleonJson;
import io.github.chameleon4j.model.Profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.chameleon4j.model.Page;

/** The envelope reader binds a page straight from the bytes, and refuses what is not one. */
class PageReaderTests {

	private final JsonMapper mapper = ChameleonJson.newMapper();

	private final EnvelopeReader reader = EnvelopeReader.of(new String[] { "profiles", "users" }, Shape.DECLARED,
			this.mapper.getTypeFactory().constructParametricType(Page.class, Profile.class), false, this.mapper);

	@SuppressWarnings("unchecked")
	private Page<Profile> read(String json) {
		return (Page<Profile>) this.reader.read(json.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsItemsAndCursorInAnyOrderSkippingOtherKeys() {
		Page<Profile> page = read("""
				{ "cursor": { "limit": 2, "before": "p2" }, "meta": { "x": [1, {"y": 2}] },
				  "profiles": [ { "id": "p1", "uid": "a", "plan": "pro" }, null, { "id": "p2", "uid": "b" } ] }""");
		assertThat(page.items()).extracting(Profile::uid).containsExactly("a", "b");
		assertThat(page.items().get(0).property("plan")).isEqualTo("pro");
		assertThat(page.cursor().before()).isEqualTo("p2");
		assertThat(page.cursor().limit()).isEqualTo(2);
	}

	@Test
	void theFirstListedKeyWinsWhereverItAppears() {
		Page<Profile> page = read("{ \"users\": [ { \"id\": \"u\" } ], \"profiles\": [ { \"id\": \"p\" } ] }");
		assertThat(page.items()).extracting(Profile::id).containsExactly("p");
		assertThat(read("{ \"profiles\": null, \"users\": [ { \"id\": \"u\" } ] }").items()).extracting(Profile::id)
			.containsExactly("u");
	}

	@Test
	void aTruncatedBodyIsRefused() {
		String whole = "{ \"profiles\": [ { \"id\": \"p1\" }, { \"id\": \"p2\" } ], \"cursor\": { \"before\": \"p2\" } }";
		for (int cut = 1; cut < whole.length() - 1; cut += 7) {
			String truncated = whole.substring(0, cut);
			assertThatThrownBy(() -> read(truncated)).as("cut at %d", cut).isInstanceOf(RuntimeException.class);
		}
	}

	@Test
	void missingKeysWrongShapesAndTrailingTextAreRefused() {
		assertThatThrownBy(() -> read("{ \"other\": [] }")).hasMessageContaining("'profiles' or 'users'");
		assertThatThrownBy(() -> read("{ \"profiles\": { \"id\": \"p\" } }")).hasMessageContaining("not an array");
		assertThatThrownBy(() -> read("{ \"profiles\": 3, \"users\": [] }")).hasMessageContaining("'profiles' is not an array");
		assertThatThrownBy(() -> read("[ { \"id\": \"p\" } ]")).hasMessageContaining("JSON object");
		assertThatThrownBy(() -> read("{ \"profiles\": [] } {")).isInstanceOf(RuntimeException.class);
		assertThatThrownBy(() -> read("")).hasMessageContaining("JSON object");
	}

}
