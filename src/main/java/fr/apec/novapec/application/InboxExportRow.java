package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An application as the inbox's exports (XLSX, CSV) list it: codes, not labels, which the writer puts in the
 * reader's language.
 *
 * @param siret the organisation's SIRET
 * @param leadRegionCode the INSEE code of its lead region, or null if it has none
 * @param regionCodes all its regions, lead included, in code order
 * @param roundLabel null while it waits for a round
 * @param requestedAmount the amount it asks for (null only if it was submitted without one)
 * @param submittedAt when it was last submitted
 */
public record InboxExportRow(String reference, String title, String organisationName, String siret,
		String leadRegionCode, List<String> regionCodes, String themeCode, List<String> publicCodes,
		ApplicationStatus status, String roundLabel, BigDecimal requestedAmount, Instant submittedAt) {
}
