package io.github.chameleon4j.test.spring.slice;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.model.Tour;
import io.github.chameleon4j.resilience.ResilienceState;
import io.github.chameleon4j.test.ChameleonEmulator;
import io.github.chameleon4j.test.spring.AutoConfigureChameleonEmulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annotation in a web slice: {@code @WebMvcTest} includes no auto-configuration of ours, the annotation
 * imports the client's, and the controller's call reaches the emulator.
 */
@WebMvcTest(TourController.class)
@AutoConfigureChameleonEmulator(seedProfiles = 2)
class TourControllerWebMvcTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ChameleonEmulator emulator;

	@Autowired
	ChameleonOperations chameleon;

	@Autowired
	ResilienceState state;

	@Test
	void theControllerCallsTheClientAndAnswersWithTheEmulatorsTour() {
		String id = this.emulator.data().publishedTourId();
		Tour tour = this.chameleon.tours().get(id).block();
		this.emulator.clearRequests();

		assertThat(this.mvc.get().uri("/tours/{id}/name", id)).hasStatusOk().hasBodyTextEqualTo(tour.name());

		assertThat(this.emulator.requests()).singleElement().satisfies((request) -> {
			assertThat(request.path()).isEqualTo("/v3/edit/tours/" + id);
			assertThat(request.secretValid()).isTrue();
		});
		assertThat(this.state.currentPacePerMinute()).isZero();
	}

	@Test
	void anUnknownTourIsTheEmulatorsNotFound() {
		assertThat(this.mvc.get().uri("/tours/{id}/name", "000000000000000000000000")).hasFailed();
		assertThat(this.emulator.requests()).singleElement()
			.satisfies((request) -> assertThat(request.status()).isEqualTo(404));
	}

}
