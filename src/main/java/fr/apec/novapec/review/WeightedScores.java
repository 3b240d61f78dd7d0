package fr.apec.novapec.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How the scores of an application add up, exactly, in {@link BigDecimal}.
 * <ul>
 * <li>A reviewer's <b>weighted score</b> is {@code Σ(score × weight) / Σ(weight)} over the criteria of the
 * call's grid, on the scale of a score (0 to 5), kept at 10 decimals for the sums below (shown with 2).</li>
 * <li>The application's <b>weighted mean</b> is the plain mean of the weighted scores of the <em>submitted</em>
 * sheets (one per reviewer; drafts and reviewers who declared a conflict count for nothing), rounded to 2
 * decimals HALF_UP; none while no sheet is submitted.</li>
 * <li>The <b>spread</b> is the highest weighted score minus the lowest, rounded to 2 decimals HALF_UP; zero
 * with one sheet, none with no sheet.</li>
 * </ul>
 */
public final class WeightedScores {

	private static final int EXACT = 10;

	private WeightedScores() {
	}

	/**
	 * The weighted score of one complete sheet, at 10 decimals.
	 * @param scores the sheet's score for each criterion's code
	 * @throws IllegalArgumentException when a criterion of the grid has no score
	 */
	public static BigDecimal weighted(Map<String, Integer> scores, List<GridCriterion> criteria) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (GridCriterion criterion : criteria) {
			Integer score = scores.get(criterion.code());
			if (score == null) {
				throw new IllegalArgumentException("No score for " + criterion.code());
			}
			sum = sum.add(criterion.weight().multiply(BigDecimal.valueOf(score)));
			weights = weights.add(criterion.weight());
		}
		if (weights.signum() == 0) {
			throw new IllegalArgumentException("A grid without criteria gives no score");
		}
		return sum.divide(weights, EXACT, RoundingMode.HALF_UP);
	}

	/** The mean of these weighted scores, 2 decimals HALF_UP; null for none. */
	public static BigDecimal mean(Collection<BigDecimal> weightedScores) {
		if (weightedScores.isEmpty()) {
			return null;
		}
		BigDecimal sum = weightedScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(weightedScores.size()), 2, RoundingMode.HALF_UP);
	}

	/** The highest of these weighted scores minus the lowest, 2 decimals HALF_UP; null for none. */
	public static BigDecimal spread(Collection<BigDecimal> weightedScores) {
		if (weightedScores.isEmpty()) {
			return null;
		}
		BigDecimal max = weightedScores.stream().max(BigDecimal::compareTo).orElseThrow();
		BigDecimal min = weightedScores.stream().min(BigDecimal::compareTo).orElseThrow();
		return max.subtract(min).setScale(2, RoundingMode.HALF_UP);
	}

	/** A weighted score as shown: 2 decimals HALF_UP. */
	public static BigDecimal shown(BigDecimal weighted) {
		return (weighted != null) ? weighted.setScale(2, RoundingMode.HALF_UP) : null;
	}

}
