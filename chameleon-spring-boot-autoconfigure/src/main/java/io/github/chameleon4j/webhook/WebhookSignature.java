package io.github.chameleon4j.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes the {@code X-Chameleon-Signature} value: lower-case hex HMAC-SHA256 of the raw body keyed
 * with the webhook secret. Useful to sign test requests; receivers use {@link WebhookVerifier}.
 */
public final class WebhookSignature {

	static final String ALGORITHM = "HmacSHA256";

	private WebhookSignature() {
	}

	/**
	 * Signs {@code body} as Chameleon does.
	 * @param secret the webhook secret (not the account secret)
	 * @param body the raw body bytes
	 * @return 64 lower-case hex characters
	 */
	public static String sign(String secret, byte[] body) {
		requireSecret(secret);
		Objects.requireNonNull(body, "body");
		return HexFormat.of().formatHex(hmac(key(secret), body));
	}

	static SecretKeySpec key(String secret) {
		return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	static byte[] hmac(SecretKeySpec key, byte[] body) {
		try {
			// Mac instances are not thread-safe; a fresh one per call is cheap next to network I/O.
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			// Every Java 17 runtime ships HmacSHA256; reaching here means a broken JCE setup.
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	static void requireSecret(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("secret must not be null or blank");
		}
	}

}
