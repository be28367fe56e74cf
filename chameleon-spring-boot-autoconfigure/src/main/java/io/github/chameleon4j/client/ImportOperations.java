package io.github.chameleon4j.client;

import org.springframework.core.io.buffer.DataBuffer;
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
public interface ImportOperations {

	/**
	 * Every Import (the list is complete, not paginated).
	 * @return the Imports
	 */
	Flux<DataImport> list();

	/**
	 * Creates an Import from JSON fields (filter kinds can be created and started in one call).
	 * @param change the fields; the server's defaults apply to the rest
	 * @return the Import
	 */
	Mono<DataImport> create(ImportChange change);

	/**
	 * Creates an Import with its CSV in one multipart request (fields as form parts, see the README).
	 * @param change the fields
	 * @param csv the file, streamed as part {@code file}
	 * @return the Import
	 */
	Mono<DataImport> create(ImportChange change, FileUpload csv);

	/**
	 * One Import with its progress ({@code stats}).
	 * @param id the Chameleon ID
	 * @return the Import
	 */
	Mono<DataImport> get(String id);

	/**
	 * Changes fields of an Import that has not started ({@code PATCH} with JSON).
	 * @param id the Chameleon ID
	 * @param change the fields
	 * @return the Import
	 */
	Mono<DataImport> update(String id, ImportChange change);

	/**
	 * Uploads the CSV of an Import ({@code PATCH} multipart, part {@code file}), optionally starting
	 * it with {@code ?import_at=now} as in the vendor's example.
	 * @param id the Chameleon ID
	 * @param csv the file, streamed
	 * @param start whether to start the Import now
	 * @return the Import
	 */
	Mono<DataImport> upload(String id, FileUpload csv, boolean start);

	/**
	 * Downloads the uploaded CSV ({@code GET /v3/edit/imports/:id.csv}) as it arrives; write it
	 * with {@code DataBufferUtils.write} (which releases the buffers) or release each buffer.
	 * @param id the Chameleon ID
	 * @return the bytes
	 */
	Flux<DataBuffer> download(String id);

}
