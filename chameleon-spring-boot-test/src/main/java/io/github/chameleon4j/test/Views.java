package io.github.chameleon4j.test;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.chameleon4j.test.Records.Company;
import io.github.chameleon4j.test.Records.Delivery;
import io.github.chameleon4j.test.Records.Experience;
import io.github.chameleon4j.test.Records.Interaction;
import io.github.chameleon4j.test.Records.Profile;
import io.github.chameleon4j.test.Records.Segment;
import io.github.chameleon4j.test.Records.SurveyResponse;

/** Renders stored records as the API's JSON objects, honouring the {@code expand} levels of API §2.5. */
final class Views {

	private final EmulatorStore store;

	Views(EmulatorStore store) {
		this.store = store;
	}

	/** A profile at detail {@code all} or {@code min}, with its company at {@code all}, {@code min} or {@code skip}. */
	Map<String, Object> profile(Profile profile, String detail, String companyDetail) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", profile.id());
		out.put("created_at", Timestamps.format(profile.createdAt()));
		out.put("updated_at", Timestamps.format(profile.updatedAt()));
		out.put("uid", profile.uid());
		if ("all".equals(detail)) {
			if (profile.companyId() != null) {
				out.put("company_id", profile.companyId());
			}
			out.putAll(profile.properties());
			out.put("delivery_ids", profile.deliveryIds());
		}
		if (profile.companyId() != null && !"skip".equals(companyDetail)) {
			Company company = this.store.companies.get(profile.companyId());
			if (company != null) {
				out.put("company", company(company, companyDetail));
			}
		}
		return out;
	}

	Map<String, Object> company(Company company, String detail) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", company.id());
		out.put("created_at", Timestamps.format(company.createdAt()));
		out.put("uid", company.uid());
		if ("all".equals(detail)) {
			out.putAll(company.properties());
		}
		return out;
	}

	Map<String, Object> segment(Segment segment) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", segment.id());
		out.put("created_at", Timestamps.format(segment.createdAt()));
		out.put("updated_at", Timestamps.format(segment.updatedAt()));
		out.put("name", segment.name());
		out.put("items_op", segment.itemsOp());
		out.put("items", segment.items());
		return out;
	}

	Map<String, Object> experience(Experience experience) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", experience.id());
		out.put("created_at", Timestamps.format(experience.createdAt()));
		out.put("updated_at", Timestamps.format(experience.updatedAt()));
		out.put("name", experience.name());
		if ("tour".equals(experience.kind())) {
			out.put("style", "auto");
		}
		out.put("position", experience.position());
		out.put("segment_ids", experience.segmentIds());
		out.put("published_at", Timestamps.format(experience.publishedAt()));
		out.put("tag_ids", experience.tagIds());
		out.put("url_group_ids", experience.urlGroupIds());
		out.put("experiment_at", null);
		out.put("experiment_range", null);
		out.put("rate_unlimit_at", null);
		out.put("dashboard_url", "https://app.chameleon.io/" + experience.kind() + "s/" + experience.id());
		if ("survey".equals(experience.kind())) {
			out.put("last_dropdown_items", java.util.List.of());
		}
		return out;
	}

	Map<String, Object> interaction(Interaction interaction, String profileDetail, String companyDetail) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", interaction.id());
		out.put("created_at", Timestamps.format(interaction.createdAt()));
		out.put("updated_at", Timestamps.format(interaction.updatedAt()));
		out.put("tour_id", interaction.tourId());
		out.put("state", interaction.state());
		out.put("group_kind", "campaign");
		out.put("defer_count", 0);
		embedProfile(out, interaction.profileId(), profileDetail, companyDetail);
		return out;
	}

	Map<String, Object> response(SurveyResponse response, String profileDetail, String companyDetail) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", response.id());
		out.put("created_at", Timestamps.format(response.createdAt()));
		out.put("updated_at", Timestamps.format(response.createdAt()));
		out.put("survey_id", response.surveyId());
		out.put("profile_id", response.profileId());
		out.put("button_text", response.buttonText());
		out.put("button_order", response.buttonOrder());
		out.put("finished_at", Timestamps.format(response.createdAt()));
		embedProfile(out, response.profileId(), profileDetail, companyDetail);
		return out;
	}

	private void embedProfile(Map<String, Object> out, String profileId, String detail, String companyDetail) {
		if ("skip".equals(detail)) {
			return;
		}
		Profile profile = this.store.profiles.get(profileId);
		if (profile != null) {
			out.put("profile", profile(profile, detail, companyDetail));
		}
	}

	Map<String, Object> delivery(Delivery delivery) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", delivery.id());
		out.put("created_at", Timestamps.format(delivery.createdAt()));
		out.put("updated_at", Timestamps.format(delivery.updatedAt()));
		out.put("model_kind", delivery.modelKind());
		out.put("model_id", delivery.modelId());
		out.put("profile_id", delivery.profileId());
		out.put("idempotency_key", delivery.idempotencyKey());
		out.put("options", delivery.options());
		out.put("from", Timestamps.format(delivery.from()));
		out.put("until", Timestamps.format(delivery.until()));
		out.put("use_segmentation", delivery.useSegmentation());
		out.put("once", delivery.once());
		out.put("skip_triggers", delivery.skipTriggers());
		out.put("skip_url_match", delivery.skipUrlMatch());
		out.put("at", Timestamps.format(delivery.at()));
		out.put("group_kind", "delivery");
		return out;
	}

	static Map<String, Object> wrap(String key, Object value) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put(key, value);
		return out;
	}

	static Map<String, Object> idOnly(String id) {
		return wrap("id", id);
	}

}
