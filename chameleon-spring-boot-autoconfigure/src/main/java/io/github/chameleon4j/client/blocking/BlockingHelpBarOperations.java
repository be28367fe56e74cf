package io.github.chameleon4j.client.blocking;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import io.github.chameleon4j.client.FileUpload;
import io.github.chameleon4j.client.HelpBarOperations;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.HelpBar;
import io.github.chameleon4j.model.HelpBarChange;
import io.github.chameleon4j.model.SearchImport;
import io.github.chameleon4j.model.SearchItem;
import io.github.chameleon4j.model.SearchItemChange;

/**
 * HelpBar, blocking: {@link HelpBarOperations} with plain results ({@code null} where the reactive call
 * completes empty).
 */
public interface BlockingHelpBarOperations {

	/** {@link HelpBarOperations#get}. @return the HelpBar configuration, or {@code null} when there is none */
	@Nullable HelpBar get();

	/** {@link HelpBarOperations#save}. @param change the configuration @return the saved configuration */
	HelpBar save(HelpBarChange change);

	/**
	 * {@link HelpBarOperations#listItems}.
	 * @param page the page
	 * @param searchImportId only the items of this CSV import, or {@code null}
	 * @return one page
	 */
	Page<SearchItem> listItems(PageRequest page, @Nullable String searchImportId);

	/** {@link HelpBarOperations#listAllItems}. @return every item, fetched page by page as the stream is read */
	Stream<SearchItem> listAllItems();

	/**
	 * {@link HelpBarOperations#upsertItem}.
	 * @param uid your item ID
	 * @param item the item
	 * @return the item, or {@code null} when the response holds none
	 */
	@Nullable SearchItem upsertItem(String uid, SearchItemChange item);

	/**
	 * {@link HelpBarOperations#updateItemByUid}.
	 * @param uid your item ID
	 * @param change the changes
	 * @return the item, or {@code null} when the response holds none
	 */
	@Nullable SearchItem updateItemByUid(String uid, SearchItemChange change);

	/**
	 * {@link HelpBarOperations#updateItem}.
	 * @param id the item ID
	 * @param change the changes
	 * @return the item, or {@code null} when the response holds none
	 */
	@Nullable SearchItem updateItem(String id, SearchItemChange change);

	/**
	 * {@link HelpBarOperations#updateItems}.
	 * @param ids the item IDs
	 * @param change the changes
	 * @return the response body
	 */
	JsonNode updateItems(List<String> ids, SearchItemChange change);

	/** {@link HelpBarOperations#deleteItemByUid}. @param uid your item ID @return the response body */
	JsonNode deleteItemByUid(String uid);

	/** {@link HelpBarOperations#deleteItems}. @param ids the item IDs @return the response body */
	JsonNode deleteItems(List<String> ids);

	/**
	 * {@link HelpBarOperations#importItems}.
	 * @param csv the CSV file
	 * @param searchGroupId the group the items join, or {@code null}
	 * @return the import, or {@code null} when the response holds none
	 */
	@Nullable SearchImport importItems(FileUpload csv, @Nullable String searchGroupId);

	/** {@link HelpBarOperations#getImport}. @param id the import ID @return the import */
	SearchImport getImport(String id);

}
