package io.github.chameleon4j.client;

import java.util.List;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.client.MultipartBodyBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.ExperienceKind;
import io.github.chameleon4j.model.ExperienceRef;
import io.github.chameleon4j.model.TranslationFormat;

final class DefaultLocalizationOperations implements LocalizationOperations {

	private final ChameleonTransport transport;

	DefaultLocalizationOperations(ChameleonTransport transport) {
		this.transport = transport;
	}

	@Override
	public Flux<DataBuffer> download(ExperienceKind kind, String id, TranslationFormat format) {
		Arguments.requireNonNull(kind, "kind");
		Arguments.requireText(id, "id");
		Arguments.requireNonNull(format, "format");
		return this.transport.download(
				ApiRequest.get("/v3/edit/" + kind.collection() + "/{id}/i18n." + format.extension(), id));
	}

	@Override
	public Flux<DataBuffer> downloadAll(ExperienceKind kind, TranslationFormat format) {
		Arguments.requireNonNull(kind, "kind");
		Arguments.requireNonNull(format, "format");
		return this.transport.download(ApiRequest.get("/v3/edit/" + kind.collection() + "/i18n." + format.extension()));
	}

	@Override
	public Flux<DataBuffer> downloadSelection(List<ExperienceRef> experiences, TranslationFormat format) {
		Arguments.requireNonNull(experiences, "experiences");
		if (experiences.isEmpty() || experiences.stream().anyMatch(java.util.Objects::isNull)) {
			throw new IllegalArgumentException("experiences must hold at least one Experience and no null");
		}
		Arguments.requireNonNull(format, "format");
		List<Map<String, String>> refs = experiences.stream().map(ExperienceRef::toBody).toList();
		// A read sent as POST because it carries a body: safe to repeat.
		ApiRequest request = ApiRequest.post("/v3/edit/experiences/i18n." + format.extension())
			.body(Map.of("experiences", refs))
			.idempotent(true);
		return this.transport.download(request);
	}

	@Override
	public Mono<JsonNode> upload(List<FileUpload> files) {
		Arguments.requireNonNull(files, "files");
		if (files.isEmpty() || files.stream().anyMatch(java.util.Objects::isNull)) {
			throw new IllegalArgumentException("files must hold at least one file and no null");
		}
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		String name = (files.size() == 1) ? "file" : "files[]";
		files.forEach((file) -> file.addTo(parts, name));
		return this.transport.exchangeMultipart(ApiRequest.post("/v3/edit/i18n"), parts.build(), Readers.tree());
	}

}
