package fr.apec.novapec.organisation;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and their members. */
@Service
public class OrganisationService {

	private final JdbcClient jdbc;

	OrganisationService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The organisations the account with this login belongs to, by name; never anyone else's. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> organisationsOf(String email) {
		return this.jdbc.sql("""
				select o.id, o.name, o.siret, o.city
				from organisation o
				join membership m on m.organisation_id = o.id
				join account a on a.id = m.account_id
				where a.email = :email
				order by o.name
				""")
			.param("email", email.toLowerCase(Locale.ROOT))
			.query(OrganisationSummary.class)
			.list();
	}

}
