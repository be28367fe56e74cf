package io.github.chameleon4j.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.ChangeSet;
import io.github.chameleon4j.model.CompanyTraits;
import io.github.chameleon4j.model.IdReference;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.model.TrackedEvent;

/**
 * The observe hooks. Profile and company upserts (single and batch) create or update by their
 * identifier ({@code uid}, {@code email} or {@code id}; every traits factory requires one), so
 * repeating one is safe and they are retried like GETs. Event tracking has no idempotency key:
 * it is sent at most once after it may have reached Chameleon.
 */
final class DefaultHookOperations implements HookOperations {

	private final ChameleonTransport transport;

	DefaultHookOperations(ChameleonTransport transport) {
		this.transport = transport;
	}

	@Override
	public Mono<IdReference> identify(ProfileTraits traits) {
		Arguments.requireNonNull(traits, "traits");
		return this.transport.exchange(ApiRequest.post("/v3/observe/hooks/profiles").body(traits.toBody()).idempotent(true),
				Readers.single(IdReference.class, "profile"));
	}

	@Override
	public Mono<BatchReceipt> identifyAll(List<ProfileTraits> profiles, boolean createMissing) {
		return batch("/v3/observe/hooks/profiles/batch", "profiles", profiles, createMissing);
	}

	@Override
	public Mono<IdReference> upsertCompany(CompanyTraits traits) {
		Arguments.requireNonNull(traits, "traits");
		return this.transport.exchange(ApiRequest.post("/v3/observe/hooks/companies").body(traits.toBody()).idempotent(true),
				Readers.single(IdReference.class, "company"));
	}

	@Override
	public Mono<BatchReceipt> upsertCompanies(List<CompanyTraits> companies, boolean createMissing) {
		return batch("/v3/observe/hooks/companies/batch", "companies", companies, createMissing);
	}

	@Override
	public Mono<IdReference> track(TrackedEvent event) {
		Arguments.requireNonNull(event, "event");
		if (!event.hasUser()) {
			throw new IllegalArgumentException("event: a user is required (forUid or forProfileId)");
		}
		return this.transport.exchange(ApiRequest.post("/v3/observe/hooks/events").body(event.toBody()),
				Readers.single(IdReference.class, "event"));
	}

	private Mono<BatchReceipt> batch(String path, String key, List<? extends ChangeSet> items, boolean createMissing) {
		Arguments.requireNonNull(items, key);
		if (items.isEmpty()) {
			throw new IllegalArgumentException(key + " must not be empty");
		}
		List<Map<String, Object>> bodies = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			bodies.add(Arguments.requireNonNull(items.get(i), key + "[" + i + "]").toBody());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put(key, bodies);
		body.put("on_model_missing", createMissing ? "create" : "ignore");
		byte[] json = this.transport.mapper().writeValueAsBytes(body);
		if (json.length >= MAX_BATCH_BYTES) {
			throw new IllegalArgumentException(key + ": the batch is " + json.length
					+ " bytes, over Chameleon's 16 MB limit; split it (about 10,000 items per batch)");
		}
		return this.transport.exchange(ApiRequest.post(path).body(json).idempotent(true), DefaultHookOperations::receipt);
	}

	private static BatchReceipt receipt(int status, JsonNode body, tools.jackson.databind.json.JsonMapper mapper) {
		JsonNode batch = body.get("batch");
		String id = (batch != null && batch.hasNonNull("id")) ? batch.get("id").asString() : null;
		List<BatchReceipt.BatchItemError> errors = new ArrayList<>();
		JsonNode list = body.get("errors");
		if (list != null && list.isArray()) {
			list.forEach((item) -> errors.add(mapper.treeToValue(item, BatchReceipt.BatchItemError.class)));
		}
		if (id == null && errors.isEmpty() && !body.isObject()) {
			throw new IllegalStateException("expected a JSON object with 'batch'");
		}
		return new BatchReceipt(id, errors);
	}

}
