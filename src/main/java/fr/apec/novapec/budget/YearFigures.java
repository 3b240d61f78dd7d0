package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * A programme year's money: its budget, the awards charged to it and what of them is paid, and the same by theme
 * and by lead region, each beside its envelope when one is set.
 * @param version the year's version, for a form that changes its budget or envelopes
 * @param themes one line per theme of the reference data, in its order
 * @param regions one line per region of the reference data, in its order
 */
public record YearFigures(int year, BigDecimal budget, BigDecimal awarded, BigDecimal paid, long version,
		List<Line> themes, List<Line> regions) {

	/** What is left to award. */
	public BigDecimal remaining() {
		return this.budget.subtract(this.awarded);
	}

	/** The largest amount among the budget and every envelope, awarded sum and line: the scale of a chart. */
	public BigDecimal largest() {
		BigDecimal largest = this.budget.max(this.awarded);
		for (Line line : this.themes) {
			largest = largest.max(line.largest());
		}
		for (Line line : this.regions) {
			largest = largest.max(line.largest());
		}
		return largest;
	}

	/**
	 * What one theme or region received and was paid.
	 * @param envelope the target set for it, or null when there is none
	 */
	public record Line(String code, String name, BigDecimal awarded, BigDecimal paid, BigDecimal envelope) {

		/** Whether its awards went past its envelope. */
		public boolean exceeds() {
			return this.envelope != null && this.awarded.compareTo(this.envelope) > 0;
		}

		BigDecimal largest() {
			return (this.envelope != null) ? this.awarded.max(this.envelope) : this.awarded;
		}

	}

}
