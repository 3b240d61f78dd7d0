package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How an award is paid: the standard schedule of the Novapec convention, 50 % at signature, 30 % once the interim
 * report is approved and 20 % once the final report is approved. Amounts are in cents exactly: each tranche is its
 * share rounded down to the cent, and the last one takes what remains, so that the tranches add up to the award.
 */
public final class TranchePlan {

	private TranchePlan() {
	}

	/** The standard tranches of an award of this amount, in the order they are paid. */
	public static List<Tranche> standard(BigDecimal award) {
		BigDecimal first = share(award, 50);
		BigDecimal second = share(award, 30);
		BigDecimal last = award.setScale(2, RoundingMode.UNNECESSARY).subtract(first).subtract(second);
		return List.of(new Tranche(1, TrancheCondition.SIGNATURE, 50, first),
				new Tranche(2, TrancheCondition.INTERIM_REPORT_APPROVED, 30, second),
				new Tranche(3, TrancheCondition.FINAL_REPORT_APPROVED, 20, last));
	}

	private static BigDecimal share(BigDecimal award, int percent) {
		return award.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
	}

	/** One payment of an award: its rank, what must hold before it is paid, its share and its amount. */
	public record Tranche(int rank, TrancheCondition condition, int percent, BigDecimal amount) {

	}

}
