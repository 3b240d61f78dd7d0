package fr.apec.novapec.account;

import java.util.Set;

/**
 * A member of Apec's staff as other modules know it: who to assign, whom to notify and how.
 *
 * @param id the account's id
 * @param email its login, where to mail it
 * @param displayName the name it gave
 * @param roles what it may do (STAFF, REVIEWER, ADMIN; an APPLICANT role it also holds is left in)
 * @param regionCodes the INSEE codes of the regions whose team it belongs to (empty: no regional team)
 * @param notification how it wants to hear of events
 */
public record StaffMember(long id, String email, String displayName, Set<Role> roles, Set<String> regionCodes,
		StaffNotification notification) {

	public StaffMember {
		roles = Set.copyOf(roles);
		regionCodes = Set.copyOf(regionCodes);
	}

}
