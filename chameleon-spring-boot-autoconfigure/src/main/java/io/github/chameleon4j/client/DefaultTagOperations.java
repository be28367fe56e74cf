package io.github.chameleon4j.client;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Tag;
import io.github.chameleon4j.model.TagAssignment;
import io.github.chameleon4j.model.TagUpdate;

final class DefaultTagOperations extends DefaultReadOnlyOperations<Tag> implements TagOperations {

	DefaultTagOperations(ChameleonTransport transport) {
		super(transport, Tag.class, "tags", "tag", Tag::id);
	}

	@Override
	public Mono<List<TagAssignment>> bulkUpdate(List<TagUpdate> updates) {
		Arguments.requireNonNull(updates, "updates");
		if (updates.isEmpty() || updates.stream().anyMatch(java.util.Objects::isNull)) {
			throw new IllegalArgumentException("updates must hold at least one update and no null");
		}
		List<Map<String, Object>> body = updates.stream().map(TagUpdate::toBody).toList();
		// "+name"/"-name" toggles are not safe to repeat blindly: a plain POST, not retried once sent.
		return this.transport.exchange(ApiRequest.post("/v3/edit/tags/bulk").body(Map.of("updates", body)),
				Readers.list(TagAssignment.class, "updates"));
	}

}
