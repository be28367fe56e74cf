package io.github.chameleon4j.test.junit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.Fault;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChameleonEmulatorExtensionTests {

	@RegisterExtension
	static ChameleonEmulatorExtension chameleon = new ChameleonEmulatorExtension(
			(builder) -> builder.accountSecret("ext-secret").seedProfiles(7));

	static int port;

	private static int status(String baseUrl, String secret) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v3/analyze/profiles/count"))
			.header("X-Account-Secret", secret)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	@Test
	@Order(1)
	void startsConfiguredEmulatorBeforeTheTests(ChameleonEmulator emulator) throws Exception {
		assertThat(emulator).isSameAs(chameleon.emulator());
		assertThat(chameleon.accountSecret()).isEqualTo("ext-secret");
		assertThat(emulator.data().profileCount()).isEqualTo(7);
		assertThat(status(chameleon.baseUrl(), "ext-secret")).isEqualTo(200);
		port = emulator.port();
		emulator.data().upsertProfile(java.util.Map.of("uid", "leftover"));
		emulator.faults().failNext(5, Fault.internalError());
	}

	@Test
	@Order(2)
	void resetsStateBetweenTestsButKeepsTheServer() throws Exception {
		assertThat(chameleon.emulator().port()).isEqualTo(port);
		assertThat(chameleon.emulator().data().profileIdByUid("leftover")).isEmpty();
		assertThat(chameleon.emulator().requests()).isEmpty();
		assertThat(status(chameleon.baseUrl(), "ext-secret")).isEqualTo(200);
	}

}
