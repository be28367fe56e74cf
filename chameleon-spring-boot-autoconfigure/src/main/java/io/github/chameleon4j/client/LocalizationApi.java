package io.github.chameleon4j.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.ExperienceKind;
import io.github.chameleon4j.model.ExperienceRef;
import io.github.chameleon4j.model.TranslationFormat;

/** Localization: the HTTP declarations behind {@link LocalizationOperations}. Downloads stream. */
@HttpExchange("/v3/edit")
interface LocalizationApi extends LocalizationOperations {

	@Override
	default Flux<DataBuffer> download(ExperienceKind kind, String id, TranslationFormat format) {
		Arguments.requireNonNull(kind, "kind");
		return download(kind.collection(), id, Arguments.requireNonNull(format, "format").extension());
	}

	@GetExchange(url = "/{kind}/{id}/i18n.{format}", accept = MediaType.ALL_VALUE)
	Flux<DataBuffer> download(@PathVariable String kind, @PathVariable String id, @PathVariable String format);

	@Override
	default Flux<DataBuffer> downloadAll(ExperienceKind kind, TranslationFormat format) {
		Arguments.requireNonNull(kind, "kind");
		return downloadAll(kind.collection(), Arguments.requireNonNull(format, "format").extension());
	}

	@GetExchange(url = "/{kind}/i18n.{format}", accept = MediaType.ALL_VALUE)
	Flux<DataBuffer> downloadAll(@PathVariable String kind, @PathVariable String format);

	@Override
	default Flux<DataBuffer> downloadSelection(List<ExperienceRef> experiences, TranslationFormat format) {
		Arguments.requireNonNull(experiences, "experiences");
		if (experiences.isEmpty() || experiences.stream().anyMatch(Objects::isNull)) {
			throw new IllegalArgumentException("experiences must hold at least one Experience and no null");
		}
		Arguments.requireNonNull(format, "format");
		return downloadSelection(format.extension(),
				Map.of("experiences", experiences.stream().map(ExperienceRef::toBody).toList()));
	}

	/** A read sent as POST because it carries a body: safe to repeat. */
	@PostExchange(url = "/experiences/i18n.{format}", accept = MediaType.ALL_VALUE) @SafeToRepeat
	Flux<DataBuffer> downloadSelection(@PathVariable String format, @RequestBody Map<String, Object> body);

	@Override
	default Mono<JsonNode> upload(List<FileUpload> files) {
		Arguments.requireNonNull(files, "files");
		if (files.isEmpty() || files.stream().anyMatch(Objects::isNull)) {
			throw new IllegalArgumentException("files must hold at least one file and no null");
		}
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		String name = (files.size() == 1) ? "file" : "files[]";
		files.forEach((file) -> file.addTo(parts, name));
		return upload(parts.build());
	}

	/** The response is not documented: returned as JSON ({@code MissingNode} when empty). */
	@PostExchange(url = "/i18n", contentType = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<JsonNode> upload(@RequestBody MultiValueMap<String, HttpEntity<?>> parts);

}
