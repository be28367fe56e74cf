package io.github.chameleon4j.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Builds webhook bodies as Chameleon sends them (test support). */
public final class SignedWebhooks {

	public static final String SECRET = "whsec-test-4f9a1c2b";

	public static final Instant NOW = Instant.parse("2029-04-07T15:05:00Z");

	private SignedWebhooks() {
	}

	public static byte[] envelope(String id, String kind, Instant sentAt, String dataJson) {
		return ("{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"sent_at\":\"" + sentAt + "\",\"data\":" + dataJson
				+ "}")
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] ping(String id, Instant sentAt) {
		return envelope(id, "ping", sentAt,
				"{\"account\":{\"id\":\"64b7e0c1a2f3d4e5f6a7b801\",\"domain\":\"example.org\",\"name\":\"Example Org\"}}");
	}

	/** The documented {@code response.finished} example, re-dated. */
	public static byte[] responseFinished(String id, Instant sentAt) {
		return envelope(id, "response.finished", sentAt, """
				{
				  "profile":  { "id": "65b1d2e3f4a5b6c7d8e9f002", "uid": "u-4411", "email": "ana@example.org" },
				  "response": { "id": "6602b3c4d5e6f70819300102", "survey_id": "65f1a2b3c4d5e6f708192b01",
				                "profile_id": "65b1d2e3f4a5b6c7d8e9f002", "href": "https://app.example.org/exports",
				                "button_text": "Hard", "button_order": 1, "input_text": "Couldn't find CSV option.",
				                "finished_at": "2029-04-07T15:04:58Z" },
				  "survey":   { "id": "65f1a2b3c4d5e6f708192b01", "name": "Export feature CES",
				                "steps": [ { "id": "65f1a2b3c4d5e6f708192b02", "body": "How easy was exporting?", "preset": "survey_five" },
				                           { "id": "65f1a2b3c4d5e6f708192b03", "body": "What got in the way?", "preset": "response" } ],
				                "user": { "id": "6609c3d4e5f6071829300bff", "email": "sam@example.org", "name": "Sam Ortiz" } }
				}""");
	}

	public static String sign(byte[] body) {
		return WebhookSignature.sign(SECRET, body);
	}

}
