package fr.apec.novapec.budget.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import fr.apec.novapec.budget.YearFigures;

/**
 * The budget page's bar chart, drawn on the server as SVG (no script, no style attribute: the page's security
 * policy allows neither): one bar per line for what is awarded, a darker one inside it for what is paid, and a mark
 * where its envelope stands. Every length is a share of the chart's width for the largest amount; the figures
 * themselves are in the table beside it, its text alternative.
 */
public record BudgetChart(List<Bar> total, List<Bar> themes, List<Bar> regions) {

	/** Where the bars start, in % of the chart's width: the labels sit before. */
	static final int BARS_START = 40;

	/** The height of a row, in pixels. */
	static final int ROW = 28;

	static BudgetChart of(YearFigures figures) {
		BigDecimal largest = figures.largest();
		Bar year = new Bar(String.valueOf(figures.year()), width(figures.awarded(), largest),
				width(figures.paid(), largest), position(figures.budget(), largest), false);
		return new BudgetChart(List.of(year), bars(figures.themes(), largest), bars(figures.regions(), largest));
	}

	private static List<Bar> bars(List<YearFigures.Line> lines, BigDecimal largest) {
		return lines.stream()
			.map((line) -> new Bar(line.name(), width(line.awarded(), largest), width(line.paid(), largest),
					(line.envelope() != null) ? position(line.envelope(), largest) : null, line.exceeds()))
			.toList();
	}

	/** The length of a bar for this amount, as an SVG percentage. */
	private static String width(BigDecimal amount, BigDecimal largest) {
		return share(amount, largest).toPlainString() + "%";
	}

	/** Where a mark for this amount stands, as an SVG percentage. */
	private static String position(BigDecimal amount, BigDecimal largest) {
		return share(amount, largest).add(BigDecimal.valueOf(BARS_START)).toPlainString() + "%";
	}

	private static BigDecimal share(BigDecimal amount, BigDecimal largest) {
		if (largest.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return amount.multiply(BigDecimal.valueOf(100 - BARS_START)).divide(largest, 2, RoundingMode.HALF_UP);
	}

	/** The height of a chart of so many bars, in pixels. */
	static int height(List<Bar> bars) {
		return bars.size() * ROW;
	}

	/**
	 * One bar.
	 * @param mark where the budget or the envelope stands, or null when there is none
	 * @param exceeds whether the awarded amount went past the envelope
	 */
	public record Bar(String label, String awarded, String paid, String mark, boolean exceeds) {
	}

}
