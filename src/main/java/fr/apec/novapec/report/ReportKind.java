package fr.apec.novapec.report;

import java.util.Arrays;
import java.util.Optional;

/** The two reports a laureate may owe: an interim one during the project, a final one at its end. */
public enum ReportKind {

	INTERIM("intermediaire"), FINAL("final");

	private final String slug;

	ReportKind(String slug) {
		this.slug = slug;
	}

	/** The part of the address that names this kind of report. */
	public String slug() {
		return this.slug;
	}

	/** The kind this part of an address names, if any. */
	public static Optional<ReportKind> ofSlug(String slug) {
		return Arrays.stream(values()).filter((kind) -> kind.slug.equals(slug)).findFirst();
	}

}
