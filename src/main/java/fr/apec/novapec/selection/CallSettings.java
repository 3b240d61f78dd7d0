package fr.apec.novapec.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.apec.novapec.organisation.DocumentKind;

/**
 * What other modules may know of a call for projects.
 *
 * @param maxAmount the most a project may be awarded, or null when the call sets no maximum
 * @param closesOn the last day of the call, or null for a continuous call
 * @param interimReportMonths months after a project's start when its interim report is due, or null when the
 * call asks for none
 * @param finalReportDue whether a final report is due at the project's end
 * @param themeCodes the codes of the themes it funds, in the display order of themes
 * @param rules the text of its rules
 * @param publicCodes the codes of the publics it serves, in the display order of publics
 * @param requiredDocuments the kinds of vault document  an organisation
 * must hold, not expired, to submit an application to it, in the order of DocumentKind
 * @param version what a form that edits it sends back, so that a stale form is told so
 */
public record CallSettings(long id, String slug, String title, BigDecimal maxAmount, LocalDate opensOn,
		LocalDate closesOn, Integer interimReportMonths, boolean finalReportDue, List<String> themeCodes, String rules, List<String> publicCodes,
		List<DocumentKind> requiredDocuments, long version) {

	public CallSettings {
		themeCodes = List.copyOf(themeCodes);
		publicCodes = List.copyOf(publicCodes);
		requiredDocuments = List.copyOf(requiredDocuments);
	}

}
