package fr.apec.novapec.selection;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A selection round of a call: applications submitted up to its deadline are decided by its committee. A
 * small aggregate of its own, which names its call by id: rounds are added and moved without loading the
 * call.
 */
@Entity
@Table(name = "selection_round")
class SelectionRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "call_id", nullable = false)
	private Long callId;

	@Column(nullable = false)
	private String label;

	@Column(name = "submission_deadline", nullable = false)
	private LocalDate submissionDeadline;

	@Column(name = "committee_date", nullable = false)
	private LocalDate committeeDate;

	/** When it was published (decisions mailed, laureates created), or null while it is not. */
	@Column(name = "published_at")
	private Instant publishedAt;

	/** The staff account that published it, or null while it is not published. */
	@Column(name = "published_by")
	private Long publishedBy;

	/** Staff will edit rounds: a stale form must be told so rather than overwrite another's change. */
	@Version
	private long version;

	protected SelectionRound() {
	}

	SelectionRound(long callId, String label, LocalDate submissionDeadline, LocalDate committeeDate) {
		if (committeeDate.isBefore(submissionDeadline)) {
			throw new IllegalArgumentException("The committee cannot meet before the submission deadline");
		}
		this.callId = callId;
		this.label = label;
		this.submissionDeadline = submissionDeadline;
		this.committeeDate = committeeDate;
	}

	/**
	 * Moves it to what an administrator typed on a page that showed the round at {@code readVersion}.
	 * @throws RoundChangedException when the round was changed since that page was read
	 */
	void update(RoundChanges changes, long readVersion) {
		if (readVersion != this.version) {
			throw new RoundChangedException(this.id);
		}
		if (changes.committeeDate().isBefore(changes.submissionDeadline())) {
			throw new IllegalArgumentException("The committee cannot meet before the submission deadline");
		}
		this.label = changes.label();
		this.submissionDeadline = changes.submissionDeadline();
		this.committeeDate = changes.committeeDate();
	}

	/** Whether a page that showed the round at {@code readVersion} still shows it as it is. */
	void requireVersion(long readVersion) {
		if (readVersion != this.version) {
			throw new RoundChangedException(this.id);
		}
	}

	/**
	 * Records that this account published the round now: a round is published once.
	 * @throws RoundAlreadyPublishedException when it was published before
	 */
	void publish(long by, Instant at) {
		if (this.publishedAt != null) {
			throw new RoundAlreadyPublishedException(this.id, this.publishedAt);
		}
		this.publishedAt = at;
		this.publishedBy = by;
	}

	Instant getPublishedAt() {
		return this.publishedAt;
	}

	Long getPublishedBy() {
		return this.publishedBy;
	}

	Long getId() {
		return this.id;
	}

	Long getCallId() {
		return this.callId;
	}

	String getLabel() {
		return this.label;
	}

	LocalDate getSubmissionDeadline() {
		return this.submissionDeadline;
	}

	LocalDate getCommitteeDate() {
		return this.committeeDate;
	}

	long getVersion() {
		return this.version;
	}

}
