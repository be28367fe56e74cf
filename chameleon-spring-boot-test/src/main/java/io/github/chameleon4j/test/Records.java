package io.github.chameleon4j.test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The emulator's immutable stored records; a change replaces the record in its map. */
final class Records {

	private Records() {
	}

	/**
	 * A User Profile; standard fields other than identity live in the properties like custom ones. {@code written}
	 * holds what was seeded as stored data or sent through the API; a profile seeded with {@link SeedData#REALISTIC}
	 * also has the generated properties of {@code seeded} for its {@code seedIndex} ({@code seeded} is null
	 * otherwise). A written key, even with a null value, hides the generated value of the same name.
	 */
	record Profile(String id, Instant createdAt, Instant updatedAt, String uid, String companyId,
			List<String> deliveryIds, Map<String, Object> written, SeededProperties seeded, int seedIndex) {

		/** A profile created through the API, without generated properties. */
		Profile(String id, Instant createdAt, String uid, Map<String, Object> written) {
			this(id, createdAt, createdAt, uid, null, List.of(), written, null, 0);
		}

		String email() {
			Object email = this.written.get("email");
			return (email != null) ? email.toString() : null;
		}

		/** Every property as the API shows it: the written ones first, then the generated ones they do not hide. */
		Map<String, Object> properties() {
			if (this.seeded == null) {
				return this.written;
			}
			Map<String, Object> all = new LinkedHashMap<>(this.written);
			this.seeded.profile(this.seedIndex).forEach((name, value) -> {
				if (!all.containsKey(name)) {
					all.put(name, value);
				}
			});
			return all;
		}

		boolean hasProperty(String name) {
			return this.written.containsKey(name) || (this.seeded != null && this.seeded.profileHas(this.seedIndex, name));
		}

		/** One property's value without building them all (for filters). */
		Object property(String name) {
			if (this.written.containsKey(name) || this.seeded == null) {
				return this.written.get(name);
			}
			return this.seeded.profileValue(this.seedIndex, name);
		}

		/** A changed copy; {@code newWritten} replaces the written properties, generated ones stay. */
		Profile with(Instant updated, String newCompanyId, List<String> newDeliveryIds, Map<String, Object> newWritten) {
			return new Profile(this.id, this.createdAt, updated, this.uid, newCompanyId, newDeliveryIds, newWritten,
					this.seeded, this.seedIndex);
		}

	}

	record Company(String id, Instant createdAt, String uid, Map<String, Object> properties) {
	}

	record Segment(String id, Instant createdAt, Instant updatedAt, String name, String itemsOp,
			List<Map<String, Object>> items) {
	}

	/** A Tour ({@code kind = "tour"}) or a Microsurvey ({@code kind = "survey"}). */
	record Experience(String kind, String id, Instant createdAt, Instant updatedAt, String name, int position,
			Instant publishedAt, List<String> segmentIds, List<String> tagIds, List<String> urlGroupIds) {

		Experience with(Instant updated, Instant published, List<String> tags, List<String> urlGroups) {
			return new Experience(this.kind, this.id, this.createdAt, updated, this.name, this.position, published,
					this.segmentIds, tags, urlGroups);
		}

	}

	record Interaction(String id, Instant createdAt, Instant updatedAt, String tourId, String profileId, String state) {
	}

	record SurveyResponse(String id, Instant createdAt, String surveyId, String profileId, String buttonText,
			int buttonOrder) {
	}

	record Delivery(String id, Instant createdAt, Instant updatedAt, String modelKind, String modelId, String profileId,
			String idempotencyKey, Object options, Instant from, Instant until, boolean useSegmentation, boolean once,
			boolean skipTriggers, boolean skipUrlMatch, Instant at) {

		boolean pending() {
			return this.at == null;
		}

	}

}
