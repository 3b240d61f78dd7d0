package fr.apec.novapec.report;

import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.organisation.DocumentVaultService;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Selected applications for the report tests, and the laureate projects published from them. */
final class SelectedApplications {

	private final TestApplications test;

	private final DocumentVaultService vault;

	private final JdbcClient jdbc;

	SelectedApplications(TestApplications test, DocumentVaultService vault, JdbcClient jdbc) {
		this.test = test;
		this.vault = vault;
		this.jdbc = jdbc;
	}

	/** A complete application, submitted and in review, not yet decided (see {@link TestApplications#newInReview}). */
	TestApplications.Draft newInReview(String title) {
		return this.test.newInReview(title, this.vault);
	}

	/** A selected application (see {@link TestApplications#newSelected}). */
	TestApplications.Draft newSelected(String title) {
		return this.test.newSelected(title, this.vault);
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
