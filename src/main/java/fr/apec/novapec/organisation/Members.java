package fr.apec.novapec.organisation;

import fr.apec.novapec.shared.EmailAddresses;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one check behind every page of an organisation: is this login one of its members? A member gets
 * its account id; anyone else, and any id that does not exist, gets {@link OrganisationNotFoundException}.
 */
@Component
class Members {

	private final JdbcClient jdbc;

	Members(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The account id of this login if it is a member of the organisation. */
	long require(long organisationId, String email) {
		return this.jdbc.sql("""
				select a.id from account a
				join membership m on m.account_id = a.id
				where m.organisation_id = :organisation and a.email = :email""")
			.param("organisation", organisationId)
			.param("email", normalise(email))
			.query(Long.class)
			.optional()
			.orElseThrow(OrganisationNotFoundException::new);
	}

	/** The account id of this login; every signed-in person has one. */
	long accountId(String email) {
		return this.jdbc.sql("select id from account where email = :email")
			.param("email", normalise(email))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException("No account for the signed-in login"));
	}

	static String normalise(String email) {
		return EmailAddresses.normalise(email);
	}

}
