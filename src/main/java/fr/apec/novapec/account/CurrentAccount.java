package fr.apec.novapec.account;

import java.util.Set;

/**
 * Who is signed in, as every service that acts for someone receives it: resolved once per request on the
 * server from the session (see {@code web.CurrentAccountResolver}), never built from what a request says.
 * A controller declares a parameter of this type; services use its id to check membership and to record
 * who acted, and its roles to tell staff from applicants.
 * @param id the account's id
 * @param email its login, in the normalised form it is stored in
 * @param displayName the name it gave
 * @param roles what it may do
 */
public record CurrentAccount(long id, String email, String displayName, Set<Role> roles) {

	public CurrentAccount {
		roles = Set.copyOf(roles);
	}

	/** Whether the account holds this role. */
	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** Whether it acts for Apec: staff or an administrator (a reviewer alone does not). */
	public boolean isStaff() {
		return has(Role.STAFF) || has(Role.ADMIN);
	}

}
