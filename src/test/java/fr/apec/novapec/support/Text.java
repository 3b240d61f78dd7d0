package fr.apec.novapec.support;

/** Helpers to compare rendered French text. */
public final class Text {

	/**
	 * The text with French typographic spaces (U+00A0 no-break space, U+202F narrow no-break space)
	 * turned into plain spaces, so that {@code "4 000 000 €"} can be written plainly in a test.
	 */
	public static String plainSpaces(String text) {
		return text.replace('\u00A0', ' ').replace('\u202F', ' ');
	}

	private Text() {
	}

}
