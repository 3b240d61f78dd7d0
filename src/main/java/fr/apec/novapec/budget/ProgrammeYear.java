package fr.apec.novapec.budget;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A year of the programme and its annual budget, in euros with cents. */
@Entity
@Table(name = "programme_year")
class ProgrammeYear {

	@Id
	private Integer year;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal budget;

	protected ProgrammeYear() {
	}

	Integer getYear() {
		return this.year;
	}

	BigDecimal getBudget() {
		return this.budget;
	}

}
