package fr.apec.novapec.organisation;

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
 * A person's request to join an organisation, decided once by one of its members: accepted or refused,
 * never both, never changed. The person, the organisation and the member who decides are known by id.
 */
@Entity
@Table(name = "join_request")
class JoinRequest {

	enum Status {

		PENDING, ACCEPTED, REFUSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private long organisationId;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "created_at", nullable = false, insertable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Version
	private long version;

	protected JoinRequest() {
	}

	Long getId() {
		return this.id;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	long getOrganisationId() {
		return this.organisationId;
	}

	long getAccountId() {
		return this.accountId;
	}

	Status getStatus() {
		return this.status;
	}

	/**
	 * Accepts the request; the caller then admits its author to the organisation.
	 * @return false when it was accepted already (the same decision sent twice stands once)
	 * @throws JoinRequestAlreadyDecidedException when it was refused
	 */
	boolean accept(long deciderId, Instant now) {
		return decide(Status.ACCEPTED, deciderId, now);
	}

	/**
	 * Refuses the request.
	 * @return false when it was refused already
	 * @throws JoinRequestAlreadyDecidedException when it was accepted
	 */
	boolean refuse(long deciderId, Instant now) {
		return decide(Status.REFUSED, deciderId, now);
	}

	private boolean decide(Status decision, long deciderId, Instant now) {
		if (this.status == decision) {
			return false;
		}
		if (this.status != Status.PENDING) {
			throw new JoinRequestAlreadyDecidedException();
		}
		this.status = decision;
		this.decidedAt = now;
		this.decidedBy = deciderId;
		return true;
	}

}
