package io.github.chameleon4j.client;

import java.util.Map;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.model.Embed;
import io.github.chameleon4j.model.ExperienceUpdate;
import io.github.chameleon4j.model.Launcher;
import io.github.chameleon4j.model.Survey;
import io.github.chameleon4j.model.Tooltip;
import io.github.chameleon4j.model.Tour;

/**
 * Every kind of Experience, declared once: list and read ({@link ReadOnlyApi}) and PATCH. Each kind is
 * a one-line sub-interface naming its URL.
 *
 * @param <T> the Experience model
 */
interface ExperienceApi<T> extends ReadOnlyApi<T>, ExperienceOperations<T> {

	@Override
	default Mono<T> update(String id, ExperienceUpdate update) {
		return update(id, RequestArguments.changes(update, "update"));
	}

	/** The response is not documented: read as the updated object under its singular key. */
	@PatchExchange("/{id}") @Envelope
	Mono<T> update(@PathVariable String id, @RequestBody Map<String, Object> body);

	@HttpExchange("/v3/edit/tours")
	interface Tours extends ExperienceApi<Tour> {

		@Override
		default String idOf(Tour record) {
			return record.id();
		}

	}

	@HttpExchange("/v3/edit/surveys")
	interface Surveys extends ExperienceApi<Survey> {

		@Override
		default String idOf(Survey record) {
			return record.id();
		}

	}

	@HttpExchange("/v3/edit/embeds")
	interface Embeds extends ExperienceApi<Embed> {

		@Override
		default String idOf(Embed record) {
			return record.id();
		}

	}

	@HttpExchange("/v3/edit/tooltips")
	interface Tooltips extends ExperienceApi<Tooltip> {

		@Override
		default String idOf(Tooltip record) {
			return record.id();
		}

	}

	@HttpExchange("/v3/edit/launchers")
	interface Launchers extends ExperienceApi<Launcher> {

		@Override
		default String idOf(Launcher record) {
			return record.id();
		}

	}

}
