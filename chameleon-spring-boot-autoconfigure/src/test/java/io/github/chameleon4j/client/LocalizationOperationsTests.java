package io.github.chameleon4j.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.buffer.DataBufferUtils;

import io.github.chameleon4j.model.ExperienceKind;
import io.github.chameleon4j.model.ExperienceRef;
import io.github.chameleon4j.model.TranslationFormat;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalizationOperationsTests extends ResourceTestSupport {

	private static final Duration WAIT = Duration.ofSeconds(5);

	private static final String YAML = "id: set-1\nlanguage:\n  code: default\nexperiences: []\n";

	@Test
	void downloadOfOneExperienceUsesThePluralCollectionPath() {
		this.wiremock.stubFor(get("/v3/edit/tours/t1/i18n.yaml").withHeader("X-Account-Secret", equalTo("test-secret"))
			.willReturn(aResponse().withHeader("Content-Type", "application/x-yaml").withBody(YAML)));
		assertThat(text(this.chameleon.localization().download(ExperienceKind.TOUR, "t1", TranslationFormat.YAML)))
			.isEqualTo(YAML);
	}

	@Test
	void downloadOfAKindUsesTheJsonExtension() {
		this.wiremock.stubFor(get("/v3/edit/launchers/i18n.json").willReturn(aResponse().withBody("{\"id\": \"s\"}")));
		assertThat(text(this.chameleon.localization().downloadAll(ExperienceKind.LAUNCHER, TranslationFormat.JSON)))
			.isEqualTo("{\"id\": \"s\"}");
	}

	@Test
	void downloadOfASelectionPostsTheExperiences() {
		this.wiremock.stubFor(post("/v3/edit/experiences/i18n.yaml")
			.withRequestBody(equalToJson("{\"experiences\": [{\"kind\": \"tour\", \"id\": \"t1\"}, {\"kind\": \"tooltip\", \"id\": \"x2\"}]}"))
			.willReturn(aResponse().withBody(YAML)));
		assertThat(text(this.chameleon.localization()
			.downloadSelection(List.of(new ExperienceRef(ExperienceKind.TOUR, "t1"), new ExperienceRef(ExperienceKind.TOOLTIP, "x2")),
					TranslationFormat.YAML)))
			.isEqualTo(YAML);
	}

	@Test
	void uploadOfOneFileUsesPartFile() {
		stub(post("/v3/edit/i18n").withMultipartRequestBody(aMultipart().withName("file").withBody(containing("code: es"))),
				"{\"ok\": true}");
		assertThat(this.chameleon.localization().upload(List.of(file("es.yaml", "language:\n  code: es\n"))).block(WAIT)
			.get("ok").asBoolean()).isTrue();
	}

	@Test
	void uploadOfSeveralFilesUsesPartsFiles() {
		this.wiremock.stubFor(post("/v3/edit/i18n")
			.withMultipartRequestBody(aMultipart().withName("files[]").withBody(containing("code: de")))
			.withMultipartRequestBody(aMultipart().withName("files[]").withBody(containing("code: fr")))
			.willReturn(aResponse().withStatus(204)));
		assertThat(this.chameleon.localization()
			.upload(List.of(file("de.yaml", "code: de"), file("fr.yaml", "code: fr")))
			.block(WAIT)
			.isMissingNode()).isTrue();
	}

	@Test
	void invalidArgumentsFailBeforeSending() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.chameleon.localization().downloadSelection(List.of(), TranslationFormat.JSON))
			.withMessageContaining("experiences");
		assertThatIllegalArgumentException().isThrownBy(() -> this.chameleon.localization().upload(List.of()))
			.withMessageContaining("files");
		assertThatIllegalArgumentException().isThrownBy(() -> new ExperienceRef(ExperienceKind.TOUR, ""))
			.withMessageContaining("id");
		assertNothingSent();
	}

	private static String text(reactor.core.publisher.Flux<org.springframework.core.io.buffer.DataBuffer> bytes) {
		return DataBufferUtils.join(bytes).map((buffer) -> {
			String text = buffer.toString(StandardCharsets.UTF_8);
			DataBufferUtils.release(buffer);
			return text;
		}).block(WAIT);
	}

	private static FileUpload file(String name, String content) {
		return FileUpload.of(new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return name;
			}
		});
	}

}
