package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One payment of an award: paid once, by staff, when its condition holds. */
@Entity
@Table(name = "award_tranche")
class AwardTranche {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "award_id")
	private Award award;

	@Column(nullable = false)
	private int rank;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TrancheCondition condition;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal amount;

	@Column(name = "paid_at")
	private Instant paidAt;

	@Column(name = "paid_by")
	private Long paidBy;

	@Version
	private long version;

	protected AwardTranche() {
	}

	AwardTranche(Award award, int rank, TrancheCondition condition, BigDecimal amount) {
		this.award = award;
		this.rank = rank;
		this.condition = condition;
		this.amount = amount;
	}

	/**
	 * Marks the tranche paid by this account now, if the form that asked was read on its current version, it is
	 * not paid yet, and its condition holds (as {@code conditionHolds} says for its application).
	 * @throws TrancheNotPayableException otherwise, saying why
	 */
	void pay(long readVersion, boolean conditionHolds, long by, Instant now) {
		if (this.paidAt != null) {
			throw new TrancheNotPayableException(this.id, TrancheNotPayableException.Reason.ALREADY_PAID, this.condition);
		}
		if (readVersion != this.version) {
			throw new TrancheNotPayableException(this.id, TrancheNotPayableException.Reason.CHANGED, this.condition);
		}
		if (!conditionHolds) {
			throw new TrancheNotPayableException(this.id, TrancheNotPayableException.Reason.CONDITION_NOT_MET,
					this.condition);
		}
		this.paidAt = now;
		this.paidBy = by;
	}

	long applicationId() {
		return this.award.applicationId();
	}

	int rank() {
		return this.rank;
	}

	TrancheCondition condition() {
		return this.condition;
	}

	BigDecimal amount() {
		return this.amount;
	}

}
