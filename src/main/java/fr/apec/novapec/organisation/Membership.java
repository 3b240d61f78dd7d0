package fr.apec.novapec.organisation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * That an account is a member of an organisation, since when: a row of table membership, part of the
 * {@link Organisation} aggregate. The account, another module's aggregate, is known by its id only.
 */
@Embeddable
class Membership {

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "joined_at", nullable = false)
	private Instant joinedAt;

	protected Membership() {
	}

	Membership(long accountId, Instant joinedAt) {
		this.accountId = accountId;
		// PostgreSQL keeps microseconds: the element compares equal to the row it becomes.
		this.joinedAt = joinedAt.truncatedTo(ChronoUnit.MICROS);
	}

	long accountId() {
		return this.accountId;
	}

	Instant joinedAt() {
		return this.joinedAt;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Membership that && this.accountId == that.accountId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.accountId);
	}

}
