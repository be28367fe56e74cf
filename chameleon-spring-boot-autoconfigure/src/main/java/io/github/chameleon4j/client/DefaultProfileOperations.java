package io.github.chameleon4j.client;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.model.ProfileDeletion;

final class DefaultProfileOperations implements ProfileOperations {

	static final String SEARCH_LANE = "profiles.search";

	private final ChameleonTransport transport;

	DefaultProfileOperations(ChameleonTransport transport) {
		this.transport = transport;
	}

	@Override
	public Mono<Profile> get(String id) {
		Arguments.requireText(id, "id");
		return this.transport.exchange(ApiRequest.get("/v3/analyze/profiles/{id}", id),
				Readers.single(Profile.class, "profile"));
	}

	@Override
	public Mono<Profile> getByUid(String uid) {
		Arguments.requireText(uid, "uid");
		return this.transport.exchange(ApiRequest.get("/v3/analyze/profile").query("uid", uid),
				Readers.single(Profile.class, "profile"));
	}

	@Override
	public Mono<Profile> getByEmail(String email) {
		Arguments.requireText(email, "email");
		return this.transport.exchange(ApiRequest.get("/v3/analyze/profile").query("email", email),
				Readers.single(Profile.class, "profile"));
	}

	@Override
	public Mono<Page<Profile>> search(ProfileSearch search) {
		Arguments.requireNonNull(search, "search");
		return this.transport.exchange(searchRequest("/v3/analyze/profiles", search, true),
				Readers.page(Profile.class, "profiles"));
	}

	@Override
	public Flux<Profile> searchAll(ProfileSearch search) {
		Arguments.requireNonNull(search, "search");
		PageRequest start = (search.page() != null) ? search.page() : PageRequest.first();
		return Paginator.byLastId(start, (page) -> search(search.page(page)), Profile::id);
	}

	@Override
	public Mono<Long> count(ProfileSearch search) {
		Arguments.requireNonNull(search, "search");
		return this.transport.exchange(searchRequest("/v3/analyze/profiles/count", search, false),
				(status, body, mapper) -> {
					JsonNode count = Readers.member(body, "count");
					if (!count.canConvertToLong()) {
						throw new IllegalStateException("'count' is not a number");
					}
					return count.asLong();
				});
	}

	private ApiRequest searchRequest(String path, ProfileSearch search, boolean paged) {
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
		if (paged) {
			ApiRequest.putPage(body, search.page());
		}
		// A read sent as POST (filters can be large): safe to repeat, and one at a time.
		return ApiRequest.post(path).body(body).idempotent(true).lane(SEARCH_LANE, 1);
	}


	@Override
	public Mono<Profile> clear(String id) {
		Arguments.requireText(id, "id");
		return this.transport.exchange(ApiRequest.delete("/v3/edit/profiles/{id}", id),
				Readers.single(Profile.class, "profile"));
	}

	@Override
	public Mono<Profile> clearByUid(String uid) {
		Arguments.requireText(uid, "uid");
		return this.transport.exchange(ApiRequest.delete("/v3/edit/profiles").query("uid", uid),
				Readers.single(Profile.class, "profile"));
	}

	@Override
	public Mono<ProfileDeletion> forget(String id) {
		Arguments.requireText(id, "id");
		return this.transport.exchange(ApiRequest.delete("/v3/edit/profiles/{id}/forget", id), deletion());
	}

	@Override
	public Mono<ProfileDeletion> forgetByUid(String uid) {
		Arguments.requireText(uid, "uid");
		return this.transport.exchange(ApiRequest.delete("/v3/edit/profiles/forget").query("uid", uid), deletion());
	}

	@Override
	public Mono<ProfileDeletion> forgetByEmail(String email) {
		Arguments.requireText(email, "email");
		return this.transport.exchange(ApiRequest.delete("/v3/edit/profiles/forget").query("email", email),
				deletion());
	}

	private static ResponseReader<ProfileDeletion> deletion() {
		return (status, body, mapper) -> new ProfileDeletion(Readers.member(body, "profile").get("id").asString(),
				Readers.member(body, "deletion").get("id").asString());
	}

}
