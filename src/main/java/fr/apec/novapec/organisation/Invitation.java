package fr.apec.novapec.organisation;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Version;

/**
 * An invitation by e-mail to join an organisation (table organisation_invitation): a link that works
 * once, until it expires, for the account whose login is the invited address. Only the SHA-256 of the
 * link's token is kept.
 */
@Entity
@Table(name = "organisation_invitation")
class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private long organisationId;

	@Column(nullable = false, updatable = false)
	private String email;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(name = "token_hash", nullable = false, updatable = false, length = 64)
	private String tokenHash;

	@Column(name = "invited_by")
	private Long invitedBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@Column(name = "used_by")
	private Long usedBy;

	@Version
	private long version;

	protected Invitation() {
	}

	/**
	 * @param email the invited address, normalised
	 * @param tokenHash the SHA-256 of the link's token
	 */
	Invitation(long organisationId, String email, String tokenHash, long invitedBy, Instant now,
			Duration validity) {
		this.organisationId = organisationId;
		this.email = email;
		this.tokenHash = tokenHash;
		this.invitedBy = invitedBy;
		this.createdAt = now;
		this.expiresAt = now.plus(validity);
	}

	long getOrganisationId() {
		return this.organisationId;
	}

	String getEmail() {
		return this.email;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	/**
	 * What the link offers to this account.
	 * @param login the account's login
	 * @param member whether that account is a member of the organisation already
	 */
	InvitationLink.Status statusFor(String login, boolean member, Instant now) {
		if (member && this.email.equals(login)) {
			// Also after the link was used by this very account (the form sent twice).
			return InvitationLink.Status.ALREADY_MEMBER;
		}
		if (this.usedAt != null) {
			return InvitationLink.Status.USED;
		}
		if (!this.expiresAt.isAfter(now)) {
			return InvitationLink.Status.EXPIRED;
		}
		if (!this.email.equals(login)) {
			return InvitationLink.Status.WRONG_ACCOUNT;
		}
		return InvitationLink.Status.VALID;
	}

	/**
	 * Uses the link: it never works again.
	 * @throws IllegalStateException unless it is {@code VALID} for this account
	 */
	void use(long accountId, String login, Instant now) {
		if (statusFor(login, false, now) != InvitationLink.Status.VALID) {
			throw new IllegalStateException("The invitation cannot be used");
		}
		this.usedAt = now;
		this.usedBy = accountId;
	}

}
