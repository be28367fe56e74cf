package io.github.chameleon4j.client;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.model.ProfileDeletion;

/** User Profiles: the HTTP declarations behind {@link ProfileOperations}. */
interface ProfileApi extends ProfileOperations {

	/** Search and count: Chameleon allows very few in flight (the reference says 1 or 2). */
	String SEARCH_LANE = "profiles.search";

	@Override
	@GetExchange("/v3/analyze/profiles/{id}") @Envelope("profile")
	Mono<Profile> get(@PathVariable String id);

	@Override
	@GetExchange("/v3/analyze/profile") @Envelope("profile")
	Mono<Profile> getByUid(@RequestParam String uid);

	@Override
	@GetExchange("/v3/analyze/profile") @Envelope("profile")
	Mono<Profile> getByEmail(@RequestParam String email);

	@Override
	default Mono<Page<Profile>> search(ProfileSearch search) {
		return search(body(Arguments.requireNonNull(search, "search"), true));
	}

	/** A read sent as POST (filters can be large): safe to repeat, and one at a time. */
	@PostExchange("/v3/analyze/profiles") @SafeToRepeat @InLane(SEARCH_LANE) @Envelope("profiles")
	Mono<Page<Profile>> search(@RequestBody Map<String, Object> body);

	@Override
	default Flux<Profile> searchAll(ProfileSearch search) {
		Arguments.requireNonNull(search, "search");
		PageRequest start = (search.page() != null) ? search.page() : PageRequest.first();
		return Paginator.byLastId(start, (page) -> search(search.page(page)), Profile::id);
	}

	@Override
	default Mono<Long> count(ProfileSearch search) {
		return count(body(Arguments.requireNonNull(search, "search"), false));
	}

	@PostExchange("/v3/analyze/profiles/count") @SafeToRepeat @InLane(SEARCH_LANE)
	@Envelope(value = "count", shape = Shape.COUNT)
	Mono<Long> count(@RequestBody Map<String, Object> body);

	@Override
	@DeleteExchange("/v3/edit/profiles/{id}") @Envelope("profile")
	Mono<Profile> clear(@PathVariable String id);

	@Override
	@DeleteExchange("/v3/edit/profiles") @Envelope("profile")
	Mono<Profile> clearByUid(@RequestParam String uid);

	@Override
	@DeleteExchange("/v3/edit/profiles/{id}/forget") @Envelope(shape = Shape.PROFILE_DELETION)
	Mono<ProfileDeletion> forget(@PathVariable String id);

	@Override
	@DeleteExchange("/v3/edit/profiles/forget") @Envelope(shape = Shape.PROFILE_DELETION)
	Mono<ProfileDeletion> forgetByUid(@RequestParam String uid);

	@Override
	@DeleteExchange("/v3/edit/profiles/forget") @Envelope(shape = Shape.PROFILE_DELETION)
	Mono<ProfileDeletion> forgetByEmail(@RequestParam String email);

	private static Map<String, Object> body(ProfileSearch search, boolean paged) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (search.segmentId() != null) {
			body.put("segment_id", search.segmentId());
		}
		if (!search.filters().isEmpty()) {
			body.put("filters", search.filters());
			body.put("filters_op", (search.filtersOp() != null) ? search.filtersOp() : "and");
		}
		Map<String, String> expand = new LinkedHashMap<>();
		if (search.expandProfile() != null) {
			expand.put("profile", search.expandProfile().wireValue());
		}
		if (search.expandCompany() != null) {
			expand.put("company", search.expandCompany().wireValue());
		}
		if (!expand.isEmpty()) {
			body.put("expand", expand);
		}
		return paged ? RequestArguments.withPage(body, search.page()) : body;
	}

}
