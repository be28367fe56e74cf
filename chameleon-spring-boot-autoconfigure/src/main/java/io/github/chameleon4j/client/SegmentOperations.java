package io.github.chameleon4j.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Segment;
import io.github.chameleon4j.model.Survey;
import io.github.chameleon4j.model.Tour;

/**
 * Segments (read-only) and the Experiences attached to them.
 * <p>
 * The reference gives the {@code :kind} of {@code /v3/edit/segments/:id/:kind} as singular
 * ({@code tour}) but its responses and examples elsewhere use plural collection names; the client
 * sends the plural form ({@code tours}, {@code surveys}).
 */
public interface SegmentOperations {

	/**
	 * One page of Segments.
	 * @param page page size and bounds
	 * @return the page
	 */
	Mono<Page<Segment>> list(PageRequest page);

	/**
	 * Every Segment.
	 * @return the Segments, newest first
	 */
	Flux<Segment> listAll();

	/**
	 * One Segment.
	 * @param id the Chameleon ID
	 * @return the Segment
	 */
	Mono<Segment> get(String id);

	/**
	 * One page of the Tours attached to a Segment.
	 * @param segmentId the Segment ID
	 * @param page page size and bounds
	 * @return the Segment and the page
	 */
	Mono<SegmentExperiences<Tour>> tours(String segmentId, PageRequest page);

	/**
	 * One page of the Microsurveys attached to a Segment.
	 * @param segmentId the Segment ID
	 * @param page page size and bounds
	 * @return the Segment and the page
	 */
	Mono<SegmentExperiences<Survey>> surveys(String segmentId, PageRequest page);

	/**
	 * Every Tour attached to a Segment.
	 * @param segmentId the Segment ID
	 * @return the Tours
	 */
	Flux<Tour> allTours(String segmentId);

	/**
	 * Every Microsurvey attached to a Segment.
	 * @param segmentId the Segment ID
	 * @return the Microsurveys
	 */
	Flux<Survey> allSurveys(String segmentId);

}
