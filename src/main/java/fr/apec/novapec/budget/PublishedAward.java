package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An award as the open data publishes it (a line of the SCDL « subventions » table).
 * @param reference the application's reference, the decision's reference in the table
 * @param firstPaidAt when its first tranche was paid, or null
 * @param lastPaidAt when its last paid tranche was paid, or null
 */
public record PublishedAward(String reference, String organisationName, String siret, String title,
		BigDecimal amount, Instant awardedAt, Instant firstPaidAt, Instant lastPaidAt) {
}
