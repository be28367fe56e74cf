package io.github.chameleon4j.test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The emulator's immutable stored records; a change replaces the record in its map. */
final class Records {

	private Records() {
	}

	/** A User Profile; standard fields other than identity live in {@code properties} like custom ones. */
	record Profile(String id, Instant createdAt, Instant updatedAt, String uid, String companyId,
			List<String> deliveryIds, Map<String, Object> properties) {

		String email() {
			Object email = this.properties.get("email");
			return (email != null) ? email.toString() : null;
		}

		Profile with(Instant updated, String newCompanyId, List<String> newDeliveryIds, Map<String, Object> newProperties) {
			return new Profile(this.id, this.createdAt, updated, this.uid, newCompanyId, newDeliveryIds, newProperties);
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
