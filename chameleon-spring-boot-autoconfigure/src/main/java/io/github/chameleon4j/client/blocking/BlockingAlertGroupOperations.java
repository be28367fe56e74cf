package io.github.chameleon4j.client.blocking;

import java.util.List;

import io.github.chameleon4j.client.AlertGroupOperations;
import io.github.chameleon4j.model.AlertGroup;

/**
 * Alert Groups, blocking: {@link AlertGroupOperations} with plain results.
 */
public interface BlockingAlertGroupOperations {

	/** {@link AlertGroupOperations#list}. @return the groups */
	List<AlertGroup> list();

	/** {@link AlertGroupOperations#get}. @param id the group ID @return the group */
	AlertGroup get(String id);

}
