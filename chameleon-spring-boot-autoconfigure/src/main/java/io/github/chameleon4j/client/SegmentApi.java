package io.github.chameleon4j.client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Segment;
import io.github.chameleon4j.model.Survey;
import io.github.chameleon4j.model.Tour;

/** Segments and their Experiences: the HTTP declarations behind {@link SegmentOperations}. */
@HttpExchange("/v3/edit/segments")
interface SegmentApi extends SegmentOperations {

	@Override
	@GetExchange @Envelope("segments")
	Mono<Page<Segment>> list(PageRequest page);

	@Override
	default Flux<Segment> listAll() {
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT), this::list, Segment::id);
	}

	@Override
	@GetExchange("/{id}") @Envelope("segment")
	Mono<Segment> get(@PathVariable String id);

	@Override
	@GetExchange("/{segmentId}/tours") @Envelope(value = "tours", shape = Shape.SEGMENT_PAGE)
	Mono<SegmentExperiences<Tour>> tours(@PathVariable String segmentId, PageRequest page);

	@Override
	@GetExchange("/{segmentId}/surveys") @Envelope(value = "surveys", shape = Shape.SEGMENT_PAGE)
	Mono<SegmentExperiences<Survey>> surveys(@PathVariable String segmentId, PageRequest page);

	@Override
	default Flux<Tour> allTours(String segmentId) {
		Arguments.requireText(segmentId, "segmentId");
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT),
				(page) -> tours(segmentId, page).map(SegmentExperiences::experiences), Tour::id);
	}

	@Override
	default Flux<Survey> allSurveys(String segmentId) {
		Arguments.requireText(segmentId, "segmentId");
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT),
				(page) -> surveys(segmentId, page).map(SegmentExperiences::experiences), Survey::id);
	}

}
