package io.github.chameleon4j.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies for model components (null-tolerant, order-preserving, unmodifiable). */
final class ModelSupport {

	private ModelSupport() {
	}

	static Map<String, Object> copy(Map<String, Object> map) {
		return (map == null || map.isEmpty()) ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

	static <T> List<T> copy(List<T> list) {
		return (list == null) ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(list));
	}

}
