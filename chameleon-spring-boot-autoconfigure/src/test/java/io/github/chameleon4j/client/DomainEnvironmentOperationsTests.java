package io.github.chameleon4j.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.chameleon4j.model.Domain;
import io.github.chameleon4j.model.DomainChange;
import io.github.chameleon4j.model.Environment;
import io.github.chameleon4j.model.EnvironmentChange;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import io.github.chameleon4j.model.PageRequest;

class DomainEnvironmentOperationsTests extends ResourceTestSupport {

	private static final Duration WAIT = Duration.ofSeconds(5);

	private static final String URL = """
			{ "url": { "id": "6607a1b2c3d4e5f607182901", "host": "staging.example.org", "domain": "example.org",
			           "enabled": "on", "url_group_id": "6607a1b2c3d4e5f6071829aa", "archived_at": null,
			           "installed_at": "2029-01-01T00:00:00Z", "verified": true } }
			""";

	private static final String URL_GROUP = """
			{ "url_group": { "id": "6607a1b2c3d4e5f6071829aa", "name": "Staging", "description": "Pre-release QA",
			                 "short_name": "ST", "style_short_name_color": "6D95C0", "archived_at": null } }
			""";

	@Test
	void createSendsTheHostWithTheDocumentedDefaultState() {
		stub(post("/v3/edit/urls").withRequestBody(equalToJson("{\"host\": \"staging.example.org\", \"enabled\": \"on\"}")), URL);
		Domain domain = this.chameleon.domains().create("staging.example.org", DomainChange.none()).block(WAIT);
		assertThat(domain.domain()).isEqualTo("example.org");
		assertThat(domain.installedAt()).isEqualTo(Instant.parse("2029-01-01T00:00:00Z"));
		assertThat(domain.unknownFields()).containsEntry("verified", true);
	}

	@Test
	void updateAndReplaceSendExplicitNulls() {
		stub(patch("/v3/edit/urls/u1").withRequestBody(equalToJson("{\"url_group_id\": null, \"archived_at\": null}")), URL);
		stub(put("/v3/edit/urls/u1").withRequestBody(equalToJson("{\"enabled\": \"subdomain\"}")), URL);
		assertThat(this.chameleon.domains().update("u1", DomainChange.none().defaultEnvironment().unarchive()).block(WAIT))
			.isNotNull();
		assertThat(this.chameleon.domains().replace("u1", DomainChange.none().enabled("subdomain")).block(WAIT)).isNotNull();
	}

	@Test
	void batchReturnsEveryListedDomain() {
		stub(post("/v3/edit/urls/batch").withRequestBody(equalToJson("{\"ids\": [\"a\", \"b\"], \"enabled\": \"off\"}")),
				"{\"urls\": [ {\"id\": \"a\", \"enabled\": \"off\"}, {\"id\": \"b\", \"enabled\": \"off\"} ]}");
		assertThat(this.chameleon.domains().updateAll(List.of("a", "b"), DomainChange.none().enabled("off")).block(WAIT))
			.extracting(Domain::id).containsExactly("a", "b");
	}

	@Test
	void listFiltersByRegistrableDomain() {
		stub(get(urlPathEqualTo("/v3/edit/urls")).withQueryParam("domain", equalTo("ex.io")),
				"{\"urls\": [ {\"id\": \"a\", \"host\": \"app.ex.io\"} ], \"cursor\": {\"limit\": 50, \"before\": \"a\"}}");
		assertThat(this.chameleon.domains().listAll("ex.io").collectList().block(WAIT)).extracting(Domain::host)
			.containsExactly("app.ex.io");
	}

	@Test
	void environmentGetsAcceptTheDocumentedUrlKeys() {
		stub(get(urlPathEqualTo("/v3/edit/url_groups")),
				"{\"urls\": [ {\"id\": \"g1\", \"name\": \"Production\"} ], \"cursor\": {\"limit\": 50}}");
		stub(get("/v3/edit/url_groups/g1"), "{\"url\": {\"id\": \"g1\", \"name\": \"Production\", \"short_name\": \"PR\"}}");
		assertThat(this.chameleon.environments().list(PageRequest.first()).block(WAIT).items())
			.extracting(Environment::name).containsExactly("Production");
		assertThat(this.chameleon.environments().get("g1").block(WAIT).shortName()).isEqualTo("PR");
	}

	@Test
	void environmentGetsPreferTheUrlGroupKeys() {
		stub(get(urlPathEqualTo("/v3/edit/url_groups")), "{\"url_groups\": [ {\"id\": \"g2\", \"name\": \"Staging\"} ]}");
		stub(get("/v3/edit/url_groups/g2"), URL_GROUP);
		assertThat(this.chameleon.environments().listAll().collectList().block(WAIT)).extracting(Environment::name)
			.containsExactly("Staging");
		assertThat(this.chameleon.environments().get("g2").block(WAIT).styleShortNameColor()).isEqualTo("6D95C0");
	}

	@Test
	void createAndArchiveSendTheDocumentedFields() {
		stub(post("/v3/edit/url_groups").withRequestBody(equalToJson("""
				{ "name": "Staging", "short_name": "ST", "style_short_name_color": "6D95C0" }
				""")), URL_GROUP);
		stub(patch("/v3/edit/url_groups/g2").withRequestBody(equalToJson("""
				{ "archived_at": "2029-05-01T00:00:00Z", "urls_action_on_archive": "archive" }
				""")), URL_GROUP);
		stub(put("/v3/edit/url_groups/g2").withRequestBody(equalToJson("{\"description\": null}")), URL_GROUP);
		assertThat(this.chameleon.environments()
			.create(EnvironmentChange.none().name("Staging").shortName("ST").color("6d95c0"))
			.block(WAIT)
			.name()).isEqualTo("Staging");
		assertThat(this.chameleon.environments()
			.update("g2", EnvironmentChange.none().archive(Instant.parse("2029-05-01T00:00:00Z"), true))
			.block(WAIT)).isNotNull();
		assertThat(this.chameleon.environments().replace("g2", EnvironmentChange.none().description(null)).block(WAIT))
			.isNotNull();
	}

	@Test
	void invalidArgumentsFailBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.chameleon.domains().create(" ", DomainChange.none()))
			.withMessageContaining("host");
		assertThatIllegalArgumentException().isThrownBy(() -> DomainChange.none().enabled("maybe")).withMessageContaining("state");
		assertThatIllegalArgumentException().isThrownBy(() -> this.chameleon.environments().create(EnvironmentChange.none()))
			.withMessageContaining("name");
		assertThatIllegalArgumentException().isThrownBy(() -> EnvironmentChange.none().shortName("PROD"))
			.withMessageContaining("shortName");
		assertThatIllegalArgumentException().isThrownBy(() -> EnvironmentChange.none().color("#8FC06D"))
			.withMessageContaining("hex");
		assertNothingSent();
	}

}
