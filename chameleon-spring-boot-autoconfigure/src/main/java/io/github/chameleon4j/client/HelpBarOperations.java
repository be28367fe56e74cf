package io.github.chameleon4j.client;

import java.util.List;

import org.springframework.http.MediaType;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.chameleon4j.model.HelpBar;
import io.github.chameleon4j.model.HelpBarChange;
import io.github.chameleon4j.model.SearchImport;
import io.github.chameleon4j.model.SearchItem;
import io.github.chameleon4j.model.SearchItemChange;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Page;

/**
 * HelpBar (search): the account's single HelpBar, your searchable items, and CSV imports of items.
 * <p>
 * The reference does not document the responses of the item and import writes. Item and import
 * results are read from the inferred keys {@code search_item} / {@code search_import}, else from a
 * body that is itself the record; the {@code Mono} completes empty when neither is present (a 2xx
 * is success either way). Batch and delete calls return the raw JSON body
 * ({@code MissingNode} when empty).
 */
@HttpExchange("/v3/edit")
public interface HelpBarOperations {

	/**
	 * The HelpBar configuration ({@code GET /v3/edit/searches}, at most one).
	 * @return the HelpBar, or empty when none is configured
	 */
	@GetExchange("/searches") @Envelope(value = "searches", shape = Shape.FIRST)
	Mono<HelpBar> get();

	/**
	 * Creates or updates the HelpBar ({@code POST /v3/edit/searches}).
	 * @param change the settings
	 * @return the HelpBar
	 */
	@PostExchange("/searches") @SafeToRepeat @Envelope("search")
	Mono<HelpBar> save(@RequestBody HelpBarChange change);

	/**
	 * One page of items.
	 * @param page page size and bounds
	 * @param searchImportId only items last written by this import, or {@code null}
	 * @return the page
	 */
	@GetExchange("/search_items") @Envelope("search_items")
	Mono<Page<SearchItem>> listItems(PageRequest page,
			@RequestParam(name = "search_import_id", required = false) @Nullable String searchImportId);

	/**
	 * Every item.
	 * @return the items, newest first
	 */
	default Flux<SearchItem> listAllItems() {
		return Paginator.all(PageRequest.ofSize(PageRequest.MAX_LIMIT), (page) -> listItems(page, null));
	}

	/**
	 * Creates or replaces the item with your {@code uid} ({@code POST /v3/edit/search_items}).
	 * @param uid your key for the content
	 * @param item the fields
	 * @return the item, when the response carries it
	 */
	@PostExchange("/search_items") @SafeToRepeat @Envelope(value = "search_item", shape = Shape.OPTIONAL_RECORD)
	Mono<SearchItem> upsertItem(@RequestBody String uid, @RequestBody SearchItemChange item);

	/**
	 * Changes some fields of the item with your {@code uid} ({@code PATCH /v3/edit/search_items}).
	 * @param uid your key
	 * @param change the fields to change
	 * @return the item, when the response carries it
	 */
	@PatchExchange("/search_items") @Envelope(value = "search_item", shape = Shape.OPTIONAL_RECORD)
	Mono<SearchItem> updateItemByUid(@RequestBody String uid, @RequestBody SearchItemChange change);

	/**
	 * Changes some fields of an item by Chameleon ID.
	 * @param id the Chameleon ID
	 * @param change the fields to change
	 * @return the item, when the response carries it
	 */
	@PatchExchange("/search_items/{id}") @Envelope(value = "search_item", shape = Shape.OPTIONAL_RECORD)
	Mono<SearchItem> updateItem(@PathVariable String id, @RequestBody SearchItemChange change);

	/**
	 * Applies the same change to many items ({@code POST /v3/edit/search_items/batch}).
	 * @param ids the Chameleon IDs
	 * @param change the fields to change
	 * @return the response body
	 */
	@PostExchange("/search_items/batch") @SafeToRepeat
	Mono<JsonNode> updateItems(@RequestBody List<String> ids, @RequestBody SearchItemChange change);

	/**
	 * Deletes the item with your {@code uid} ({@code DELETE /v3/edit/search_items} with a JSON body).
	 * @param uid your key
	 * @return the response body
	 */
	@DeleteExchange("/search_items")
	Mono<JsonNode> deleteItemByUid(@RequestBody String uid);

	/**
	 * Deletes many items ({@code DELETE /v3/edit/search_items/batch} with {@code {"ids": [...]}}).
	 * @param ids the Chameleon IDs
	 * @return the response body
	 */
	@DeleteExchange("/search_items/batch")
	Mono<JsonNode> deleteItems(@RequestBody List<String> ids);

	/**
	 * Imports items from a CSV following Chameleon's template (multipart part {@code file}). Sent
	 * once: an import is not retried after the request may have reached the server.
	 * @param csv the file, streamed
	 * @param searchGroupId the group for every row, or {@code null} to use the file's group column
	 * @return the import, when the response carries it
	 */
	@PostExchange(url = "/search_imports", contentType = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Envelope(value = "search_import", shape = Shape.OPTIONAL_RECORD)
	Mono<SearchImport> importItems(@RequestPart("file") FileUpload csv,
			@RequestPart(name = "search_group_id", required = false) @Nullable String searchGroupId);

	/**
	 * The progress of an import.
	 * @param id the import ID
	 * @return the import
	 */
	@GetExchange("/search_imports/{id}") @Envelope(value = "search_import", shape = Shape.RECORD_OR_IDENTIFIED_BODY)
	Mono<SearchImport> getImport(@PathVariable String id);

}
