package fr.apec.novapec.account;

/** What an account may do. An account may hold several roles. */
public enum Role {

	/** A member of an ESS organisation who writes applications (/espace). */
	APPLICANT,

	/** Apec programme staff who run calls, rounds and decisions (/gestion). */
	STAFF,

	/** Staff or an expert who scores the applications assigned to them (/gestion). */
	REVIEWER,

	/** Staff who also manage accounts and settings. */
	ADMIN;

	/** The roles of Apec's side, which administrators give at /gestion/equipe. */
	public static final java.util.Set<Role> STAFF_ROLES = java.util.Collections
		.unmodifiableSet(java.util.EnumSet.of(STAFF, REVIEWER, ADMIN));

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
