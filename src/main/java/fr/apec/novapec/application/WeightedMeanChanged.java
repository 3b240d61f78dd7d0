package fr.apec.novapec.application;

import java.math.BigDecimal;

/**
 * What the review module tells the application module when an application's weighted mean changes (a score
 * sheet submitted): the application keeps it, for the staff inbox's filter and sort by score, in the
 * publisher's transaction. The type lives here, as {@link ReviewerAccess} does, because the review module
 * depends on this one and not the other way round.
 *
 * @param applicationId the application
 * @param weightedMean its new weighted mean (0 to 5, 2 decimals), or null when no sheet is submitted any more
 */
public record WeightedMeanChanged(long applicationId, BigDecimal weightedMean) {
}
