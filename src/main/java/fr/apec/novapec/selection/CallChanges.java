package fr.apec.novapec.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.apec.novapec.organisation.DocumentKind;

/**
 * The settings of a call as an administrator sets them.
 *
 * @param closesOn the last day of the call, or null for a continuous call
 * @param maxAmount the most a project may be awarded, or null for no maximum
 * @param themeCodes the themes it funds (reference codes)
 * @param publicCodes the publics it serves (reference codes)
 * @param requiredDocuments the kinds of vault document an application needs 
 * @param interimReportMonths months after a project's start when its interim report is due, or null for none
 */
public record CallChanges(String title, String rules, LocalDate opensOn, LocalDate closesOn, BigDecimal maxAmount,
		List<String> themeCodes, List<String> publicCodes, List<DocumentKind> requiredDocuments,
		Integer interimReportMonths, boolean finalReportDue) {

	public CallChanges {
		themeCodes = List.copyOf(themeCodes);
		publicCodes = List.copyOf(publicCodes);
		requiredDocuments = List.copyOf(requiredDocuments);
	}

}
