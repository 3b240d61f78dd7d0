package fr.apec.novapec.application.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import fr.apec.novapec.application.InboxExportRow;
import fr.apec.novapec.reference.Region;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.shared.Formats;

import org.springframework.context.MessageSource;

/**
 * The columns of the inbox's exports, the same in the XLSX and the CSV: their headings, and a row's cells in the
 * reader's language (codes turned into names), the amount as a number and the submission as a date and time in
 * Paris, so that each format writes them as its own number and date.
 */
final class InboxColumns {

	/** Each column's heading, {@code export.inbox.column.<name>} in the bundles, in order. */
	static final List<String> NAMES = List.of("reference", "title", "organisation", "siret", "leadRegion", "regions",
			"theme", "publics", "status", "round", "requestedAmount", "submittedAt");

	private final MessageSource messages;

	private final Locale locale;

	private final Map<String, String> regionNames;

	InboxColumns(MessageSource messages, Locale locale, ReferenceDataService reference) {
		this.messages = messages;
		this.locale = locale;
		this.regionNames = reference.regions().stream().collect(Collectors.toMap(Region::code, Region::name));
	}

	List<String> headings() {
		return NAMES.stream().map((name) -> text("export.inbox.column." + name)).toList();
	}

	/** The row's cells: texts, the amount as a BigDecimal (or null), the submission as a LocalDateTime. */
	List<Object> cells(InboxExportRow row) {
		return new ArrayList<>(Arrays.asList(row.reference(), row.title(), row.organisationName(), row.siret(),
				(row.leadRegionCode() != null) ? region(row.leadRegionCode()) : null,
				joined(row.regionCodes().stream().map(this::region).toList()),
				(row.themeCode() != null) ? text("theme." + row.themeCode()) : null,
				joined(row.publicCodes().stream().map((code) -> text("public." + code)).toList()),
				text("status." + row.status().name()), row.roundLabel(), row.requestedAmount(),
				LocalDateTime.ofInstant(row.submittedAt(), Formats.PARIS)));
	}

	String text(String key) {
		return this.messages.getMessage(key, null, key, this.locale);
	}

	private String region(String code) {
		return this.regionNames.getOrDefault(code, code);
	}

	private static String joined(List<String> names) {
		return String.join(", ", names);
	}

}
