package fr.apec.novapec.review;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A criterion of a call's scoring grid.
 *
 * @param code its stable code (scores are kept against it; a rename keeps it)
 * @param label its name, as reviewers read it
 * @param weight its weight, more than zero; weights need not add up to 100
 */
public record GridCriterion(String code, String label, BigDecimal weight) {

	public GridCriterion {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(weight, "weight");
		if (weight.signum() <= 0) {
			throw new IllegalArgumentException("A weight is more than zero");
		}
	}

}
