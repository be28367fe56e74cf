package io.github.chameleon4j.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.RateLimitGroup;
import io.github.chameleon4j.model.RateLimitGroupExperiences;

final class DefaultRateLimitGroupOperations implements RateLimitGroupOperations {

	private final ChameleonTransport transport;

	DefaultRateLimitGroupOperations(ChameleonTransport transport) {
		this.transport = transport;
	}

	@Override
	public Flux<RateLimitGroup> list() {
		return this.transport.exchange(ApiRequest.get("/v3/edit/limit_groups"),
				Readers.list(RateLimitGroup.class, "limit_groups")).flatMapIterable((groups) -> groups);
	}

	@Override
	public Mono<RateLimitGroup> get(String id) {
		Arguments.requireText(id, "id");
		return this.transport.exchange(ApiRequest.get("/v3/edit/limit_groups/{id}", id),
				Readers.single(RateLimitGroup.class, "limit_group"));
	}

	@Override
	public Mono<RateLimitGroupExperiences> experiences(String id, boolean publishedOnly) {
		Arguments.requireText(id, "id");
		ApiRequest request = ApiRequest.get("/v3/edit/limit_groups/{id}/experiences", id)
			.query("filter", publishedOnly ? "published_at" : "all");
		return this.transport.exchange(request, (status, body, mapper) -> {
			Readers.member(body, "limit_group");
			return mapper.treeToValue(body, RateLimitGroupExperiences.class);
		});
	}

}
