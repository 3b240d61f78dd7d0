package fr.apec.novapec.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
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

	/** Invited by an administrator and not yet arrived: disabled until the mailed link is followed. */
	@Column(name = "invitation_pending", nullable = false)
	private boolean invitationPending;

	@Column(name = "staff_notification", nullable = false)
	@Enumerated(EnumType.STRING)
	private StaffNotification staffNotification = StaffNotification.EACH_EVENT;

	/** The regions whose team this staff member belongs to. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "staff_team_region", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "region_code", nullable = false)
	private Set<String> teamRegions = new HashSet<>();

	protected Account() {
	}

	Account(String email, String passwordHash, String displayName, Set<Role> roles, boolean emailVerified) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.roles = EnumSet.copyOf(roles);
		this.emailVerifiedAt = emailVerified ? this.createdAt : null;
	}

	/**
	 * An account for a person an administrator invites: disabled, its address not verified, until the invitee
	 * follows the mailed link, names itself and chooses a password ({@link #acceptInvitation}).
	 */
	static Account invited(String email, String unusablePasswordHash, String placeholderName, Set<Role> roles,
			Set<String> teamRegions) {
		Account account = new Account(email, unusablePasswordHash, placeholderName, roles, false);
		account.enabled = false;
		account.invitationPending = true;
		account.teamRegions = new HashSet<>(teamRegions);
		return account;
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

	boolean isInvitationPending() {
		return this.invitationPending;
	}

	StaffNotification getStaffNotification() {
		return this.staffNotification;
	}

	Set<String> getTeamRegions() {
		return this.teamRegions;
	}

	/** Replaces the staff roles (STAFF, REVIEWER, ADMIN) by these; an applicant's role is kept as it is. */
	void changeStaffRoles(Set<Role> staffRoles) {
		this.roles.removeAll(Role.STAFF_ROLES);
		staffRoles.stream().filter(Role.STAFF_ROLES::contains).forEach(this.roles::add);
	}

	void changeTeam(Set<String> regionCodes) {
		this.teamRegions.clear();
		this.teamRegions.addAll(regionCodes);
	}

	/** The invitee arrives: its name and password are its own from now on, and it may log in. */
	void acceptInvitation(String displayName, String passwordHash, Instant now) {
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.invitationPending = false;
		this.enabled = true;
		verifyEmail(now);
	}

	/** Stops the account from logging in (an invitation still pending is withdrawn with it). */
	void disable() {
		this.enabled = false;
		this.invitationPending = false;
	}

	/** Lets a disabled account log in again; an invitation not yet accepted stays pending. */
	void enable() {
		if (!this.invitationPending) {
			this.enabled = true;
		}
	}

	void chooseNotification(StaffNotification notification) {
		this.staffNotification = notification;
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
