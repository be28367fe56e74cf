package io.github.chameleon4j.client;

import java.util.List;

import org.springframework.lang.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.chameleon4j.model.HelpBar;
import io.github.chameleon4j.model.HelpBarChange;
import io.github.chameleon4j.model.SearchImport;
import io.github.chameleon4j.model.SearchItem;
import io.github.chameleon4j.model.SearchItemChange;

/**
 * HelpBar (search): the account's single HelpBar, your searchable items, and CSV imports of items.
 * <p>
 * The reference does not document the responses of the item and import writes. Item and import
 * results are read from the inferred keys {@code search_item} / {@code search_import}, else from a
 * body that is itself the record; the {@code Mono} completes empty when neither is present (a 2xx
 * is success either way). Batch and delete calls return the raw JSON body
 * ({@code MissingNode} when empty).
 */
public interface HelpBarOperations {

	/**
	 * The HelpBar configuration ({@code GET /v3/edit/searches}, at most one).
	 * @return the HelpBar, or empty when none is configured
	 */
	Mono<HelpBar> get();

	/**
	 * Creates or updates the HelpBar ({@code POST /v3/edit/searches}).
	 * @param change the settings
	 * @return the HelpBar
	 */
	Mono<HelpBar> save(HelpBarChange change);

	/**
	 * One page of items.
	 * @param page page size and bounds
	 * @param searchImportId only items last written by this import, or {@code null}
	 * @return the page
	 */
	Mono<Page<SearchItem>> listItems(PageRequest page, @Nullable String searchImportId);

	/**
	 * Every item.
	 * @return the items, newest first
	 */
	Flux<SearchItem> listAllItems();

	/**
	 * Creates or replaces the item with your {@code uid} ({@code POST /v3/edit/search_items}).
	 * @param uid your key for the content
	 * @param item the fields
	 * @return the item, when the response carries it
	 */
	Mono<SearchItem> upsertItem(String uid, SearchItemChange item);

	/**
	 * Changes some fields of the item with your {@code uid} ({@code PATCH /v3/edit/search_items}).
	 * @param uid your key
	 * @param change the fields to change
	 * @return the item, when the response carries it
	 */
	Mono<SearchItem> updateItemByUid(String uid, SearchItemChange change);

	/**
	 * Changes some fields of an item by Chameleon ID.
	 * @param id the Chameleon ID
	 * @param change the fields to change
	 * @return the item, when the response carries it
	 */
	Mono<SearchItem> updateItem(String id, SearchItemChange change);

	/**
	 * Applies the same change to many items ({@code POST /v3/edit/search_items/batch}).
	 * @param ids the Chameleon IDs
	 * @param change the fields to change
	 * @return the response body
	 */
	Mono<JsonNode> updateItems(List<String> ids, SearchItemChange change);

	/**
	 * Deletes the item with your {@code uid} ({@code DELETE /v3/edit/search_items} with a JSON body).
	 * @param uid your key
	 * @return the response body
	 */
	Mono<JsonNode> deleteItemByUid(String uid);

	/**
	 * Deletes many items ({@code DELETE /v3/edit/search_items/batch} with {@code {"ids": [...]}}).
	 * @param ids the Chameleon IDs
	 * @return the response body
	 */
	Mono<JsonNode> deleteItems(List<String> ids);

	/**
	 * Imports items from a CSV following Chameleon's template (multipart part {@code file}). Sent
	 * once: an import is not retried after the request may have reached the server.
	 * @param csv the file, streamed
	 * @param searchGroupId the group for every row, or {@code null} to use the file's group column
	 * @return the import, when the response carries it
	 */
	Mono<SearchImport> importItems(FileUpload csv, @Nullable String searchGroupId);

	/**
	 * The progress of an import.
	 * @param id the import ID
	 * @return the import
	 */
	Mono<SearchImport> getImport(String id);

}
