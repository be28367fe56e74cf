package io.github.chameleon4j.client;

import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.chameleon4j.model.ExperienceKind;
import io.github.chameleon4j.model.ExperienceUpdate;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import io.github.chameleon4j.model.ChangeQuery;

/**
 * An id of {@code .} or {@code ..} would leave its endpoint behind a front that resolves dot segments
 * ({@code GET /v3/edit/tours/../changes} is the account-wide change feed): it is refused before
 * anything is sent, naming the argument.
 */
class PathSegmentTests extends WireMockTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { ".", "..", "%2e", "%2E%2e", "%252e%252e", ".%2e" })
	void dotSegmentIdsAreRefusedBeforeSending(String id) {
		for (Function<ChameleonOperations, Object> call : java.util.List.<Function<ChameleonOperations, Object>>of(
				(c) -> c.changes().forExperience(ExperienceKind.TOUR, id, ChangeQuery.all()),
				(c) -> c.deliveries().delete(id),
				(c) -> c.tours().get(id),
				(c) -> c.tours().update(id, ExperienceUpdate.publish()),
				(c) -> c.profiles().get(id),
				(c) -> c.companies().get(id),
				(c) -> c.segments().get(id),
				(c) -> c.imports().download(id))) {
			assertThatIllegalArgumentException().isThrownBy(() -> call.apply(this.chameleon))
				.withMessageContaining("id")
				.withMessageContaining("'.' or '..'");
		}
		verifyNoRequest();
	}

	@ParameterizedTest
	@ValueSource(strings = { "...", ".a", "a.", "a..b", "%2e%2e%2e", "t.1" })
	void idsWithDotsThatAreNotDotSegmentsAreSentInTheirSegment(String id) {
		respond("{\"tour\":{\"id\":\"x\"}}");
		await(this.chameleon.tours().get(id));
		verifyOnly(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
				com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/v3/edit/tours/[^/]+")));
	}

}
