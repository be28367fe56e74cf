package io.github.chameleon4j.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;

import io.github.chameleon4j.test.Records.Experience;
import io.github.chameleon4j.test.Records.Interaction;
import io.github.chameleon4j.test.Records.Segment;
import io.github.chameleon4j.test.Records.SurveyResponse;

/** Segments, Tours, Microsurveys, Tour Interactions and Microsurvey Responses (API §5.4-§5.7, §5.12, §5.13). */
final class ExperienceEndpoints {

	private static final Pattern SIGNED_ID = Pattern.compile("[+-][0-9a-f]{24}");

	private static final Set<String> EMBED_DETAIL = Set.of("all", "min", "skip");

	private static final Set<String> ORDER = Set.of("created_at", "updated_at");

	private final ApiContext ctx;

	ExperienceEndpoints(ApiContext ctx) {
		this.ctx = ctx;
	}

	ApiResponse segments(ApiRequest request) {
		Pagination.Page<Segment> page = Pagination.page(this.ctx.store.segments, (segment) -> true, request,
				this.ctx.now());
		return ApiContext.ok(Pagination.body("segments", page, this.ctx.views::segment, Segment::id,
				this.ctx.paging.cursorStyle()));
	}

	ApiResponse segment(String id) {
		return ApiContext.ok("segment", this.ctx.views.segment(requireSegment(id)));
	}

	/** {@code /v3/edit/segments/:id/:kind}: accepts {@code tour} and {@code tours} (API §9 #11). */
	ApiResponse segmentExperiences(ApiRequest request, String id, String kind) {
		Segment segment = requireSegment(id);
		String singular = kind.endsWith("s") ? kind.substring(0, kind.length() - 1) : kind;
		if (!Set.of("tour", "survey", "launcher").contains(singular)) {
			throw ApiError.unprocessable("'kind' must be one of tour, survey, launcher");
		}
		ConcurrentSkipListMap<String, Experience> source = switch (singular) {
			case "tour" -> this.ctx.store.tours;
			case "survey" -> this.ctx.store.surveys;
			default -> new ConcurrentSkipListMap<>();
		};
		Pagination.Page<Experience> page = Pagination.page(source,
				(experience) -> experience.segmentIds().contains(segment.id()), request, this.ctx.now());
		Map<String, Object> body = Views.wrap("segment", this.ctx.views.segment(segment));
		body.putAll(Pagination.body(singular + "s", page, this.ctx.views::experience, Experience::id,
				this.ctx.paging.cursorStyle()));
		return ApiContext.ok(body);
	}

	private Segment requireSegment(String id) {
		Segment segment = this.ctx.store.segments.get(id);
		if (segment == null) {
			throw ApiError.notFound();
		}
		return segment;
	}

	ApiResponse experiences(ApiRequest request, String kind) {
		ConcurrentSkipListMap<String, Experience> source = "survey".equals(kind) ? this.ctx.store.surveys
				: this.ctx.store.tours;
		Pagination.Page<Experience> page = Pagination.page(source, (experience) -> true, request, this.ctx.now());
		return ApiContext.ok(Pagination.body(kind + "s", page, this.ctx.views::experience, Experience::id,
				this.ctx.paging.cursorStyle()));
	}

	ApiResponse experience(String kind, String id) {
		return ApiContext.ok(kind, this.ctx.views.experience(requireExperience(kind, id)));
	}

	private Experience requireExperience(String kind, String id) {
		Experience experience = this.ctx.store.experience(kind, id);
		if (experience == null) {
			throw ApiError.notFound();
		}
		return experience;
	}

	/** PATCH: {@code published_at} (timestamp publishes, null unpublishes), {@code url_group_id}, {@code tag_id}. */
	ApiResponse update(ApiRequest request, String kind, String id) {
		Map<String, Object> body = request.json();
		synchronized (this.ctx.store) {
			Experience experience = requireExperience(kind, id);
			Instant published = experience.publishedAt();
			if (body.containsKey("published_at")) {
				published = Timestamps.parse(body.get("published_at"), this.ctx.now(), "published_at");
			}
			List<String> tags = signed(experience.tagIds(), body.get("tag_id"), "tag_id");
			List<String> urlGroups = signed(experience.urlGroupIds(), body.get("url_group_id"), "url_group_id");
			Experience updated = experience.with(this.ctx.now(), published, tags, urlGroups);
			this.ctx.store.putExperience(updated);
			return ApiContext.ok(kind, this.ctx.views.experience(updated));
		}
	}

	private static List<String> signed(List<String> current, Object change, String name) {
		if (change == null) {
			return current;
		}
		String text = change.toString();
		if (!SIGNED_ID.matcher(text).matches()) {
			throw ApiError.unprocessable("'" + name + "' must be '+<id>' or '-<id>'");
		}
		List<String> result = new ArrayList<>(current);
		String id = text.substring(1);
		result.remove(id);
		if (text.charAt(0) == '+') {
			result.add(id);
		}
		return List.copyOf(result);
	}

	ApiResponse interactions(ApiRequest request) {
		String tourId = requiredId(request);
		requireExperience("tour", tourId);
		String profileDetail = ApiContext.choice(request.expand("profile", "min"), "expand.profile", EMBED_DETAIL);
		String companyDetail = ApiContext.choice(request.expand("company", "min"), "expand.company", EMBED_DETAIL);
		ApiContext.choice(request.text("order"), "order", ORDER);
		Pagination.Page<Interaction> page = Pagination.page(this.ctx.store.interactions,
				(interaction) -> interaction.tourId().equals(tourId), request, this.ctx.now());
		return ApiContext.ok(Pagination.body("interactions", page,
				(interaction) -> this.ctx.views.interaction(interaction, profileDetail, companyDetail),
				Interaction::id, this.ctx.paging.cursorStyle()));
	}

	ApiResponse responses(ApiRequest request) {
		String surveyId = requiredId(request);
		requireExperience("survey", surveyId);
		String profileDetail = ApiContext.choice(request.expand("profile", "min"), "expand.profile", EMBED_DETAIL);
		String companyDetail = ApiContext.choice(request.expand("company", "min"), "expand.company", EMBED_DETAIL);
		ApiContext.choice(request.text("order"), "order", ORDER);
		Pagination.Page<SurveyResponse> page = Pagination.page(this.ctx.store.responses,
				(response) -> response.surveyId().equals(surveyId), request, this.ctx.now());
		return ApiContext.ok(Pagination.body("responses", page,
				(response) -> this.ctx.views.response(response, profileDetail, companyDetail), SurveyResponse::id,
				this.ctx.paging.cursorStyle()));
	}

	ApiResponse deleteResponse(String id) {
		if (this.ctx.store.responses.remove(id) == null) {
			throw ApiError.notFound();
		}
		return ApiContext.ok("response", Views.idOnly(id));
	}

	private static String requiredId(ApiRequest request) {
		String id = request.text("id");
		if (id == null || id.isEmpty()) {
			throw ApiError.unprocessable("'id' is required");
		}
		return id;
	}

}
