package fr.apec.novapec.application;

import java.util.Map;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.organisation.TestOrganisations;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applicants, their organisations and drafts for the tests; every call makes new ones, so tests never
 * collide in the shared database.
 */
public final class TestApplications {

	private final TestOrganisations organisations;

	private final ApplicationService applications;

	private final JdbcClient jdbc;

	public TestApplications(AccountService accounts, OrganisationService organisations,
			ApplicationService applications, JdbcClient jdbc) {
		this.organisations = new TestOrganisations(accounts, organisations, jdbc);
		this.applications = applications;
		this.jdbc = jdbc;
	}

	public TestOrganisations organisations() {
		return this.organisations;
	}

	/** A new applicant, member of a new organisation, with a draft of that organisation. */
	public Draft newDraft(String title) {
		String member = this.organisations.newApplicant("Membre");
		long organisation = this.organisations.newOrganisation(member, "Organisation " + title);
		long id = this.applications.createDraft(member, organisation, title);
		return new Draft(member, organisation, id);
	}

	/** Sets the state behind the lifecycle's back, as a later stage would have (a round is attached). */
	public void forceStatus(long applicationId, ApplicationStatus status) {
		this.jdbc.sql("""
				update grant_application set status = :status,
				       round_id = (select id from selection_round order by id limit 1),
				       awarded_amount = case when :status = 'SELECTED' then 1000 else null end
				where id = :id""")
			.param("status", status.name())
			.param("id", applicationId)
			.update();
	}

	/** The columns of the application, as the database holds them. */
	public Map<String, Object> row(long applicationId) {
		return this.jdbc.sql("select * from grant_application where id = :id").param("id", applicationId).query().singleRow();
	}

	/** A new draft and who may write it. */
	public record Draft(String member, long organisationId, long id) {
	}

}
