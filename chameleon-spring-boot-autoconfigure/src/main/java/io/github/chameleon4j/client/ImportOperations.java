package io.github.chameleon4j.client;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.DataImport;
import io.github.chameleon4j.model.ImportChange;

/**
 * Data Imports ({@code imports}): CSV- or filter-driven bulk jobs that tag, update or delete
 * Profiles and Companies. The usual CSV flow is {@link #create(ImportChange)} with the mappings,
 * then {@link #upload(String, FileUpload, boolean)} with {@code start=true}.
 * <pre>{@code
 * chameleon.imports().create(mappings)
 *     .flatMap((created) -> chameleon.imports().upload(created.id(), FileUpload.of(csvPath), true))
 * }</pre>
 */
@HttpExchange("/v3/edit/imports")
public interface ImportOperations {

	/**
	 * Every Import (the list is complete, not paginated).
	 * @return the Imports
	 */
	@GetExchange @Envelope("imports")
	Flux<DataImport> list();

	/**
	 * Creates an Import from JSON fields (filter kinds can be created and started in one call).
	 * @param change the fields; the server's defaults apply to the rest
	 * @return the Import
	 */
	@PostExchange @Envelope("import")
	Mono<DataImport> create(@RequestBody ImportChange change);

	/**
	 * Creates an Import with its CSV in one multipart request (fields as form parts, see the README).
	 * @param change the fields
	 * @param csv the file, streamed as part {@code file}
	 * @return the Import
	 */
	@PostExchange(contentType = MediaType.MULTIPART_FORM_DATA_VALUE) @Envelope("import")
	Mono<DataImport> create(@RequestPart ImportChange change, @RequestPart("file") FileUpload csv);

	/**
	 * One Import with its progress ({@code stats}).
	 * @param id the Chameleon ID
	 * @return the Import
	 */
	@GetExchange("/{id}") @Envelope("import")
	Mono<DataImport> get(@PathVariable String id);

	/**
	 * Changes fields of an Import that has not started ({@code PATCH} with JSON).
	 * @param id the Chameleon ID
	 * @param change the fields
	 * @return the Import
	 */
	@PatchExchange("/{id}") @Envelope("import")
	Mono<DataImport> update(@PathVariable String id, @RequestBody ImportChange change);

	/**
	 * Uploads the CSV of an Import ({@code PATCH} multipart, part {@code file}), optionally starting
	 * it with {@code ?import_at=now} as in the vendor's example.
	 * @param id the Chameleon ID
	 * @param csv the file, streamed
	 * @param start whether to start the Import now
	 * @return the Import
	 */
	@PatchExchange(url = "/{id}", contentType = MediaType.MULTIPART_FORM_DATA_VALUE) @Envelope("import")
	Mono<DataImport> upload(@PathVariable String id, @RequestPart("file") FileUpload csv,
			@Flag(name = "import_at", value = "now") boolean start);

	/**
	 * Downloads the uploaded CSV ({@code GET /v3/edit/imports/:id.csv}) as it arrives; write it
	 * with {@code DataBufferUtils.write} (which releases the buffers) or release each buffer.
	 * @param id the Chameleon ID
	 * @return the bytes
	 */
	@GetExchange(url = "/{id}.csv", accept = { "text/csv", MediaType.ALL_VALUE })
	Flux<DataBuffer> download(@PathVariable String id);

}
