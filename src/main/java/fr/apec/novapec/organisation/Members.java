package fr.apec.novapec.organisation;

import fr.apec.novapec.account.CurrentAccount;

import org.springframework.stereotype.Component;

/**
 * The one check behind every page of an organisation: is the signed-in account one of its members? Anyone
 * else, and any id that does not exist, gets {@link OrganisationNotFoundException}, so that guessing ids
 * tells nothing.
 */
@Component
class Members {

	private final OrganisationRepository organisations;

	Members(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	/** Passes when the account is a member of the organisation. */
	void require(long organisationId, CurrentAccount who) {
		if (!this.organisations.isMember(organisationId, who.id())) {
			throw new OrganisationNotFoundException();
		}
	}

}
