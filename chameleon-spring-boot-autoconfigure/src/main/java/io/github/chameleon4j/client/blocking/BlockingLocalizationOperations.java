package io.github.chameleon4j.client.blocking;

import java.io.InputStream;
import java.util.List;

import tools.jackson.databind.JsonNode;

import io.github.chameleon4j.client.FileUpload;
import io.github.chameleon4j.client.LocalizationOperations;
import io.github.chameleon4j.model.ExperienceKind;
import io.github.chameleon4j.model.ExperienceRef;
import io.github.chameleon4j.model.TranslationFormat;

/**
 * Localization, blocking: {@link LocalizationOperations} with plain results; downloads are {@code InputStream}s
 * (close them; each whole download stays within the call's deadline).
 */
public interface BlockingLocalizationOperations {

	/**
	 * {@link LocalizationOperations#download}.
	 * @param kind the Experience kind
	 * @param id the Experience ID
	 * @param format the file format
	 * @return the file as it streams in
	 */
	InputStream download(ExperienceKind kind, String id, TranslationFormat format);

	/**
	 * {@link LocalizationOperations#downloadAll}.
	 * @param kind the Experience kind
	 * @param format the file format
	 * @return the file as it streams in
	 */
	InputStream downloadAll(ExperienceKind kind, TranslationFormat format);

	/**
	 * {@link LocalizationOperations#downloadSelection}.
	 * @param experiences the Experiences
	 * @param format the file format
	 * @return the file as it streams in
	 */
	InputStream downloadSelection(List<ExperienceRef> experiences, TranslationFormat format);

	/** {@link LocalizationOperations#upload}. @param files the translation files @return the response body */
	JsonNode upload(List<FileUpload> files);

}
