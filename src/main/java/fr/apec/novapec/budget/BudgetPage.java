package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What /gestion/budget shows of a programme year: its figures, and a page of its awards with their applications and
 * tranches.
 *
 * @param page the page of awards shown (from 1)
 * @param awardCount how many awards the year has, on every page
 */
public record BudgetPage(YearFigures figures, List<AwardLine> awards, int page, int pageCount, int awardCount) {

	/**
	 * An award, named by its application (reference, title, organisation), with its tranches.
	 * @param reference null when the application module does not name it
	 */
	public record AwardLine(long id, long applicationId, String reference, String title, String organisationName,
			BigDecimal amount, String themeCode, String regionCode, Instant awardedAt, List<TrancheLine> tranches) {

		public BigDecimal paid() {
			return this.tranches.stream()
				.filter(TrancheLine::paid)
				.map(TrancheLine::amount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	/**
	 * A tranche of an award.
	 * @param payable whether staff may mark it paid now: unpaid and its condition holds
	 * @param paidAt when it was paid, or null
	 * @param version for the form that pays it
	 */
	public record TrancheLine(long id, int rank, TrancheCondition condition, BigDecimal amount, Instant paidAt,
			boolean payable, long version) {

		public boolean paid() {
			return this.paidAt != null;
		}

	}

}
