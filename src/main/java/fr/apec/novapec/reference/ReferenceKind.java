package fr.apec.novapec.reference;

import java.util.List;

/** The kinds of reference data a form may name by code, each read from {@link ReferenceDataService}. */
public enum ReferenceKind {

	/** An INSEE region code ({@code 11}, {@code 06}). */
	REGION("region"),

	/** A theme code ({@code emploi}). */
	THEME("theme"),

	/** A public code ({@code cadres}). */
	PUBLIC("public"),

	/** A legal form code ({@code association}). */
	LEGAL_FORM("legalForm");

	private final String key;

	ReferenceKind(String key) {
		this.key = key;
	}

	/** The codes of this kind, in display order. */
	List<String> codes(ReferenceDataService reference) {
		return switch (this) {
			case REGION -> reference.regions().stream().map(Region::code).toList();
			case THEME -> reference.themeCodes();
			case PUBLIC -> reference.publicCodes();
			case LEGAL_FORM -> reference.legalFormCodes();
		};
	}

	/** The message that names no code of this kind, unless the constraint gives its own. */
	String unknownMessage() {
		return "{reference." + this.key + ".unknown}";
	}

}
