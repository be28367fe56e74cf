package io.github.chameleon4j.test.spring.slice;

import io.github.chameleon4j.client.ChameleonOperations;
import io.github.chameleon4j.model.Tour;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A controller of the user's application: shows a Tour's name. */
@RestController
class TourController {

	private final ChameleonOperations chameleon;

	TourController(ChameleonOperations chameleon) {
		this.chameleon = chameleon;
	}

	@GetMapping("/tours/{id}/name")
	Mono<String> name(@PathVariable String id) {
		return this.chameleon.tours().get(id).map(Tour::name);
	}

}
