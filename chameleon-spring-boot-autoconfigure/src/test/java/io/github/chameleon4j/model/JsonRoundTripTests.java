package io.github.chameleon4j.model;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.github.chameleon4j.client.json.ChameleonJson;

import static org.assertj.core.api.Assertions.assertThat;

class JsonRoundTripTests {

	private final JsonMapper mapper = ChameleonJson.newMapper();

	@Test
	void profileKeepsCustomPropertiesAndWritesThemBack() {
		Profile profile = this.mapper.readValue("""
				{"id":"65b1d2e3f4a5b6c7d8e9f001","created_at":"2029-01-05T08:00:00Z","uid":"u-4410",
				 "email":"ana@example.org","role":"owner","percent":41.27,"delivery_ids":[],
				 "last_seen_at":"2029-12-11T00:28:59.650Z","nested":{"a":1}}""", Profile.class);
		assertThat(profile.uid()).isEqualTo("u-4410");
		assertThat(profile.createdAt()).isEqualTo(Instant.parse("2029-01-05T08:00:00Z"));
		assertThat(profile.lastSeenAt()).isEqualTo(Instant.parse("2029-12-11T00:28:59.650Z"));
		assertThat(profile.email()).isEqualTo("ana@example.org");
		assertThat(profile.properties()).containsEntry("role", "owner").containsKey("nested");
		String json = this.mapper.writeValueAsString(profile);
		assertThat(json).contains("\"role\":\"owner\"").contains("\"uid\":\"u-4410\"");
	}

	@Test
	void explicitNullsInChangeSetsAreSent() {
		assertThat(this.mapper.writeValueAsString(ExperienceUpdate.unpublish().toBody()))
			.isEqualTo("{\"published_at\":null}");
	}

	@Test
	void unknownEnumValuesAndAliasesDecode() {
		Delivery delivery = this.mapper.readValue("{\"id\":\"d1\",\"model_type\":\"launcher\",\"at\":\"2029-08-21 02:46:46\"}",
				Delivery.class);
		assertThat(delivery.modelKind()).isEqualTo(ModelKind.UNKNOWN);
		assertThat(delivery.at()).isEqualTo(Instant.parse("2029-08-21T02:46:46Z"));
		Tour tour = this.mapper.readValue("{\"id\":\"t1\",\"segment_id\":\"s1\",\"archived_at\":null}", Tour.class);
		assertThat(tour.segmentIds()).containsExactly("s1");
		assertThat(tour.unknownFields()).containsKey("archived_at");
		assertThat(this.mapper.readValue("{\"id\":\"t1\",\"tags\":[1]}", Tour.class).unknownFields())
			.isEqualTo(Map.of("tags", java.util.List.of(1)));
	}

}
