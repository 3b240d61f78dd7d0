package fr.apec.novapec.application;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A line of an application's history: who took it from which state to which, when and why. Append-only:
 * written once with its application, never updated nor removed.
 */
@Entity
@Immutable
@Table(name = "application_status_change")
class StatusChangeRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", updatable = false, length = 20)
	private ApplicationStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, updatable = false, length = 20)
	private ApplicationStatus to;

	/** The account that made the change (an id of the account module), null when it was deleted. */
	@Column(name = "changed_by", updatable = false)
	private Long changedBy;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	@Column(updatable = false)
	private String reason;

	protected StatusChangeRecord() {
	}

	StatusChangeRecord(ApplicationStatus from, ApplicationStatus to, Long changedBy, Instant changedAt, String reason) {
		this.from = from;
		this.to = to;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.reason = reason;
	}

	ApplicationStatus from() {
		return this.from;
	}

	ApplicationStatus to() {
		return this.to;
	}

	Long changedBy() {
		return this.changedBy;
	}

	Instant changedAt() {
		return this.changedAt;
	}

	String reason() {
		return this.reason;
	}

}
