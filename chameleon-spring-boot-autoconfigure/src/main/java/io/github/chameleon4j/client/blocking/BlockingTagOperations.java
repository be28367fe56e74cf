package io.github.chameleon4j.client.blocking;

import java.util.List;

import io.github.chameleon4j.client.TagOperations;
import io.github.chameleon4j.model.Tag;
import io.github.chameleon4j.model.TagAssignment;
import io.github.chameleon4j.model.TagUpdate;

/**
 * Tags, blocking: {@link TagOperations} with plain results.
 */
public interface BlockingTagOperations extends BlockingReadOnlyOperations<Tag> {

	/** {@link TagOperations#bulkUpdate}. @param updates the assignments @return the applied assignments */
	List<TagAssignment> bulkUpdate(List<TagUpdate> updates);

}
