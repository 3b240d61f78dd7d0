package fr.apec.novapec.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What other modules may know of a call for projects.
 *
 * @param maxAmount the most a project may be awarded, or null when the call sets no maximum
 * @param closesOn the last day of the call, or null for a continuous call
 * @param interimReportMonths months after a project's start when its interim report is due, or null when the
 * call asks for none
 * @param finalReportDue whether a final report is due at the project's end
 * @param themeCodes the codes of the themes it funds, in the display order of themes
 */
public record CallSettings(long id, String slug, String title, BigDecimal maxAmount, LocalDate opensOn,
		LocalDate closesOn, Integer interimReportMonths, boolean finalReportDue, List<String> themeCodes) {

	public CallSettings {
		themeCodes = List.copyOf(themeCodes);
	}

}
