package io.github.chameleon4j.model;


/**
 * A Segment with one page of the Experiences of one kind attached to it.
 *
 * @param <T> the Experience model
 * @param segment the Segment
 * @param experiences the page of Experiences
 */
public record SegmentExperiences<T>(Segment segment, Page<T> experiences) {
}
