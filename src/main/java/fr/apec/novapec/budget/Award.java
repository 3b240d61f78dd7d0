package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * Money committed to a selected application, charged to one programme year, and the tranches it is paid in
 * (the standard {@link TranchePlan}, created with it). Written once, by {@link BudgetService#award}, which holds the
 * year's lock; applications, rounds and accounts are referenced by id, never by association.
 */
@Entity
@Table(name = "award")
class Award {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int year;

	@Column(name = "application_id", nullable = false)
	private long applicationId;

	@Column(name = "round_id", nullable = false)
	private long roundId;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal amount;

	@Column(name = "theme_code", nullable = false)
	private String themeCode;

	@Column(name = "region_code", nullable = false)
	private String regionCode;

	@Column(name = "awarded_by", nullable = false)
	private long awardedBy;

	@Column(name = "awarded_at", nullable = false)
	private Instant awardedAt;

	@OneToMany(mappedBy = "award", cascade = CascadeType.PERSIST)
	@OrderBy("rank")
	private List<AwardTranche> tranches = new ArrayList<>();

	protected Award() {
	}

	Award(int year, AwardRequest request, long awardedBy, Instant awardedAt) {
		this.year = year;
		this.applicationId = request.applicationId();
		this.roundId = request.roundId();
		this.amount = request.amount();
		this.themeCode = request.themeCode();
		this.regionCode = request.regionCode();
		this.awardedBy = awardedBy;
		this.awardedAt = awardedAt;
		TranchePlan.standard(request.amount())
			.forEach((tranche) -> this.tranches.add(new AwardTranche(this, tranche.rank(), tranche.condition(),
					tranche.amount())));
	}

	long applicationId() {
		return this.applicationId;
	}

	Long id() {
		return this.id;
	}

}
