package fr.apec.novapec.application;

import fr.apec.novapec.account.CurrentAccount;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may reach an application, in one place: a member of its organisation reaches it, anyone else gets
 * {@link ApplicationNotFoundException} (a 404, like an id that does not exist). A change loads it locked.
 */
@Component
class ApplicationAccess {

	private final GrantApplicationRepository repository;

	private final JdbcClient jdbc;

	ApplicationAccess(GrantApplicationRepository repository, JdbcClient jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	/**
	 * Whether this account is a member of this organisation.
	 */
	// The organisation module's membership table is read here, and only here, until
	// OrganisationService.isMember (issue 11, its owner's API) is on main.
	boolean isMember(long organisationId, long accountId) {
		return this.jdbc
			.sql("select exists (select 1 from membership where organisation_id = :organisation and account_id = :account)")
			.param("organisation", organisationId)
			.param("account", accountId)
			.query(Boolean.class)
			.single();
	}

	/** The application, locked until the end of the transaction, if this account is a member of its organisation. */
	GrantApplication lockedForMember(long id, CurrentAccount who) {
		GrantApplication application = this.repository.findForUpdate(id).orElseThrow(ApplicationNotFoundException::new);
		requireMember(application, who);
		return application;
	}

	/** The application, not locked, if this account is a member of its organisation. */
	GrantApplication forMember(long id, CurrentAccount who) {
		GrantApplication application = this.repository.findById(id).orElseThrow(ApplicationNotFoundException::new);
		requireMember(application, who);
		return application;
	}

	/** The application, locked until the end of the transaction, for staff. */
	GrantApplication lockedForStaff(long id) {
		return this.repository.findForUpdate(id).orElseThrow(ApplicationNotFoundException::new);
	}

	void requireMember(GrantApplication application, CurrentAccount who) {
		if (!isMember(application.organisationId(), who.id())) {
			throw new ApplicationNotFoundException();
		}
	}

}
