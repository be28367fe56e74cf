package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import io.github.chameleon4j.client.json.ChameleonJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** How the models read Chameleon's wire format with the client's mapper. */
class ModelDecodingTests {

	private final JsonMapper mapper = ChameleonJson.newMapper();

	private <T> T read(String json, Class<T> type) {
		return this.mapper.readValue(json, type);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"\"2029-08-21T02:46:46Z\"       | 2029-08-21T02:46:46Z",
			"\"2029-12-11T00:28:59.650Z\"   | 2029-12-11T00:28:59.650Z",
			"\"2029-08-21T04:46:46+02:00\"  | 2029-08-21T02:46:46Z",
			"\"2029-08-21T02:46:46\"        | 2029-08-21T02:46:46Z",
			"\"2029-08-21 02:46:46\"        | 2029-08-21T02:46:46Z",
			"\"2029-08-21 02:46:46 +00:00\" | 2029-08-21T02:46:46Z",
			"\"2029-08-21 04:46:46 +02:00\" | 2029-08-21T02:46:46Z",
			"\"2029-08-21\"                 | 2029-08-21T00:00:00Z",
			"1881974806                     | 2029-08-21T02:46:46Z",
			"\"1881974806\"                 | 2029-08-21T02:46:46Z",
			"1881974806.5                   | 2029-08-21T02:46:46.500Z" })
	void everyDocumentedTimestampFormReadsAsUtc(String wire, String expected) {
		Profile profile = read("{ \"id\": \"p1\", \"last_seen_at\": " + wire + " }", Profile.class);
		assertThat(profile.lastSeenAt()).isEqualTo(Instant.parse(expected));
	}

	@Test
	void nullAndBlankTimestampsReadAsNull() {
		assertThat(read("{ \"id\": \"p1\", \"last_seen_at\": null, \"created_at\": \"\" }", Profile.class))
			.satisfies((profile) -> {
				assertThat(profile.lastSeenAt()).isNull();
				assertThat(profile.createdAt()).isNull();
			});
	}

	@Test
	void anUndocumentedTimestampFailsDecoding() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> read("{ \"id\": \"p1\", \"last_seen_at\": \"yesterday\" }", Profile.class));
	}

	@Test
	void profileKeepsEveryCustomPropertyWithItsJsonType() {
		Profile profile = read("""
				{ "id": "p1", "uid": "u-1", "email": "ana@example.org", "plan": "pro", "seats": 12, "arr": 1.5,
				  "disabled": true, "tags": ["a", "b"], "address": { "city": "Oslo" }, "nothing": null,
				  "browser_tz": -5, "last_seen_session_count": 3 }
				""", Profile.class);
		assertThat(profile.properties()).containsEntry("plan", "pro")
			.containsEntry("seats", 12)
			.containsEntry("arr", 1.5)
			.containsEntry("disabled", true)
			.containsEntry("tags", List.of("a", "b"))
			.containsEntry("address", Map.of("city", "Oslo"))
			.containsKey("nothing")
			.doesNotContainKeys("id", "uid", "browser_tz", "last_seen_session_count");
		assertThat(profile.browserTz()).isEqualTo(-5.0);
		assertThat(profile.lastSeenSessionCount()).isEqualTo(3);
		assertThat(profile.email()).isEqualTo("ana@example.org");
	}

	@Test
	void companyKeepsCustomProperties() {
		Company company = read("{ \"id\": \"c1\", \"uid\": \"acct-77\", \"created_at\": \"2029-02-01\", \"plan\": \"gold\" }",
				Company.class);
		assertThat(company.createdAt()).isEqualTo(Instant.parse("2029-02-01T00:00:00Z"));
		assertThat(company.properties()).containsExactly(Map.entry("plan", "gold"));
	}

	@Test
	void experiencesReadTheOlderSingleSegmentIdIntoSegmentIds() {
		assertThat(read("{ \"id\": \"t1\", \"segment_id\": \"s1\" }", Tour.class).segmentIds()).containsExactly("s1");
		assertThat(read("{ \"id\": \"v1\", \"segment_id\": \"s1\" }", Survey.class).segmentIds()).containsExactly("s1");
		assertThat(read("{ \"id\": \"t1\", \"segment_ids\": [\"s1\", \"s2\"] }", Tour.class).segmentIds())
			.containsExactly("s1", "s2");
		assertThat(read("{ \"id\": \"t1\" }", Tour.class).segmentIds()).isEmpty();
	}

	@Test
	void unknownFieldsAreKeptOnModelsThatCaptureThem() {
		Tour tour = read("{ \"id\": \"t1\", \"archived_at\": \"2029-01-01T00:00:00Z\", \"brand_new\": { \"x\": 1 } }", Tour.class);
		assertThat(tour.unknownFields()).containsEntry("archived_at", "2029-01-01T00:00:00Z")
			.containsEntry("brand_new", Map.of("x", 1));
		Delivery delivery = read("{ \"id\": \"d1\", \"priority\": 3 }", Delivery.class);
		assertThat(delivery.unknownFields()).containsEntry("priority", 3);
		IdReference reference = read("{ \"id\": \"e1\", \"queued\": true }", IdReference.class);
		assertThat(reference.unknownFields()).containsEntry("queued", true);
	}

	@Test
	void deliveryReadsModelTypeAsModelKind() {
		assertThat(read("{ \"id\": \"d1\", \"model_type\": \"survey\" }", Delivery.class).modelKind())
			.isEqualTo(ModelKind.SURVEY);
		assertThat(read("{ \"id\": \"d1\", \"model_kind\": \"tour\" }", Delivery.class).modelKind())
			.isEqualTo(ModelKind.TOUR);
	}

	@Test
	void unknownEnumValuesReadAsUnknown() {
		assertThat(read("{ \"id\": \"d1\", \"model_kind\": \"launcher\" }", Delivery.class).modelKind())
			.isEqualTo(ModelKind.UNKNOWN);
		assertThat(read("{ \"id\": \"i1\", \"state\": \"snoozed\" }", TourInteraction.class).state())
			.isEqualTo(InteractionState.UNKNOWN);
		assertThat(read("{ \"id\": \"i1\", \"state\": \"exited\" }", TourInteraction.class).state())
			.isEqualTo(InteractionState.EXITED);
	}

	@Test
	void filtersReadTheIntFieldAndNestedGroups() {
		Filter filter = read("""
				{ "kind": "group", "filters_op": "or", "filters": [
				  { "kind": "tour", "value": "t1", "range": "exited", "cond": "gt-d", "int": 7 },
				  { "kind": "survey", "value": "v1", "mod": "gte", "range": 9 } ] }
				""", Filter.class);
		assertThat(filter.filters()).hasSize(2);
		assertThat(filter.filters().get(0).interval()).isEqualTo(7);
		assertThat(filter.filters().get(1).range()).isEqualTo(9);
		filter.validate("segment.items[0]");
	}

	@Test
	void filtersAreWrittenWithWireNamesAndWithoutNulls() {
		String json = this.mapper.writeValueAsString(
				List.of(Filter.property("plan", "eq", "gold"), Filter.group("or", List.of(Filter.segment("s1")))));
		assertThat(this.mapper.readTree(json)).isEqualTo(this.mapper.readTree("""
				[ { "kind": "property", "prop": "plan", "op": "eq", "value": "gold" },
				  { "kind": "group", "filters_op": "or", "filters": [ { "kind": "segment", "value": "s1" } ] } ]
				"""));
	}

	@Test
	void modelsAreImmutable() {
		Profile profile = read("{ \"id\": \"p1\", \"plan\": \"pro\", \"delivery_ids\": [\"d1\"] }", Profile.class);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> profile.properties().put("plan", "free"));
	}

}
