package fr.apec.novapec.review;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The weighted mean and the spread match a computation by hand, exactly, rounded HALF_UP to 2 decimals. */
class WeightedScoresTests {

	/** The Novapec call's grid as V49 seeds it. */
	static final List<GridCriterion> NOVAPEC = List.of(criterion("innovation-sociale", "25"),
			criterion("impact-publics", "25"), criterion("ancrage-territorial", "20"),
			criterion("faisabilite-budget", "15"), criterion("partenariats-essaimage", "15"));

	@Test
	void theWeightedMeanOfThreeSheetsMatchesAHandComputation() {
		// By hand: (4×25 + 3×25 + 5×20 + 2×15 + 1×15) / 100 = 320 / 100 = 3.2
		BigDecimal first = WeightedScores.weighted(sheet(4, 3, 5, 2, 1), NOVAPEC);
		// (5×25 + 5×25 + 4×20 + 3×15 + 3×15) / 100 = 420 / 100 = 4.2
		BigDecimal second = WeightedScores.weighted(sheet(5, 5, 4, 3, 3), NOVAPEC);
		// (3×25 + 4×25 + 2×20 + 5×15 + 0×15) / 100 = 290 / 100 = 2.9
		BigDecimal third = WeightedScores.weighted(sheet(3, 4, 2, 5, 0), NOVAPEC);
		assertThat(first).isEqualByComparingTo("3.2");
		assertThat(second).isEqualByComparingTo("4.2");
		assertThat(third).isEqualByComparingTo("2.9");

		// (3.2 + 4.2 + 2.9) / 3 = 10.3 / 3 = 3.4333… → 3.43; spread 4.2 − 2.9 = 1.30
		assertThat(WeightedScores.mean(List.of(first, second, third))).isEqualTo(new BigDecimal("3.43"));
		assertThat(WeightedScores.spread(List.of(first, second, third))).isEqualTo(new BigDecimal("1.30"));
		assertThat(WeightedScores.mean(List.of(first, second))).isEqualTo(new BigDecimal("3.70"));
		assertThat(WeightedScores.spread(List.of(first, second))).isEqualTo(new BigDecimal("1.00"));
	}

	@Test
	void weightsNeedNotAddUpToAHundredAndHalvesRoundUp() {
		// Weights 7 and 1, scores 0 and 1: 1 / 8 = 0.125, shown 0.13 (HALF_UP, where HALF_EVEN would give 0.12).
		List<GridCriterion> grid = List.of(criterion("a", "7"), criterion("b", "1"));
		BigDecimal weighted = WeightedScores.weighted(Map.of("a", 0, "b", 1), grid);
		assertThat(weighted).isEqualByComparingTo("0.125");
		assertThat(WeightedScores.shown(weighted)).isEqualTo(new BigDecimal("0.13"));
		assertThat(WeightedScores.mean(List.of(weighted))).isEqualTo(new BigDecimal("0.13"));
		assertThat(WeightedScores.spread(List.of(weighted))).isEqualTo(new BigDecimal("0.00"));
		// Thirds are kept exact enough that their mean is not skewed: (1/3 + 2/3) / 2 = 0.5.
		List<GridCriterion> thirds = List.of(criterion("a", "1"), criterion("b", "1"), criterion("c", "1"));
		assertThat(WeightedScores.mean(List.of(WeightedScores.weighted(Map.of("a", 1, "b", 0, "c", 0), thirds),
				WeightedScores.weighted(Map.of("a", 2, "b", 0, "c", 0), thirds)))).isEqualTo(new BigDecimal("0.50"));
	}

	@Test
	void noSubmittedSheetGivesNoMeanAndAnIncompleteSheetNoScore() {
		assertThat(WeightedScores.mean(List.of())).isNull();
		assertThat(WeightedScores.spread(List.of())).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> WeightedScores.weighted(Map.of("innovation-sociale", 5), NOVAPEC));
	}

	@Test
	void aWeightIsMoreThanZero() {
		assertThatIllegalArgumentException().isThrownBy(() -> criterion("a", "0"));
		assertThatIllegalArgumentException().isThrownBy(() -> criterion("a", "-1"));
	}

	static Map<String, Integer> sheet(int... scores) {
		Map<String, Integer> sheet = new LinkedHashMap<>();
		for (int i = 0; i < scores.length; i++) {
			sheet.put(NOVAPEC.get(i).code(), scores[i]);
		}
		return sheet;
	}

	private static GridCriterion criterion(String code, String weight) {
		return new GridCriterion(code, code, new BigDecimal(weight));
	}

}
