package fr.apec.novapec.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A person who can sign in. The e-mail address, in lower case, is the login. */
@Entity
@Table(name = "account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "email_verified_at")
	private Instant emailVerifiedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role", nullable = false)
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected Account() {
	}

	Account(String email, String passwordHash, String displayName, Set<Role> roles, boolean emailVerified) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.roles = EnumSet.copyOf(roles);
		this.emailVerifiedAt = emailVerified ? this.createdAt : null;
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	String getDisplayName() {
		return this.displayName;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	boolean isEmailVerified() {
		return this.emailVerifiedAt != null;
	}

	Set<Role> getRoles() {
		return this.roles;
	}

	void grant(Role role) {
		this.roles.add(role);
	}

	/** Marks the address as verified, once: a later link does not move the date. */
	void verifyEmail(Instant now) {
		if (this.emailVerifiedAt == null) {
			this.emailVerifiedAt = now;
		}
	}

	/** Takes a new password hash (the caller hashed it). */
	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void rename(String displayName) {
		this.displayName = displayName;
	}

	/** Makes a confirmed new address the login: following the link to it proved it. */
	void changeEmail(String email, Instant now) {
		this.email = email;
		this.emailVerifiedAt = now;
	}

}
