package fr.apec.novapec.review;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A criterion of a grid, as its table holds it. */
@Embeddable
class Criterion {

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String label;

	@Column(nullable = false, precision = 6, scale = 2)
	private BigDecimal weight;

	@Column(nullable = false)
	private int position;

	protected Criterion() {
	}

	Criterion(String code, String label, BigDecimal weight, int position) {
		this.code = code;
		this.label = label;
		this.weight = weight;
		this.position = position;
	}

	GridCriterion view() {
		return new GridCriterion(this.code, this.label, this.weight);
	}

}
