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
import jakarta.persistence.Version;

/**
 * The opinion of the team of one of an application's regions other than its lead one: one per application
 * and region (the database keeps it unique), changed by whoever of that team writes last; {@code version}
 * tells a form read before another member's change.
 */
@Entity
@Table(name = "application_opinion")
class ApplicationOpinion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false, updatable = false)
	private long applicationId;

	@Column(name = "region_code", nullable = false, updatable = false, length = 2)
	private String regionCode;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private OpinionKind opinion;

	@Column(nullable = false)
	private String comment;

	@Column(nullable = false)
	private Instant at;

	@Version
	private long version;

	protected ApplicationOpinion() {
	}

	ApplicationOpinion(long applicationId, String regionCode, long accountId, OpinionKind opinion, String comment,
			Instant at) {
		this.applicationId = applicationId;
		this.regionCode = regionCode;
		change(accountId, opinion, comment, at);
	}

	void change(long accountId, OpinionKind opinion, String comment, Instant at) {
		this.accountId = accountId;
		this.opinion = opinion;
		this.comment = comment;
		this.at = at;
	}

	long applicationId() {
		return this.applicationId;
	}

	String regionCode() {
		return this.regionCode;
	}

	long accountId() {
		return this.accountId;
	}

	OpinionKind opinion() {
		return this.opinion;
	}

	String comment() {
		return this.comment;
	}

	Instant at() {
		return this.at;
	}

	long version() {
		return this.version;
	}

}
