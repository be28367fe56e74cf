package io.github.chameleon4j.client;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.chameleon4j.error.ChameleonServerException;
import io.github.chameleon4j.model.CompanyTraits;
import io.github.chameleon4j.model.IdReference;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.model.TrackedEvent;
import io.github.chameleon4j.resilience.ChameleonResilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Retries follow what the API guarantees, not the HTTP method: upserts by identifier are safe to
 * repeat although they are POSTs; event tracking is not, and its failure says whether the event
 * may have been recorded.
 */
class RetryByGuaranteeTests extends WireMockTestSupport {

	@BeforeEach
	void resilientClient() {
		this.chameleon.close();
		this.chameleon = ChameleonOperations.builder()
			.baseUrl(server.baseUrl())
			.accountSecret(SECRET)
			.callPolicy(ChameleonResilience.builder().pace((p) -> p.enabled(false)).retry((r) -> r.initialBackoff(Duration.ofMillis(1))).build())
			.build();
	}

	/** The first request to the path gets a 500, every later one the given 2xx body. */
	private static void failOnceThen(String path, int status, String json) {
		server.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
				.withBody("{\"code\":500,\"messages\":[\"Internal\"]}"))
			.willSetStateTo("answered"));
		server.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("answered")
			.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(json)));
	}

	@Test
	void identifyByUidIsRetriedAfterA500() {
		failOnceThen("/v3/observe/hooks/profiles", 200, "{\"profile\":{\"id\":\"p1\"}}");
		IdReference id = await(this.chameleon.hooks().identify(ProfileTraits.forUid("u-1").with("plan", "pro")));
		assertThat(id.id()).isEqualTo("p1");
		assertThat(requests()).hasSize(2);
	}

	@Test
	void companyUpsertIsRetriedAfterA500() {
		failOnceThen("/v3/observe/hooks/companies", 200, "{\"company\":{\"id\":\"c1\"}}");
		assertThat(await(this.chameleon.hooks().upsertCompany(CompanyTraits.forUid("acct-1"))).id()).isEqualTo("c1");
		assertThat(requests()).hasSize(2);
	}

	@Test
	void batchUpsertsAreRetriedAfterA500() {
		failOnceThen("/v3/observe/hooks/profiles/batch", 202, "{\"batch\":{\"id\":\"b1\"}}");
		assertThat(await(this.chameleon.hooks().identifyAll(List.of(ProfileTraits.forUid("u-1")), true)).batchId())
			.isEqualTo("b1");
		failOnceThen("/v3/observe/hooks/companies/batch", 202, "{\"batch\":{\"id\":\"b2\"}}");
		assertThat(await(this.chameleon.hooks().upsertCompanies(List.of(CompanyTraits.forUid("a")), true)).batchId())
			.isEqualTo("b2");
		assertThat(requests()).hasSize(4);
	}

	@Test
	void eventTrackingIsSentOnceAndItsFailureSaysTheEventMayHaveBeenRecorded() {
		failOnceThen("/v3/observe/hooks/events", 200, "{\"event\":{\"id\":\"e1\"}}");
		ChameleonServerException ex = catchThrowableOfType(ChameleonServerException.class,
				() -> await(this.chameleon.hooks().track(TrackedEvent.forUid("u-1").named("Exported"))));
		assertThat(ex.status()).isEqualTo(500);
		assertThat(ex.attempts()).isEqualTo(1);
		assertThat(ex.mayHaveBeenApplied()).isTrue();
		assertThat(requests()).hasSize(1);
	}

}
