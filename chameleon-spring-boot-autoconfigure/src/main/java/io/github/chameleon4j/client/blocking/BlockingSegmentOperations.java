package io.github.chameleon4j.client.blocking;

import java.util.stream.Stream;

import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.SegmentExperiences;
import io.github.chameleon4j.client.SegmentOperations;
import io.github.chameleon4j.model.Segment;
import io.github.chameleon4j.model.Survey;
import io.github.chameleon4j.model.Tour;

/**
 * Segments, blocking: {@link SegmentOperations} with plain results.
 */
public interface BlockingSegmentOperations {

	/** {@link SegmentOperations#list}. @param page the page @return one page */
	Page<Segment> list(PageRequest page);

	/** {@link SegmentOperations#listAll}. @return every segment, fetched page by page as the stream is read */
	Stream<Segment> listAll();

	/** {@link SegmentOperations#get}. @param id the Segment ID @return the segment */
	Segment get(String id);

	/**
	 * {@link SegmentOperations#tours}.
	 * @param segmentId the Segment ID
	 * @param page the page
	 * @return the segment and one page of its tours
	 */
	SegmentExperiences<Tour> tours(String segmentId, PageRequest page);

	/**
	 * {@link SegmentOperations#surveys}.
	 * @param segmentId the Segment ID
	 * @param page the page
	 * @return the segment and one page of its microsurveys
	 */
	SegmentExperiences<Survey> surveys(String segmentId, PageRequest page);

	/**
	 * {@link SegmentOperations#allTours}.
	 * @param segmentId the Segment ID
	 * @return its tours, fetched page by page as the stream is read
	 */
	Stream<Tour> allTours(String segmentId);

	/**
	 * {@link SegmentOperations#allSurveys}.
	 * @param segmentId the Segment ID
	 * @return its microsurveys, fetched page by page as the stream is read
	 */
	Stream<Survey> allSurveys(String segmentId);

}
