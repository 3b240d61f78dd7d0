package fr.apec.novapec.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Apec's staff as the other modules need them: the regional teams, the reviewers to assign, a member by id
 * with how it wants to be notified. Only enabled accounts are returned (a disabled or invited one cannot act),
 * each read in one query whatever the number of members. No role is checked here: background jobs (the
 * notification mails) call it without anyone signed in, and it gives nothing an applicant could act upon.
 */
@Service
public class StaffDirectory {

	private final AccountQueries queries;

	StaffDirectory(AccountQueries queries) {
		this.queries = queries;
	}

	/** The INSEE codes of the regions whose team this account belongs to; empty when it has no team. */
	@Transactional(readOnly = true)
	public Set<String> regionsOf(long accountId) {
		return this.queries.regionsOf(accountId);
	}

	/**
	 * The enabled staff members (STAFF or ADMIN) in the team of at least one of these regions, by name.
	 * @return empty when no region is given
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> staffOfRegions(Collection<String> regionCodes) {
		if (regionCodes.isEmpty()) {
			return List.of();
		}
		return this.queries.staffOfRegions(regionCodes);
	}

	/** The enabled accounts holding the REVIEWER role, by name. */
	@Transactional(readOnly = true)
	public List<StaffMember> reviewers() {
		return this.queries.reviewers();
	}

	/**
	 * The staff member with this id: an enabled account holding STAFF, REVIEWER or ADMIN; empty otherwise (an
	 * applicant, a disabled or invited account, no account).
	 */
	@Transactional(readOnly = true)
	public Optional<StaffMember> member(long id) {
		return this.queries.member(id);
	}



}
