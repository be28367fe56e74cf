package io.github.chameleon4j.model;

/**
 * The receipt of a permanent profile deletion ("forget").
 *
 * @param profileId the deleted profile
 * @param deletionId Chameleon's receipt for the request
 */
public record ProfileDeletion(String profileId, String deletionId) {
}
