package io.github.chameleon4j.client.blocking;

import java.util.List;
import java.util.stream.Stream;

import org.reactivestreams.Publisher;

import io.github.chameleon4j.model.Page;
import io.github.chameleon4j.client.ProfileOperations;
import io.github.chameleon4j.model.ProfileSearch;
import io.github.chameleon4j.model.BatchReceipt;
import io.github.chameleon4j.model.IdReference;
import io.github.chameleon4j.model.Profile;
import io.github.chameleon4j.model.ProfileDeletion;
import io.github.chameleon4j.model.ProfileTraits;
import io.github.chameleon4j.client.sync.SyncOptions;
import io.github.chameleon4j.client.sync.SyncResult;

/**
 * User Profiles, blocking: {@link ProfileOperations} with plain results.
 */
public interface BlockingProfileOperations {

	/** {@link ProfileOperations#get}. @param id the Chameleon ID @return the profile */
	Profile get(String id);

	/** {@link ProfileOperations#getByUid}. @param uid your user ID @return the profile */
	Profile getByUid(String uid);

	/** {@link ProfileOperations#getByEmail}. @param email the email @return the profile */
	Profile getByEmail(String email);

	/** {@link ProfileOperations#search}. @param search the criteria @return one page */
	Page<Profile> search(ProfileSearch search);

	/**
	 * {@link ProfileOperations#searchAll}.
	 * @param search the criteria
	 * @return the profiles, fetched page by page as the stream is read (close it to stop early)
	 */
	Stream<Profile> searchAll(ProfileSearch search);

	/**
	 * {@link ProfileOperations#listAll}.
	 * @return every profile, fetched page by page as the stream is read (close it to stop early)
	 */
	Stream<Profile> listAll();

	/** {@link ProfileOperations#count}. @param search the criteria @return the number of matching profiles */
	long count(ProfileSearch search);

	/** {@link ProfileOperations#upsert}. @param traits identifier and properties @return the profile's Chameleon ID */
	IdReference upsert(ProfileTraits traits);

	/**
	 * {@link ProfileOperations#upsertAll}.
	 * @param profiles the profiles
	 * @param createMissing whether unknown users are created
	 * @return the receipt
	 */
	BatchReceipt upsertAll(List<ProfileTraits> profiles, boolean createMissing);

	/** {@link ProfileOperations#clear}. @param id the Chameleon ID @return the cleared profile */
	Profile clear(String id);

	/** {@link ProfileOperations#clearByUid}. @param uid your user ID @return the cleared profile */
	Profile clearByUid(String uid);

	/** {@link ProfileOperations#forget}. @param id the Chameleon ID @return the receipt */
	ProfileDeletion forget(String id);

	/** {@link ProfileOperations#forgetByUid}. @param uid your user ID @return the receipt */
	ProfileDeletion forgetByUid(String uid);

	/** {@link ProfileOperations#forgetByEmail}. @param email the email @return the receipt */
	ProfileDeletion forgetByEmail(String email);

	/**
	 * {@link ProfileOperations#sync(Publisher)}: the bulk sync, its results as a lazy stream read as
	 * batches are answered (close it to cancel).
	 * @param profiles the items (read only as fast as batches leave)
	 * @return one result per input item
	 */
	Stream<SyncResult<ProfileTraits>> sync(Publisher<? extends ProfileTraits> profiles);

	/**
	 * {@link ProfileOperations#sync(Publisher, SyncOptions)}: the bulk sync with options, its results as a
	 * lazy stream (close it to cancel).
	 * @param profiles the items (read only as fast as batches leave)
	 * @param options the batching options
	 * @return one result per input item
	 */
	Stream<SyncResult<ProfileTraits>> sync(Publisher<? extends ProfileTraits> profiles, SyncOptions options);

}
