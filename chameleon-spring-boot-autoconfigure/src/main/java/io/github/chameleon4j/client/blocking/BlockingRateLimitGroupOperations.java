package io.github.chameleon4j.client.blocking;

import java.util.List;

import io.github.chameleon4j.client.RateLimitGroupOperations;
import io.github.chameleon4j.model.RateLimitGroup;
import io.github.chameleon4j.model.RateLimitGroupExperiences;

/**
 * Rate Limit Groups, blocking: {@link RateLimitGroupOperations} with plain results.
 */
public interface BlockingRateLimitGroupOperations {

	/** {@link RateLimitGroupOperations#list}. @return the groups */
	List<RateLimitGroup> list();

	/** {@link RateLimitGroupOperations#get}. @param id the group ID @return the group */
	RateLimitGroup get(String id);

	/**
	 * {@link RateLimitGroupOperations#experiences}.
	 * @param id the group ID
	 * @param publishedOnly whether only published Experiences are listed
	 * @return the group's Experiences
	 */
	RateLimitGroupExperiences experiences(String id, boolean publishedOnly);

}
