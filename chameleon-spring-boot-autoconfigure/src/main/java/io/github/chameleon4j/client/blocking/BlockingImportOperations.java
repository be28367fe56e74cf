package io.github.chameleon4j.client.blocking;

import java.io.InputStream;
import java.util.List;

import io.github.chameleon4j.client.FileUpload;
import io.github.chameleon4j.client.ImportOperations;
import io.github.chameleon4j.model.DataImport;
import io.github.chameleon4j.model.ImportChange;

/**
 * Data Imports, blocking: {@link ImportOperations} with plain results.
 */
public interface BlockingImportOperations {

	/** {@link ImportOperations#list}. @return the imports */
	List<DataImport> list();

	/** {@link ImportOperations#create(ImportChange)}. @param change the import @return the import */
	DataImport create(ImportChange change);

	/**
	 * {@link ImportOperations#create(ImportChange, FileUpload)}.
	 * @param change the import
	 * @param csv the CSV file
	 * @return the import
	 */
	DataImport create(ImportChange change, FileUpload csv);

	/** {@link ImportOperations#get}. @param id the import ID @return the import */
	DataImport get(String id);

	/** {@link ImportOperations#update}. @param id the import ID @param change the changes @return the import */
	DataImport update(String id, ImportChange change);

	/**
	 * {@link ImportOperations#upload}.
	 * @param id the import ID
	 * @param csv the CSV file
	 * @param start whether the import starts now
	 * @return the import
	 */
	DataImport upload(String id, FileUpload csv, boolean start);

	/**
	 * {@link ImportOperations#download}.
	 * @param id the import ID
	 * @return the CSV as it streams in (close it; the whole download stays within the call's deadline)
	 */
	InputStream download(String id);

}
