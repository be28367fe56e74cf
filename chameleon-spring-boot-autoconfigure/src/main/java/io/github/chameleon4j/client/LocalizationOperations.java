package io.github.chameleon4j.client;

import java.util.List;

import org.springframework.core.io.buffer.DataBuffer;
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
public interface LocalizationOperations {

	/**
	 * The translation file of one Experience.
	 * @param kind the kind ({@code TOUR}, {@code SURVEY}, {@code LAUNCHER}, {@code TOOLTIP})
	 * @param id the Experience ID
	 * @param format the file format
	 * @return the file's bytes
	 */
	Flux<DataBuffer> download(ExperienceKind kind, String id, TranslationFormat format);

	/**
	 * The translation file of every Experience of a kind.
	 * @param kind the kind
	 * @param format the file format
	 * @return the file's bytes
	 */
	Flux<DataBuffer> downloadAll(ExperienceKind kind, TranslationFormat format);

	/**
	 * The translation file of a chosen mix of Experiences
	 * ({@code POST /v3/edit/experiences/i18n.<format>} with {@code {"experiences": [{kind, id}]}}).
	 * @param experiences at least one Experience
	 * @param format the file format
	 * @return the file's bytes
	 */
	Flux<DataBuffer> downloadSelection(List<ExperienceRef> experiences, TranslationFormat format);

	/**
	 * Uploads translated files ({@code POST /v3/edit/i18n}): one file as part {@code file}, several
	 * as parts {@code files[]}. The response is not documented; it is returned as JSON
	 * ({@code MissingNode} when empty).
	 * @param files at least one file, streamed
	 * @return the response body
	 */
	Mono<JsonNode> upload(List<FileUpload> files);

}
