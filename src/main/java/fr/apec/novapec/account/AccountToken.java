package fr.apec.novapec.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A single-use link sent by mail: only the SHA-256 of its token is kept. It is used once, before it expires;
 * {@link AccountTokens} finds it locked, so that of two clicks only the first uses it.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 20)
	private AccountTokens.Purpose purpose;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(name = "token_hash", nullable = false, updatable = false, length = 64)
	private String tokenHash;

	/** The address a CHANGE_EMAIL link confirms; null for the other purposes. */
	@Column(name = "new_email", updatable = false)
	private String newEmail;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected AccountToken() {
	}

	AccountToken(long accountId, AccountTokens.Purpose purpose, String tokenHash, String newEmail, Instant now,
			Duration validity) {
		this.accountId = accountId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.newEmail = newEmail;
		this.createdAt = now;
		this.expiresAt = now.plus(validity);
	}

	/** Uses the link: it cannot be used again. */
	void use(Instant now) {
		this.usedAt = now;
	}

	long accountId() {
		return this.accountId;
	}

	String newEmail() {
		return this.newEmail;
	}

}
