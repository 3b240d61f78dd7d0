package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * A programme year's money: its budget, the awards charged to it, and the same by theme and by lead region, each
 * beside its envelope when one is set.
 * @param themes one line per theme of the reference data, in its order
 * @param regions one line per region of the reference data, in its order
 */
public record YearFigures(int year, BigDecimal budget, BigDecimal awarded, List<Line> themes, List<Line> regions) {

	public BigDecimal remaining() {
		return this.budget.subtract(this.awarded);
	}

	/**
	 * What one theme or region received.
	 * @param envelope the target set for it, or null when there is none
	 */
	public record Line(String code, String name, BigDecimal awarded, BigDecimal envelope) {

	}

}
