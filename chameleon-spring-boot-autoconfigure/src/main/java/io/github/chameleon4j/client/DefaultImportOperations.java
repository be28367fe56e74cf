package io.github.chameleon4j.client;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.DataImport;
import io.github.chameleon4j.model.ImportChange;

final class DefaultImportOperations implements ImportOperations {

	private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

	private final ChameleonTransport transport;

	DefaultImportOperations(ChameleonTransport transport) {
		this.transport = transport;
	}

	@Override
	public Flux<DataImport> list() {
		return this.transport.exchange(ApiRequest.get("/v3/edit/imports"), Readers.list(DataImport.class, "imports"))
			.flatMapIterable((imports) -> imports);
	}

	@Override
	public Mono<DataImport> create(ImportChange change) {
		Arguments.requireNonNull(change, "change");
		return this.transport.exchange(ApiRequest.post("/v3/edit/imports").body(change.toBody()), single());
	}

	@Override
	public Mono<DataImport> create(ImportChange change, FileUpload csv) {
		Arguments.requireNonNull(change, "change");
		Arguments.requireNonNull(csv, "csv");
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		MultipartFields.addTo(parts, change.toBody(), this.transport.mapper());
		csv.addTo(parts, "file");
		return this.transport.exchangeMultipart(ApiRequest.post("/v3/edit/imports"), parts.build(), single());
	}

	@Override
	public Mono<DataImport> get(String id) {
		Arguments.requireText(id, "id");
		return this.transport.exchange(ApiRequest.get("/v3/edit/imports/{id}", id), single());
	}

	@Override
	public Mono<DataImport> update(String id, ImportChange change) {
		Arguments.requireText(id, "id");
		Arguments.requireNonNull(change, "change");
		if (change.isEmpty()) {
			throw new IllegalArgumentException("change must set at least one field");
		}
		return this.transport.exchange(ApiRequest.patch("/v3/edit/imports/{id}", id).body(change.toBody()), single());
	}

	@Override
	public Mono<DataImport> upload(String id, FileUpload csv, boolean start) {
		Arguments.requireText(id, "id");
		Arguments.requireNonNull(csv, "csv");
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		csv.addTo(parts, "file");
		// A PATCH may be repeated, but only when the file can be read again.
		ApiRequest request = ApiRequest.patch("/v3/edit/imports/{id}", id)
			.query("import_at", start ? "now" : null)
			.idempotent(csv.isRepeatable());
		return this.transport.exchangeMultipart(request, parts.build(), single());
	}

	@Override
	public Flux<DataBuffer> download(String id) {
		Arguments.requireText(id, "id");
		return this.transport.download(ApiRequest.get("/v3/edit/imports/{id}.csv", id), TEXT_CSV, MediaType.ALL);
	}

	private static ResponseReader<DataImport> single() {
		return Readers.single(DataImport.class, "import");
	}

}
