package io.github.chameleon4j.model;

/** The file format of a translation download (the path extension). */
public enum TranslationFormat {

	/** {@code i18n.yaml}. */
	YAML("yaml"),

	/** {@code i18n.json}. */
	JSON("json");

	private final String extension;

	TranslationFormat(String extension) {
		this.extension = extension;
	}

	/**
	 * The path extension.
	 * @return {@code yaml} or {@code json}
	 */
	public String extension() {
		return this.extension;
	}

}
