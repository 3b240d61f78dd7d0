package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A year of the programme, its annual budget in euros with cents and its optional envelopes per theme and per
 * region (targets shown beside what is spent, never limits). Its version tells a form read before another change.
 */
@Entity
@Table(name = "programme_year")
class ProgrammeYear {

	@Id
	private Integer year;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal budget;

	/** Null until the year is saved, so that adding it inserts (never merges). */
	@Version
	private Long version;

	@ElementCollection
	@CollectionTable(name = "budget_envelope", joinColumns = @JoinColumn(name = "year"))
	private Set<Envelope> envelopes = new HashSet<>();

	protected ProgrammeYear() {
	}

	ProgrammeYear(int year, BigDecimal budget) {
		this.year = year;
		this.budget = budget;
	}

	Integer getYear() {
		return this.year;
	}

	BigDecimal getBudget() {
		return this.budget;
	}

	long getVersion() {
		return (this.version != null) ? this.version : 0;
	}

	/**
	 * Sets the budget, never below what the year's awards already take.
	 * @throws BudgetBelowAwardsException otherwise
	 */
	void changeBudget(BigDecimal budget, BigDecimal awarded) {
		if (budget.compareTo(awarded) < 0) {
			throw new BudgetBelowAwardsException(this.year, awarded);
		}
		this.budget = budget;
	}

	/** Replaces the envelopes: an amount per theme code and per region code; a code left out has none. */
	void replaceEnvelopes(Map<String, BigDecimal> themes, Map<String, BigDecimal> regions) {
		this.envelopes.clear();
		themes.forEach((code, amount) -> this.envelopes.add(new Envelope("THEME", code, amount)));
		regions.forEach((code, amount) -> this.envelopes.add(new Envelope("REGION", code, amount)));
	}

	/** A target for a theme or a region (kind THEME or REGION). */
	@Embeddable
	record Envelope(@Column(nullable = false) String kind, @Column(nullable = false) String code,
			@Column(nullable = false, precision = 14, scale = 2) BigDecimal amount) {
	}

}
