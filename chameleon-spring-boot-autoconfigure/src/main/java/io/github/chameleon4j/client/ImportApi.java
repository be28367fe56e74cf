package io.github.chameleon4j.client;

import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.lang.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.DataImport;
import io.github.chameleon4j.model.ImportChange;

/**
 * Data Imports: the HTTP declarations behind {@link ImportOperations}. Uploads stream their file
 * while the request is written; one from a one-shot publisher is never repeated (see {@link Endpoints}).
 */
@HttpExchange("/v3/edit/imports")
interface ImportApi extends ImportOperations {

	@Override
	@GetExchange @Envelope("imports")
	Flux<DataImport> list();

	@Override
	default Mono<DataImport> create(ImportChange change) {
		return create(Arguments.requireNonNull(change, "change").toBody());
	}

	@PostExchange @Envelope("import")
	Mono<DataImport> create(@RequestBody Map<String, Object> body);

	@Override
	default Mono<DataImport> create(ImportChange change, FileUpload csv) {
		Arguments.requireNonNull(change, "change");
		Arguments.requireNonNull(csv, "csv");
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		MultipartFields.addTo(parts, change.toBody());
		csv.addTo(parts, "file");
		return create(parts.build());
	}

	@PostExchange(contentType = MediaType.MULTIPART_FORM_DATA_VALUE) @Envelope("import")
	Mono<DataImport> create(@RequestBody MultiValueMap<String, HttpEntity<?>> parts);

	@Override
	@GetExchange("/{id}") @Envelope("import")
	Mono<DataImport> get(@PathVariable String id);

	@Override
	default Mono<DataImport> update(String id, ImportChange change) {
		return update(id, RequestArguments.changes(change, "change"));
	}

	@PatchExchange("/{id}") @Envelope("import")
	Mono<DataImport> update(@PathVariable String id, @RequestBody Map<String, Object> body);

	@Override
	default Mono<DataImport> upload(String id, FileUpload csv, boolean start) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		Arguments.requireNonNull(csv, "csv").addTo(parts, "file");
		return upload(id, parts.build(), start ? "now" : null);
	}

	/** {@code ?import_at=now} starts the Import, as in the vendor's example. */
	@PatchExchange(url = "/{id}", contentType = MediaType.MULTIPART_FORM_DATA_VALUE) @Envelope("import")
	Mono<DataImport> upload(@PathVariable String id, @RequestBody MultiValueMap<String, HttpEntity<?>> parts,
			@RequestParam(name = "import_at", required = false) @Nullable String importAt);

	@Override
	@GetExchange(url = "/{id}.csv", accept = { "text/csv", MediaType.ALL_VALUE })
	Flux<DataBuffer> download(@PathVariable String id);

}
