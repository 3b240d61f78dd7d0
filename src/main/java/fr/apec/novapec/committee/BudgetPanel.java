package fr.apec.novapec.committee;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a committee's proposals do to the programme year of its round: the year's budget, what is already awarded,
 * what the page proposes and what would remain, in total and by theme and by lead region beside the envelopes.
 * @param budgeted whether the year has a budget; when not, nothing can be awarded and the figures are zero
 * @param themes one line per theme
 * @param regions one line per region that has an award, a proposal or an envelope
 */
public record BudgetPanel(int year, boolean budgeted, BigDecimal budget, BigDecimal awarded, BigDecimal proposed,
		List<Line> themes, List<Line> regions) {

	/** What would remain of the year's budget once the proposals are awarded; negative when they exceed it. */
	public BigDecimal remaining() {
		return this.budget.subtract(this.awarded).subtract(this.proposed);
	}

	public boolean exceeded() {
		return remaining().signum() < 0;
	}

	/** What the year lacks for the proposals (zero when they fit). */
	public BigDecimal missing() {
		return exceeded() ? remaining().negate() : BigDecimal.ZERO;
	}

	/**
	 * A theme's or a region's part.
	 * @param envelope its target, or null when none is set
	 */
	public record Line(String code, String name, BigDecimal awarded, BigDecimal proposed, BigDecimal envelope) {

		public BigDecimal total() {
			return this.awarded.add(this.proposed);
		}

		/** Whether awards and proposals together pass its envelope. */
		public boolean exceeded() {
			return this.envelope != null && total().compareTo(this.envelope) > 0;
		}

		/** How far past its envelope (zero when within it or without one). */
		public BigDecimal excess() {
			return exceeded() ? total().subtract(this.envelope) : BigDecimal.ZERO;
		}

	}

}
