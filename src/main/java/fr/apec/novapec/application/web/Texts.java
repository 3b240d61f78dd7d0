package fr.apec.novapec.application.web;

/** Small helpers for what forms receive. */
final class Texts {

	private Texts() {
	}

	/** The text without surrounding spaces, or {@code null} when nothing is left. */
	static String trim(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
