package io.github.chameleon4j.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import io.github.chameleon4j.client.json.ChameleonJson;
import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.ChangeSet;

/**
 * The body of a batch hook, serialised before sending so that a batch over Chameleon's 16 MB limit
 * fails before anything is sent, naming the argument; the serialised bytes are what is sent.
 */
final class HookBatch {

	private static final JsonMapper MAPPER = ChameleonJson.newMapper();

	private HookBatch() {
	}

	/**
	 * Serialises a batch.
	 * @param key the list's key and argument name ({@code profiles} or {@code companies})
	 * @param items the records
	 * @param createMissing whether unknown records are created ({@code on_model_missing})
	 * @return the JSON body
	 */
	static byte[] json(String key, List<? extends ChangeSet> items, boolean createMissing) {
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
		byte[] json = MAPPER.writeValueAsBytes(body);
		if (json.length >= HookOperations.MAX_BATCH_BYTES) {
			throw new IllegalArgumentException(key + ": the batch is " + json.length
					+ " bytes, over Chameleon's 16 MB limit; split it (about 10,000 items per batch)");
		}
		return json;
	}

}
