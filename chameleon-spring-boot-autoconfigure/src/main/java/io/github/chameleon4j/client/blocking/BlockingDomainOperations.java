package io.github.chameleon4j.client.blocking;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.chameleon4j.client.DomainOperations;
import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.model.PageRequest;
import io.github.chameleon4j.model.Domain;
import io.github.chameleon4j.model.DomainChange;

/**
 * Domains ({@code urls}), blocking: {@link DomainOperations} with plain results.
 */
public interface BlockingDomainOperations {

	/** {@link DomainOperations#create}. @param host the host @param change the settings @return the domain */
	Domain create(String host, DomainChange change);

	/** {@link DomainOperations#update}. @param id the domain ID @param change the changes @return the domain */
	Domain update(String id, DomainChange change);

	/** {@link DomainOperations#replace}. @param id the domain ID @param change the new values @return the domain */
	Domain replace(String id, DomainChange change);

	/** {@link DomainOperations#updateAll}. @param ids the domain IDs @param change the changes @return the domains */
	List<Domain> updateAll(List<String> ids, DomainChange change);

	/**
	 * {@link DomainOperations#list}.
	 * @param domain only this host, or {@code null}
	 * @param page the page
	 * @return one page
	 */
	Page<Domain> list(@Nullable String domain, PageRequest page);

	/**
	 * {@link DomainOperations#listAll}.
	 * @param domain only this host, or {@code null}
	 * @return the domains, fetched page by page as the stream is read
	 */
	Stream<Domain> listAll(@Nullable String domain);

	/** {@link DomainOperations#get}. @param id the domain ID @return the domain */
	Domain get(String id);

}
