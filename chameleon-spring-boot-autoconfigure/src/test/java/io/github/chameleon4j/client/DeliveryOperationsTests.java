package io.github.chameleon4j.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.chameleon4j.error.ChameleonNotFoundException;
import io.github.chameleon4j.model.Delivery;
import io.github.chameleon4j.model.DeliveryRequest;
import io.github.chameleon4j.model.DeliveryUpdate;
import io.github.chameleon4j.model.ModelKind;
import io.github.chameleon4j.resilience.CallPolicy;
import io.github.chameleon4j.resilience.CallDescriptor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.chameleon4j.client.ProfileOperationsTests.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import io.github.chameleon4j.model.DeliveryQuery;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.DeliveryCreation;

class DeliveryOperationsTests extends WireMockTestSupport {

	static final String ID = "6603c4d5e6f7081930010201";

	static final String DELIVERY = """
			{ "delivery": {
			    "id": "6603c4d5e6f7081930010201",
			    "model_kind": "survey",
			    "model_id": "65f1a2b3c4d5e6f708192b01",
			    "profile_id": "65b1d2e3f4a5b6c7d8e9f001",
			    "idempotency_key": "export-ces-2029q2",
			    "from": "2029-04-01T00:00:00Z",
			    "until": "2029-04-15T00:00:00Z",
			    "use_segmentation": false,
			    "once": true,
			    "skip_triggers": true,
			    "skip_url_match": true,
			    "options": { "headline": "Quick question about exports" },
			    "at": null } }
			""";

	@Test
	void listSendsFiltersAndPageAndReadsAListWithoutCursor() {
		respond("""
				{ "deliveries": [ { "id": "d2", "model_type": "tour", "at": "2029-04-02T10:00:00Z", "at_href": "https://a/b" },
				                  { "id": "d1", "model_kind": "hotspot" } ] }
				""");
		Page<Delivery> page = await(this.chameleon.deliveries()
			.list(DeliveryQuery.all().forExperience("m1").forProfile("p1").page(PageRequest.ofSize(10))));
		verifyOnly(getRequestedFor(urlEqualTo("/v3/edit/deliveries?model_id=m1&profile_id=p1&limit=10")));
		assertThat(page.cursor()).isNull();
		assertThat(page.items().get(0).modelKind()).isEqualTo(ModelKind.TOUR);
		assertThat(page.items().get(0).isPending()).isFalse();
		assertThat(page.items().get(0).atHref()).isEqualTo("https://a/b");
		assertThat(page.items().get(1).modelKind()).isEqualTo(ModelKind.UNKNOWN);
		assertThat(page.items().get(1).isPending()).isTrue();
	}

	@Test
	void listAllPagesOnWithTheLastIdWhenFullPagesComeWithoutCursor() {
		server.stubFor(get(urlEqualTo("/v3/edit/deliveries?limit=2"))
			.willReturn(okJson("{ \"deliveries\": [ { \"id\": \"d6\" }, { \"id\": \"d5\" } ] }")));
		server.stubFor(get(urlEqualTo("/v3/edit/deliveries?limit=2&before=d5"))
			.willReturn(okJson("{ \"deliveries\": [ { \"id\": \"d4\" }, { \"id\": \"d3\" } ] }")));
		server.stubFor(get(urlEqualTo("/v3/edit/deliveries?limit=2&before=d3"))
			.willReturn(okJson("{ \"deliveries\": [] }")));
		List<Delivery> all = this.chameleon.deliveries()
			.listAll(DeliveryQuery.all().page(PageRequest.ofSize(2)))
			.collectList()
			.block(TIMEOUT);
		assertThat(all).extracting(Delivery::id).containsExactly("d6", "d5", "d4", "d3");
		assertThat(requests()).hasSize(3);
	}

	@Test
	void getReadsTheDocumentedExample() {
		respond(DELIVERY);
		Delivery delivery = await(this.chameleon.deliveries().get(ID));
		verifyOnly(getRequestedFor(urlEqualTo("/v3/edit/deliveries/" + ID)));
		assertThat(delivery.modelKind()).isEqualTo(ModelKind.SURVEY);
		assertThat(delivery.from()).isEqualTo(Instant.parse("2029-04-01T00:00:00Z"));
		assertThat(delivery.once()).isTrue();
		assertThat(delivery.useSegmentation()).isFalse();
		assertThat(delivery.options()).containsEntry("headline", "Quick question about exports");
		assertThat(delivery.isPending()).isTrue();
	}

	@Test
	void getFallsBackToTheSingularPathOn404() {
		server.stubFor(get(urlEqualTo("/v3/edit/deliveries/" + ID)).willReturn(aResponse().withStatus(404)
			.withBody("{ \"code\": 404, \"messages\": [\"Endpoint not found\"] }")));
		server.stubFor(get(urlEqualTo("/v3/edit/delivery/" + ID)).willReturn(okJson(DELIVERY)));
		assertThat(await(this.chameleon.deliveries().get(ID)).id()).isEqualTo(ID);
		assertThat(requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v3/edit/deliveries/" + ID, "/v3/edit/delivery/" + ID);
	}

	@Test
	void getReportsTheFirst404WhenBothPathsAreNotFound() {
		respond(404, "{ \"code\": 404, \"messages\": [\"Endpoint not found\"] }");
		assertThatExceptionOfType(ChameleonNotFoundException.class)
			.isThrownBy(() -> await(this.chameleon.deliveries().get(ID)))
			.satisfies((ex) -> assertThat(ex.path()).isEqualTo("/v3/edit/deliveries/" + ID));
		assertThat(requests()).hasSize(2);
	}

	@Test
	void createWith201IsCreatedAndCarriesAGeneratedKeyAndThePosition() {
		respond(201, DELIVERY);
		DeliveryRequest request = DeliveryRequest.of(ModelKind.SURVEY, "65f1a2b3c4d5e6f708192b01")
			.toUid("u-4410")
			.from(Instant.parse("2029-04-01T00:00:00Z"))
			.until("+14d")
			.once(true)
			.options(Map.of("headline", "Quick question about exports"))
			.build();
		DeliveryCreation creation = await(this.chameleon.deliveries().create(request));
		LoggedRequest sent = verifyOnly(com.github.tomakehurst.wiremock.client.WireMock
			.postRequestedFor(urlEqualTo("/v3/edit/deliveries")));
		JsonNode body = bodyOf(sent);
		String key = body.get("idempotency_key").asString();
		assertThat(UUID.fromString(key)).isNotNull();
		ObjectNode withoutKey = ((ObjectNode) body).deepCopy();
		withoutKey.remove("idempotency_key");
		assertThat(withoutKey).isEqualTo(JSON.readTree("""
				{ "model_kind": "survey", "model_id": "65f1a2b3c4d5e6f708192b01", "uid": "u-4410",
				  "from": "2029-04-01T00:00:00Z", "until": "+14d", "once": true,
				  "options": { "headline": "Quick question about exports" }, "delivery_ids_position": "first" }
				"""));
		assertThat(creation.created()).isTrue();
		assertThat(creation.delivery().id()).isEqualTo(ID);
	}

	@Test
	void createWith200IsNotCreatedAndKeepsTheGivenKey() {
		respond(200, DELIVERY);
		DeliveryRequest request = DeliveryRequest.of(ModelKind.TOUR, "t1")
			.toProfileId("65b1d2e3f4a5b6c7d8e9f001")
			.idempotencyKey("export-ces-2029q2")
			.deliveryIdsPosition(2)
			.deliveryIdsLimit(1)
			.deliveryIdsAtLimit("drop")
			.build();
		DeliveryCreation creation = await(this.chameleon.deliveries().create(request));
		verifyOnly(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/v3/edit/deliveries"))
			.withRequestBody(equalToJson("""
					{ "model_kind": "tour", "model_id": "t1", "profile_id": "65b1d2e3f4a5b6c7d8e9f001",
					  "idempotency_key": "export-ces-2029q2", "delivery_ids_position": 2, "delivery_ids_limit": 1,
					  "delivery_ids_at_limit": "drop" }
					""")));
		assertThat(creation.created()).isFalse();
		assertThat(creation.delivery().idempotencyKey()).isEqualTo("export-ces-2029q2");
	}

	@Test
	void aRetriedCreateReusesItsKeyAndEachLogicalCallGetsItsOwn() {
		server.stubFor(post(urlEqualTo("/v3/edit/deliveries")).inScenario("retry")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withBody("{ \"code\": 500, \"messages\": [] }"))
			.willSetStateTo("recovered"));
		server.stubFor(post(urlEqualTo("/v3/edit/deliveries")).inScenario("retry")
			.whenScenarioStateIs("recovered")
			.willReturn(aResponse().withStatus(201).withBody(DELIVERY)));
		CallPolicy retryOnce = new CallPolicy() {
			@Override
			public <T> Mono<T> apply(CallDescriptor call, Mono<T> attempt) {
				return attempt.retry(1);
			}
		};
		try (ChameleonOperations retrying = clientBuilder().callPolicy(retryOnce).build()) {
			Mono<DeliveryCreation> create = retrying.deliveries()
				.create(DeliveryRequest.of(ModelKind.TOUR, "t1").toEmail("ana@example.org").build());
			assertThat(create.block(TIMEOUT).created()).isTrue();
			assertThat(create.block(TIMEOUT).created()).isTrue();
		}
		List<String> keys = requests().stream().map((request) -> bodyOf(request).get("idempotency_key").asString()).toList();
		assertThat(keys).hasSize(3);
		assertThat(keys.get(0)).isEqualTo(keys.get(1));
		assertThat(keys.get(2)).isNotEqualTo(keys.get(0));
	}

	@Test
	void updatePatchesThePendingDelivery() {
		respond(DELIVERY);
		Delivery delivery = await(this.chameleon.deliveries()
			.update(ID, DeliveryUpdate.none().until(Instant.parse("2029-05-01T00:00:00Z")).options(Map.of("cta", "Go")).once(false)));
		verifyOnly(patchRequestedFor(urlEqualTo("/v3/edit/deliveries/" + ID)).withRequestBody(equalToJson(
				"{ \"until\": \"2029-05-01T00:00:00Z\", \"options\": { \"cta\": \"Go\" }, \"once\": false }")));
		assertThat(delivery.id()).isEqualTo(ID);
	}

	@Test
	void deleteAcceptsAnEmptyOrAnUndocumentedBody() {
		server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(urlEqualTo("/v3/edit/deliveries/d1"))
			.willReturn(aResponse().withStatus(204)));
		server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(urlEqualTo("/v3/edit/deliveries/d2"))
			.willReturn(okJson("{ \"delivery\": { \"id\": \"d2\" } }")));
		await(this.chameleon.deliveries().delete("d1"));
		await(this.chameleon.deliveries().delete("d2"));
		server.verify(1, deleteRequestedFor(urlEqualTo("/v3/edit/deliveries/d1")));
		server.verify(1, deleteRequestedFor(urlEqualTo("/v3/edit/deliveries/d2")));
	}

	@Test
	void invalidArgumentsFailBeforeAnyRequest() {
		DeliveryOperations deliveries = this.chameleon.deliveries();
		assertRejected(() -> DeliveryRequest.of(ModelKind.TOUR, "t1").build(), "target");
		assertRejected(() -> DeliveryRequest.of(ModelKind.TOUR, "t1").toUid("u").toEmail("e@x").build(), "target");
		assertRejected(() -> DeliveryRequest.of(ModelKind.UNKNOWN, "t1"), "kind");
		assertRejected(() -> DeliveryRequest.of(ModelKind.TOUR, " "), "modelId");
		assertRejected(() -> DeliveryRequest.of(ModelKind.TOUR, "t1").toUid(""), "uid");
		assertRejected(() -> DeliveryRequest.of(ModelKind.TOUR, "t1").until("14 days"), "until");
		assertRejected(() -> DeliveryRequest.of(ModelKind.TOUR, "t1").deliveryIdsPosition("middle"), "deliveryIdsPosition");
		assertRejected(() -> DeliveryRequest.of(ModelKind.TOUR, "t1").deliveryIdsLimit(0), "deliveryIdsLimit");
		assertRejected(() -> DeliveryRequest.of(ModelKind.TOUR, "t1").deliveryIdsAtLimit("keep"), "deliveryIdsAtLimit");
		assertRejected(() -> DeliveryRequest.of(ModelKind.TOUR, "t1").toUid("u").deliveryIdsPosition("last")
			.deliveryIdsAtLimit("drop").build(), "deliveryIdsPosition");
		assertRejected(() -> deliveries.create(null), "request");
		assertRejected(() -> deliveries.get(" "), "id");
		assertRejected(() -> deliveries.update(ID, DeliveryUpdate.none()), "update");
		assertRejected(() -> deliveries.update(null, DeliveryUpdate.none().once(true)), "id");
		assertRejected(() -> deliveries.delete(""), "id");
		assertRejected(() -> deliveries.list(null), "query");
		assertRejected(() -> DeliveryQuery.all().forProfile(" "), "profileId");
		verifyNoRequest();
	}

}
