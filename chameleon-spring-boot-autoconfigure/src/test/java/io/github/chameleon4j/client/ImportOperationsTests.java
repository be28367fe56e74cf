package io.github.chameleon4j.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

import io.github.chameleon4j.error.ChameleonNotFoundException;
import io.github.chameleon4j.model.ColumnMapping;
import io.github.chameleon4j.model.DataImport;
import io.github.chameleon4j.model.ImportChange;
import io.github.chameleon4j.model.ImportKind;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ImportOperationsTests extends ResourceTestSupport {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static final String IMPORT = """
			{ "import": { "id": "660ad4e5f607182930010c01", "kind": "update_csv", "name": "Plan sync 2029-04",
			  "model_kind": "profile", "on_model_missing": "ignore",
			  "properties": [ { "name": "Email", "prop": "email" }, { "name": "Seats", "prop": "seat_count" } ],
			  "head_columns": [ { "name": "Email", "values": ["ana@example.org", "li@example.org"] },
			                    { "name": "Seats", "values": [12, 40] } ],
			  "import_at": "2029-04-06T08:00:00Z", "segments_op": "or", "priority": "high",
			  "stats": { "rows_count": 5200, "last_row": 3100, "last_import_state": "started", "last_import_at": null,
			             "created_count": 0, "updated_count": 3100 } } }
			""";

	@TempDir
	Path directory;

	@Test
	void createSendsJsonAndReadsTheReferenceImport() {
		stub(post("/v3/edit/imports").withRequestBody(equalToJson("""
				{ "name": "Plan sync 2029-04", "kind": "update_csv", "model_kind": "profile", "on_model_missing": "ignore",
				  "properties": [ { "name": "Email", "prop": "email" }, { "name": "Seats", "prop": "seat_count" } ] }
				""")), IMPORT);
		DataImport created = this.chameleon.imports()
			.create(ImportChange.none()
				.name("Plan sync 2029-04")
				.kind(ImportKind.UPDATE_CSV)
				.modelKind("profile")
				.createMissing(false)
				.properties(List.of(ColumnMapping.of("Email", "email"), ColumnMapping.of("Seats", "seat_count"))))
			.block(WAIT);
		assertThat(created.kind()).isEqualTo(ImportKind.UPDATE_CSV);
		assertThat(created.segmentOp()).isEqualTo("or");
		assertThat(created.stats().lastRow()).isEqualTo(3100L);
		assertThat(created.stats().isCompleted()).isFalse();
		assertThat(created.unknownFields()).containsEntry("priority", "high");
		assertThat(created.headColumns()).hasSize(2);
	}

	@Test
	void uploadStreamsTheFileAsPartFileAndStartsWithImportAtNow() throws Exception {
		Path csv = Files.writeString(this.directory.resolve("plan.csv"), "Email,Seats\nana@example.org,12\n");
		stub(patch(urlPathEqualTo("/v3/edit/imports/im1"))
			.withQueryParam("import_at", equalTo("now"))
			.withHeader("Content-Type", containing("multipart/form-data"))
			.withMultipartRequestBody(aMultipart().withName("file").withBody(containing("ana@example.org,12"))), IMPORT);
		DataImport started = this.chameleon.imports().upload("im1", FileUpload.of(csv), true).block(WAIT);
		assertThat(started.importAt()).isNotNull();
	}

	@Test
	void uploadWithoutStartSendsNoTrigger() throws Exception {
		Path csv = Files.writeString(this.directory.resolve("plan.csv"), "Email\n");
		stub(patch("/v3/edit/imports/im1").withMultipartRequestBody(aMultipart().withName("file")), IMPORT);
		assertThat(this.chameleon.imports().upload("im1", FileUpload.of(csv), false).block(WAIT)).isNotNull();
	}

	@Test
	void createWithFileSendsFieldsAsFormParts() throws Exception {
		Path csv = Files.writeString(this.directory.resolve("tags.csv"), "uid\nu-1\n");
		stub(post("/v3/edit/imports")
			.withMultipartRequestBody(aMultipart().withName("file").withBody(containing("u-1")))
			.withMultipartRequestBody(aMultipart().withName("kind").withBody(equalTo("tag_csv")))
			.withMultipartRequestBody(aMultipart().withName("properties[][prop]").withBody(equalTo("uid")))
			.withMultipartRequestBody(aMultipart().withName("import_at").withBody(equalTo("$now"))), IMPORT);
		DataImport created = this.chameleon.imports()
			.create(ImportChange.none().kind(ImportKind.TAG_CSV).properties(List.of(ColumnMapping.of("uid", "uid"))).importNow(),
					FileUpload.of(csv))
			.block(WAIT);
		assertThat(created.id()).isEqualTo("660ad4e5f607182930010c01");
	}

	@Test
	void downloadStreamsTheCsvBytesThrough() {
		byte[] body = new byte[3 * 1024 * 1024];
		new Random(7).nextBytes(body);
		this.wiremock.stubFor(get("/v3/edit/imports/im1.csv").withHeader("X-Account-Secret", equalTo("test-secret"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "text/csv")
				.withHeader("Content-Disposition", "attachment; filename=\"plan.csv\"")
				.withBody(body)));
		DataBuffer joined = DataBufferUtils.join(this.chameleon.imports().download("im1")).block(WAIT);
		byte[] received = new byte[joined.readableByteCount()];
		joined.read(received);
		DataBufferUtils.release(joined);
		assertThat(received).isEqualTo(body);
	}

	@Test
	void downloadOfAMissingImportFailsWithNotFound() {
		this.wiremock.stubFor(get("/v3/edit/imports/nope.csv")
			.willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
				.withBody("{\"code\": 404, \"messages\": [\"Import not found\"]}")));
		assertThatExceptionOfType(ChameleonNotFoundException.class)
			.isThrownBy(() -> this.chameleon.imports().download("nope").collectList().block(WAIT));
	}

	@Test
	void listAndGetReadTheirKeys() {
		stub(get("/v3/edit/imports"), "{\"imports\": [ {\"id\": \"a\", \"kind\": \"delete_filters\"}, {\"id\": \"b\", \"kind\": \"new_kind\"} ]}");
		stub(get("/v3/edit/imports/a"), IMPORT);
		assertThat(this.chameleon.imports().list().collectList().block(WAIT)).extracting(DataImport::kind)
			.containsExactly(ImportKind.DELETE_FILTERS, ImportKind.UNKNOWN);
		assertThat(this.chameleon.imports().get("a").block(WAIT).name()).isEqualTo("Plan sync 2029-04");
	}

	@Test
	void invalidArgumentsFailBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.chameleon.imports().download(" ")).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.chameleon.imports().update("a", ImportChange.none()))
			.withMessageContaining("change");
		assertThatIllegalArgumentException().isThrownBy(() -> ImportChange.none().modelKind("event"))
			.withMessageContaining("modelKind");
		assertThatIllegalArgumentException().isThrownBy(() -> FileUpload.of(this.directory.resolve("missing.csv")))
			.withMessageContaining("path");
		assertNothingSent();
	}

}
