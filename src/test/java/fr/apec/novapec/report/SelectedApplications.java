package fr.apec.novapec.report;

import fr.apec.novapec.application.Actor;
import fr.apec.novapec.application.ApplicationService;
import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.support.IntegrationTest;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Selected applications for the report tests: a complete draft submitted by its member, taken into review
 * by staff through the lifecycle, then selected. Two steps go behind the lifecycle's back, as later issues
 * will do them: the submission joins the December 2024 round (no round is open today), and the selection
 * sets the awarded amount with the state (the committee's {@code changeStatus} to SELECTED cannot set it,
 * and the table requires it).
 */
final class SelectedApplications {

	private final TestApplications test;

	private final ApplicationService applications;

	private final DocumentVaultService vault;

	private final JdbcClient jdbc;

	SelectedApplications(TestApplications test, ApplicationService applications, DocumentVaultService vault,
			JdbcClient jdbc) {
		this.test = test;
		this.applications = applications;
		this.vault = vault;
		this.jdbc = jdbc;
	}

	/** A complete application, submitted and in review, not yet decided. */
	TestApplications.Draft newInReview(String title) {
		TestApplications.Draft draft = this.test.newCompleteDraft(title, this.vault);
		this.applications.submit(draft.id(), draft.member());
		this.jdbc.sql("update grant_application set round_id = (select id from selection_round order by id limit 1) where id = ?")
			.param(draft.id())
			.update();
		this.applications.changeStatus(draft.id(), IntegrationTest.ADMIN_EMAIL, Actor.STAFF,
				ApplicationStatus.IN_REVIEW, null);
		return draft;
	}

	/**
	 * A selected application: starts on 1 March 2027 for 18 months, targets cadres (40 planned) and jeunes
	 * diplômés (25 planned), one indicator « Cadres accompagnés » with a target of 40.
	 */
	TestApplications.Draft newSelected(String title) {
		TestApplications.Draft draft = newInReview(title);
		this.test.forceStatus(draft.id(), ApplicationStatus.SELECTED);
		return draft;
	}

	/** A published laureate project linked to the application, every field published, no figure reached yet. */
	long newLaureate(long applicationId, String slug) {
		long id = this.jdbc.sql("""
				insert into laureate_project (slug, name, theme_code, year, application_id, summary, description,
				                              planned_beneficiaries, published)
				values (:slug, :name, 'emploi', 2026, :application, 'Résumé du lauréat.', 'Description du lauréat.',
				        65, true)
				returning id""")
			.param("slug", slug)
			.param("name", "Lauréat " + slug)
			.param("application", applicationId)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into laureate_organisation (laureate_id, position, name, role) values (?, 1, ?, 'CARRIER')")
			.params(id, "Association " + slug)
			.update();
		this.jdbc.sql("insert into laureate_region (laureate_id, region_code) values (?, '76')").params(id).update();
		this.jdbc.sql("insert into laureate_public (laureate_id, public_code) values (?, 'cadres')").params(id).update();
		return id;
	}

}
