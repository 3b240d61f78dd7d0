package fr.apec.novapec.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads of an organisation that join the reference tables (region, legal_form), which have no entity:
 * plain SQL over the module's own tables and those reference tables only.
 */
@Component
class OrganisationQueries {

	private static final String DETAILS = """
			select o.id, o.name, o.siret, o.rna, o.court_register, o.legal_form_code, o.esus, o.address_line,
			       o.postcode, o.city, o.region_code, r.name as region_name, o.website, o.created_at,
			       o.version
			from organisation o
			join region r on r.code = o.region_code
			where o.id = :organisation""";

	private static final String MEMBER = " and exists (select 1 from membership m"
			+ " where m.organisation_id = o.id and m.account_id = :account)";

	private final JdbcClient jdbc;

	OrganisationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The organisation, if this account is one of its members. */
	Optional<OrganisationDetails> details(long organisationId, long accountId) {
		return this.jdbc.sql(DETAILS + MEMBER)
			.param("organisation", organisationId)
			.param("account", accountId)
			.query(OrganisationDetails.class)
			.optional();
	}

	/** The organisation, whoever asks (the caller answers for the reader). */
	Optional<OrganisationDetails> details(long organisationId) {
		return this.jdbc.sql(DETAILS).param("organisation", organisationId).query(OrganisationDetails.class).optional();
	}

	/** Its standing in the ESS, whoever asks (the caller answers for the reader being staff). */
	Optional<OrganisationProfile> profile(long organisationId) {
		return this.jdbc.sql("""
				select o.id, o.name, o.legal_form_code, f.ess_by_law, o.esus, o.region_code
				from organisation o
				join legal_form f on f.code = o.legal_form_code
				where o.id = :organisation""")
			.param("organisation", organisationId)
			.query(OrganisationProfile.class)
			.optional();
	}

	/** Its standing in the ESS, if this account is one of its members. */
	Optional<OrganisationProfile> profile(long organisationId, long accountId) {
		return this.jdbc.sql("""
				select o.id, o.name, o.legal_form_code, f.ess_by_law, o.esus, o.region_code
				from organisation o
				join legal_form f on f.code = o.legal_form_code
				where o.id = :organisation""" + MEMBER)
			.param("organisation", organisationId)
			.param("account", accountId)
			.query(OrganisationProfile.class)
			.optional();
	}

	/** The name and SIRET of each of these organisations, in one statement whatever their number (an array). */
	List<OrganisationSummary> summaries(Long[] ids) {
		return this.jdbc.sql("select o.id, o.name, o.siret, o.city from organisation o where o.id = any(:ids)")
			.param("ids", ids)
			.query(OrganisationSummary.class)
			.list();
	}

}
