package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a committee asks the budget for: an amount for an application of a round, whose committee sits on
 * {@code committeeDate} (its year is the programme year charged), counted under the application's theme and lead
 * region in the year's figures.
 */
public record AwardRequest(long applicationId, long roundId, LocalDate committeeDate, BigDecimal amount,
		String themeCode, String regionCode) {

	public AwardRequest {
		Objects.requireNonNull(committeeDate, "committeeDate");
		Objects.requireNonNull(themeCode, "themeCode");
		Objects.requireNonNull(regionCode, "regionCode");
		if (amount == null || amount.signum() <= 0) {
			throw new IllegalArgumentException("An award is a positive amount");
		}
	}

}
