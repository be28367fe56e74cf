package io.github.chameleon4j.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny blocking/async HTTP client for contract tests against a running emulator. */
final class TestHttp {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final String secret;

	TestHttp(ChameleonEmulator emulator) {
		this(emulator.baseUrl(), emulator.accountSecret());
	}

	TestHttp(String baseUrl, String secret) {
		this.baseUrl = baseUrl;
		this.secret = secret;
	}

	record Response(int status, HttpResponse<String> raw) {

		String body() {
			return this.raw.body();
		}

		JsonNode json() {
			return MAPPER.readTree(this.raw.body());
		}

		String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

	}

	Response get(String path) {
		return send("GET", path, null);
	}

	Response post(String path, String json) {
		return send("POST", path, json);
	}

	Response patch(String path, String json) {
		return send("PATCH", path, json);
	}

	Response delete(String path) {
		return send("DELETE", path, null);
	}

	Response send(String method, String path, String json) {
		return sendAsync(method, path, json).join();
	}

	CompletableFuture<Response> sendAsync(String method, String path, String json) {
		return this.client.sendAsync(request(method, path, json), HttpResponse.BodyHandlers.ofString())
			.thenApply((response) -> new Response(response.statusCode(), response));
	}

	HttpRequest request(String method, String path, String json) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(20))
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json)
					: HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			builder.header("Content-Type", "application/json");
		}
		if (this.secret != null) {
			builder.header("X-Account-Secret", this.secret);
		}
		return builder.build();
	}

	HttpResponse<String> raw(HttpRequest request) throws Exception {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	static JsonNode parse(String json) {
		return MAPPER.readTree(json);
	}

}
