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
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.SegmentExperiences;

/**
 * Segments (read-only) and the Experiences attached to them.
 * <p>
 * The reference gives the {@code :kind} of {@code /v3/edit/segments/:id/:kind} as singular
 * ({@code tour}) but its responses and examples elsewhere use plural collection names; the client
 * sends the plural form ({@code tours}, {@code surveys}).
 */
@HttpExchange("/v3/edit/segments")
public interface SegmentOperations {

	/**
	 * One page of Segments.
	 * @param page page size and bounds
	 * @return the page
	 */
	@GetExchange @Envelope("segments")
	Mono<Page<Segment>> list(PageRequest page);

	/**
	 * Every Segment.
	 * @return the Segments, newest first
	 */
	default Flux<Segment> listAll() {
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT), this::list);
	}

	/**
	 * One Segment.
	 * @param id the Chameleon ID
	 * @return the Segment
	 */
	@GetExchange("/{id}") @Envelope("segment")
	Mono<Segment> get(@PathVariable String id);

	/**
	 * One page of the Tours attached to a Segment.
	 * @param segmentId the Segment ID
	 * @param page page size and bounds
	 * @return the Segment and the page
	 */
	@GetExchange("/{segmentId}/tours") @Envelope(value = "tours", shape = Shape.SEGMENT_PAGE)
	Mono<SegmentExperiences<Tour>> tours(@PathVariable String segmentId, PageRequest page);

	/**
	 * One page of the Microsurveys attached to a Segment.
	 * @param segmentId the Segment ID
	 * @param page page size and bounds
	 * @return the Segment and the page
	 */
	@GetExchange("/{segmentId}/surveys") @Envelope(value = "surveys", shape = Shape.SEGMENT_PAGE)
	Mono<SegmentExperiences<Survey>> surveys(@PathVariable String segmentId, PageRequest page);

	/**
	 * Every Tour attached to a Segment.
	 * @param segmentId the Segment ID
	 * @return the Tours
	 */
	default Flux<Tour> allTours(String segmentId) {
		Arguments.requireText(segmentId, "segmentId");
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT),
				(page) -> tours(segmentId, page).map(SegmentExperiences::experiences));
	}

	/**
	 * Every Microsurvey attached to a Segment.
	 * @param segmentId the Segment ID
	 * @return the Microsurveys
	 */
	default Flux<Survey> allSurveys(String segmentId) {
		Arguments.requireText(segmentId, "segmentId");
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT),
				(page) -> surveys(segmentId, page).map(SegmentExperiences::experiences));
	}

}
