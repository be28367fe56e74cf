package io.github.chameleon4j.client;

import java.util.List;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.chameleon4j.model.ExperienceKind;
import io.github.chameleon4j.model.ExperienceRef;
import io.github.chameleon4j.model.TranslationFormat;

/**
 * Localization: download translation files of Step texts, upload translated ones
 * (Growth/Enterprise add-on). Paths use the plural collection ({@code /v3/edit/tours/<id>/i18n.yaml})
 * as in the reference's example; its parameter table lists singular kinds.
 * <p>
 * The reference lists GET and POST for each download path. Downloads of one Experience or of a
 * whole kind carry no body, so GET and POST mean the same and the client sends GET; a chosen mix of
 * Experiences needs the {@code experiences} body, so the client sends POST.
 * <p>
 * Downloads stream: write them with {@code DataBufferUtils.write} (which releases the buffers) or
 * release each buffer. Before uploading, set {@code language.code} to the target language: a file
 * still marked {@code default} overwrites the original content.
 */
@HttpExchange(url = "/v3/edit", accept = MediaType.ALL_VALUE)
public interface LocalizationOperations {

	/**
	 * The translation file of one Experience.
	 * @param kind the kind ({@code TOUR}, {@code SURVEY}, {@code LAUNCHER}, {@code TOOLTIP})
	 * @param id the Experience ID
	 * @param format the file format
	 * @return the file's bytes
	 */
	@GetExchange("/{kind}/{id}/i18n.{format}")
	Flux<DataBuffer> download(@PathVariable ExperienceKind kind, @PathVariable String id,
			@PathVariable TranslationFormat format);

	/**
	 * The translation file of every Experience of a kind.
	 * @param kind the kind
	 * @param format the file format
	 * @return the file's bytes
	 */
	@GetExchange("/{kind}/i18n.{format}")
	Flux<DataBuffer> downloadAll(@PathVariable ExperienceKind kind, @PathVariable TranslationFormat format);

	/**
	 * The translation file of a chosen mix of Experiences
	 * ({@code POST /v3/edit/experiences/i18n.<format>} with {@code {"experiences": [{kind, id}]}}).
	 * @param experiences at least one Experience
	 * @param format the file format
	 * @return the file's bytes
	 */
	@PostExchange("/experiences/i18n.{format}") @SafeToRepeat
	Flux<DataBuffer> downloadSelection(@RequestBody List<ExperienceRef> experiences,
			@PathVariable TranslationFormat format);

	/**
	 * Uploads translated files ({@code POST /v3/edit/i18n}): one file as part {@code file}, several
	 * as parts {@code files[]}. The response is not documented; it is returned as JSON
	 * ({@code MissingNode} when empty).
	 * @param files at least one file, streamed
	 * @return the response body
	 */
	@PostExchange(url = "/i18n", contentType = MediaType.MULTIPART_FORM_DATA_VALUE, accept = MediaType.APPLICATION_JSON_VALUE)
	Mono<JsonNode> upload(@RequestPart List<FileUpload> files);

}
