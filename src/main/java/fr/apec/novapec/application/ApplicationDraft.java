package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.organisation.DocumentKind;

/**
 * Everything an application says, as its members see it while writing it. Any part may still be missing
 * (null or empty) in a draft.
 *
 * @param reference the reference the application is known by, for example NOVA-2026-000123
 * @param publics public codes in display order
 * @param regions region codes in display order
 * @param planned planned beneficiaries by public code
 * @param callMaxAmount the call's maximum per project, or null when the call sets none
 * @param partners the partners of the project, in the order typed
 * @param indicators the impact indicators with their targets, in the order typed
 * @param documentIds the ids of the documents of the organisation's vault attached to it
 * @param version the version of the application it was read at: a step form carries it back, so that a save
 * from a page older than the application is refused instead of overwriting the newer change
 * @param callRequiredDocuments the documents its call requires in the organisation's vault, as the call's
 * administrator chose them
 */
public record ApplicationDraft(long id, String reference, long organisationId, String organisationName, ApplicationStatus status,
		String roundLabel, Instant updatedAt, String title, String summary, String description, String themeCode,
		List<String> publics, List<String> regions, String leadRegion, List<City> cities, Map<String, Integer> planned,
		LocalDate startDate, Integer durationMonths, BigDecimal totalBudget, BigDecimal requestedAmount,
		List<CoFunder> coFunders, BigDecimal callMaxAmount, List<Partner> partners, List<Indicator> indicators,
		List<Long> documentIds, long version, List<DocumentKind> callRequiredDocuments) {

	/** Whether its members may still change it (a draft, or returned by staff for changes). */
	public boolean editable() {
		return Lifecycle.editable(this.status);
	}

	/** The last day planned: the start plus the duration, or null while either is missing. */
	public LocalDate endDate() {
		return endDate(this.startDate, this.durationMonths);
	}

	/** The end of a project starting on this day and lasting this many months (the day before the anniversary). */
	public static LocalDate endDate(LocalDate start, Integer durationMonths) {
		if (start == null || durationMonths == null || durationMonths < 1) {
			return null;
		}
		return start.plusMonths(durationMonths).minusDays(1);
	}

	/** The sum of the co-funders' amounts, zero when there are none. */
	public BigDecimal coFunded() {
		return coFunded(this.coFunders);
	}

	/**
	 * What the organisation funds itself: the total budget minus the amount requested and the co-funders;
	 * null while the total or the amount requested is missing. Negative when they add up to more than the total.
	 */
	public BigDecimal ownShare() {
		return ownShare(this.totalBudget, this.requestedAmount, this.coFunders);
	}

	/** The sum of these co-funders' amounts, zero when there are none. */
	public static BigDecimal coFunded(List<CoFunder> coFunders) {
		return coFunders.stream().map(CoFunder::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The organisation's own share of a budget (see {@link #ownShare()}). */
	public static BigDecimal ownShare(BigDecimal totalBudget, BigDecimal requestedAmount, List<CoFunder> coFunders) {
		if (totalBudget == null || requestedAmount == null) {
			return null;
		}
		return totalBudget.subtract(requestedAmount).subtract(coFunded(coFunders));
	}

	/** A city where the project acts, in one of its regions. */
	public record City(String name, String regionCode, boolean priorityNeighbourhood) {
	}

	/** Another funder of the project and its amount. */
	public record CoFunder(String name, BigDecimal amount) {
	}

	/** A partner of the project and its role (or null). */
	public record Partner(String name, String role) {
	}

	/** An impact indicator and its target (above zero). */
	public record Indicator(String label, int target) {
	}

}
