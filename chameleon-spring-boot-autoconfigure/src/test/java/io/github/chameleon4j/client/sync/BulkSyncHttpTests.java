package io.github.chameleon4j.client.sync;

import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.client.WireMockTestSupport;
import io.github.chameleon4j.error.ChameleonResponseException;
import io.github.chameleon4j.model.CompanyTraits;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.resilience.ChameleonResilience;
import io.github.chameleon4j.client.sync.SyncResult.Outcome;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code profiles().sync(...)} and {@code companies().sync(...)} over HTTP, against WireMock on 127.0.0.1: the
 * batch hooks they post, the 413 split, and the client's call policy around each batch.
 */
class BulkSyncHttpTests extends WireMockTestSupport {

	private static final String PROFILES_BATCH = "/v3/observe/hooks/profiles/batch";

	private static final String TOO_LARGE = """
			{"code":413,"messages":["Each batch must be less than 16mb, try splitting the batch in half"]}""";

	@Test
	void profilesArePostedToTheBatchHookInBatchesOfMaxItems() {
		accept(PROFILES_BATCH);
		List<ProfileTraits> profiles = profiles(25);
		List<SyncResult<ProfileTraits>> results = this.chameleon.profiles()
			.sync(Flux.fromIterable(profiles), SyncOptions.defaults().withMaxItems(10).withConcurrency(1))
			.collectList()
			.block(TIMEOUT);
		assertThat(batchSizes(PROFILES_BATCH)).containsExactly(10, 10, 5);
		JsonNode first = json(requests(PROFILES_BATCH).get(0));
		assertThat(first.get("on_model_missing").asString()).isEqualTo("create");
		assertThat(first.get("profiles").get(0).get("uid").asString()).isEqualTo("u-0");
		assertThat(first.get("profiles").get(0).get("plan").asString()).isEqualTo("pro");
		assertThat(results).hasSize(25).allSatisfy((result) -> {
			assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(result.batchId()).isEqualTo("660cf6071829300102030e01");
			assertThat(result.item()).isSameAs(profiles.get((int) result.index()));
		});
	}

	@Test
	void companiesArePostedToTheCompanyBatchHook() {
		accept("/v3/observe/hooks/companies/batch");
		List<SyncResult<CompanyTraits>> results = this.chameleon.companies()
			.sync(Flux.just(CompanyTraits.forUid("acct-1"), CompanyTraits.forUid("acct-2").with("plan", "gold")),
					SyncOptions.defaults().withCreateMissing(false))
			.collectList()
			.block(TIMEOUT);
		assertThat(results).hasSize(2).allMatch(SyncResult::isAccepted);
		JsonNode body = json(requests("/v3/observe/hooks/companies/batch").get(0));
		assertThat(body.get("companies")).hasSize(2);
		assertThat(body.get("on_model_missing").asString()).isEqualTo("ignore");
	}

	@Test
	void a413IsSplitInHalfAndBothHalvesAreSentAgain() {
		// this server takes at most 4 items per batch
		server.stubFor(post(urlEqualTo(PROFILES_BATCH)).atPriority(1)
			.withRequestBody(matchingJsonPath("$.profiles[4]"))
			.willReturn(aResponse().withStatus(413).withHeader("Content-Type", "application/json").withBody(TOO_LARGE)));
		accept(PROFILES_BATCH);
		List<ProfileTraits> profiles = profiles(8);
		List<SyncResult<ProfileTraits>> results = this.chameleon.profiles()
			.sync(Flux.fromIterable(profiles), SyncOptions.defaults().withConcurrency(1))
			.collectList()
			.block(TIMEOUT);
		assertThat(batchSizes(PROFILES_BATCH)).containsExactly(8, 4, 4);
		assertThat(results).extracting(SyncResult::index).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
		assertThat(results).allMatch(SyncResult::isAccepted);
	}

	@Test
	void aSingleItemAnswered413IsRejectedWithThe413() {
		server.stubFor(post(urlEqualTo(PROFILES_BATCH))
			.willReturn(aResponse().withStatus(413).withHeader("Content-Type", "application/json").withBody(TOO_LARGE)));
		List<SyncResult<ProfileTraits>> results = this.chameleon.profiles()
			.sync(Flux.fromIterable(profiles(3)), SyncOptions.defaults().withConcurrency(1))
			.collectList()
			.block(TIMEOUT);
		// 3 -> 1 + 2 -> 1 + 1: five requests, then every item rejected with Chameleon's answer
		assertThat(batchSizes(PROFILES_BATCH)).containsExactly(3, 1, 2, 1, 1);
		assertThat(results).hasSize(3).allSatisfy((result) -> {
			assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
			assertThat(result.error()).isInstanceOfSatisfying(ChameleonResponseException.class,
					(ex) -> assertThat(ex.status()).isEqualTo(413));
		});
	}

	@Test
	void eachBatchIsRetriedByTheClientsPolicyAsTheUpsertItIs() {
		server.stubFor(post(urlEqualTo(PROFILES_BATCH)).inScenario("outage")
			.whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withBody("<html>maintenance</html>"))
			.willSetStateTo("back"));
		server.stubFor(post(urlEqualTo(PROFILES_BATCH)).inScenario("outage")
			.whenScenarioStateIs("back")
			.willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
				.withBody("{\"batch\":{\"id\":\"660cf6071829300102030e02\"}}")));
		try (ChameleonOperations policed = clientBuilder()
			.callPolicy(ChameleonResilience.builder().name("sync-test").pace((p) -> p.enabled(false))
				.retry((r) -> r.initialBackoff(java.time.Duration.ofMillis(10))).build())
			.build()) {
			List<SyncResult<ProfileTraits>> results = policed.profiles()
				.sync(Flux.fromIterable(profiles(3)))
				.collectList()
				.block(TIMEOUT);
			assertThat(results).hasSize(3).allMatch(SyncResult::isAccepted);
		}
		assertThat(batchSizes(PROFILES_BATCH)).containsExactly(3, 3);
	}

	private static void accept(String path) {
		server.stubFor(post(urlEqualTo(path)).atPriority(5)
			.willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
				.withBody("{\"batch\":{\"id\":\"660cf6071829300102030e01\"}}")));
	}

	private static List<ProfileTraits> profiles(int count) {
		List<ProfileTraits> profiles = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			profiles.add(ProfileTraits.forUid("u-" + i).with("plan", "pro"));
		}
		return profiles;
	}

	private static List<ServeEvent> requests(String path) {
		List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
		events.removeIf((event) -> !event.getRequest().getUrl().equals(path));
		events.sort((a, b) -> a.getRequest().getLoggedDate().compareTo(b.getRequest().getLoggedDate()));
		return events;
	}

	private static List<Integer> batchSizes(String path) {
		return requests(path).stream().map((event) -> json(event).get(path.contains("profiles") ? "profiles" : "companies").size()).toList();
	}

	private static JsonNode json(ServeEvent event) {
		return JSON.readTree(event.getRequest().getBodyAsString());
	}

}
