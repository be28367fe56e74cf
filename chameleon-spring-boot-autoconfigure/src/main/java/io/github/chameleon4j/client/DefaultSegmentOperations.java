package io.github.chameleon4j.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Arguments;
import io.github.chameleon4j.model.Segment;
import io.github.chameleon4j.model.Survey;
import io.github.chameleon4j.model.Tour;

final class DefaultSegmentOperations implements SegmentOperations {

	private final ChameleonTransport transport;

	DefaultSegmentOperations(ChameleonTransport transport) {
		this.transport = transport;
	}

	@Override
	public Mono<Page<Segment>> list(PageRequest page) {
		Arguments.requireNonNull(page, "page");
		return this.transport.exchange(ApiRequest.get("/v3/edit/segments").page(page),
				Readers.page(Segment.class, "segments"));
	}

	@Override
	public Flux<Segment> listAll() {
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT), this::list, Segment::id);
	}

	@Override
	public Mono<Segment> get(String id) {
		Arguments.requireText(id, "id");
		return this.transport.exchange(ApiRequest.get("/v3/edit/segments/{id}", id),
				Readers.single(Segment.class, "segment"));
	}

	@Override
	public Mono<SegmentExperiences<Tour>> tours(String segmentId, PageRequest page) {
		return experiences(segmentId, page, "tours", Tour.class);
	}

	@Override
	public Mono<SegmentExperiences<Survey>> surveys(String segmentId, PageRequest page) {
		return experiences(segmentId, page, "surveys", Survey.class);
	}

	@Override
	public Flux<Tour> allTours(String segmentId) {
		Arguments.requireText(segmentId, "segmentId");
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT),
				(page) -> tours(segmentId, page).map(SegmentExperiences::experiences), Tour::id);
	}

	@Override
	public Flux<Survey> allSurveys(String segmentId) {
		Arguments.requireText(segmentId, "segmentId");
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT),
				(page) -> surveys(segmentId, page).map(SegmentExperiences::experiences), Survey::id);
	}

	private <T> Mono<SegmentExperiences<T>> experiences(String segmentId, PageRequest page, String kind,
			Class<T> type) {
		Arguments.requireText(segmentId, "segmentId");
		Arguments.requireNonNull(page, "page");
		ApiRequest request = ApiRequest.get("/v3/edit/segments/{id}/" + kind, segmentId).page(page);
		return this.transport.exchange(request,
				(status, body, mapper) -> new SegmentExperiences<>(
						mapper.treeToValue(Readers.member(body, "segment"), Segment.class),
						Readers.readPage(body, mapper, type, kind)));
	}

}
