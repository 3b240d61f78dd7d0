package fr.apec.novapec.budget;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranchePlanTests {

	@Test
	void theStandardPlanPaysHalfThenThirtyThenTwentyPercent() {
		assertThat(TranchePlan.standard(new BigDecimal("45000.00"))).extracting(TranchePlan.Tranche::amount)
			.containsExactly(new BigDecimal("22500.00"), new BigDecimal("13500.00"), new BigDecimal("9000.00"));
	}

	@Test
	void theLastTrancheTakesTheCentsSoThatTheTranchesAddUpToTheAward() {
		BigDecimal award = new BigDecimal("10000.01");
		assertThat(TranchePlan.standard(award)).extracting(TranchePlan.Tranche::amount)
			.containsExactly(new BigDecimal("5000.00"), new BigDecimal("3000.00"), new BigDecimal("2000.01"));
		assertThat(TranchePlan.standard(new BigDecimal("33333.33")).stream()
			.map(TranchePlan.Tranche::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("33333.33");
	}

}
