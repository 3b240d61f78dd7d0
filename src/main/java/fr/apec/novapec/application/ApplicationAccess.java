package fr.apec.novapec.application;

import fr.apec.novapec.account.CurrentAccount;

import fr.apec.novapec.organisation.OrganisationService;
import org.springframework.stereotype.Component;

/**
 * Who may reach an application, in one place: a member of its organisation reaches it, anyone else gets
 * {@link ApplicationNotFoundException} (a 404, like an id that does not exist). A change loads it locked.
 */
@Component
class ApplicationAccess {

	private final GrantApplicationRepository repository;

	private final OrganisationService organisations;

	ApplicationAccess(GrantApplicationRepository repository, OrganisationService organisations) {
		this.repository = repository;
		this.organisations = organisations;
	}

	/** Whether this account is a member of this organisation, as the organisation module says. */
	boolean isMember(long organisationId, long accountId) {
		return this.organisations.isMember(organisationId, accountId);
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

	/** The application, not locked, for staff, if it was ever submitted (a draft is not staff's to see). */
	GrantApplication forStaff(long id) {
		GrantApplication application = this.repository.findById(id).orElseThrow(ApplicationNotFoundException::new);
		if (!application.visibleToStaff()) {
			throw new ApplicationNotFoundException();
		}
		return application;
	}

	void requireMember(GrantApplication application, CurrentAccount who) {
		if (!isMember(application.organisationId(), who.id())) {
			throw new ApplicationNotFoundException();
		}
	}

}
