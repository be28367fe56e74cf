package io.github.chameleon4j.model;

import java.util.List;

/**
 * The receipt of a company deletion.
 *
 * @param deletionId Chameleon's receipt for the company
 * @param profileDeletionIds receipts for the profiles deleted with {@code cascade=profiles}
 */
public record CompanyDeletion(String deletionId, List<String> profileDeletionIds) {

	public CompanyDeletion {
		profileDeletionIds = List.copyOf(profileDeletionIds);
	}

}
