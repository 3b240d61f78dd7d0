package fr.apec.novapec.support;

import java.util.List;

import fr.apec.novapec.selection.RoundSummary;
import fr.apec.novapec.selection.SelectionService;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts laureate projects straight into the database, as a round's publication would. A bean of every
 * {@link IntegrationTest} context: tests inject it.
 */
public final class TestLaureates {

	private final JdbcClient jdbc;

	private final SelectionService selection;

	public TestLaureates(JdbcClient jdbc, SelectionService selection) {
		this.jdbc = jdbc;
		this.selection = selection;
	}

	/**
	 * A laureate with one carrier, one region, one public and one city.
	 * @param publishedFields the optional fields its organisation agreed to publish
	 */
	public long insert(String slug, String name, String region, String theme, String publicCode, String city,
			boolean published, List<String> publishedFields) {
		long id = this.jdbc.sql("""
				insert into laureate_project (slug, name, theme_code, year, summary, description,
				                              planned_beneficiaries, reached_beneficiaries, published, published_fields)
				values (:slug, :name, :theme, 2025, :summary, :description, 120, 35, :published,
				        cast(:fields as text[]))
				returning id""")
			.param("slug", slug)
			.param("name", name)
			.param("theme", theme)
			.param("summary", "Résumé de " + name)
			.param("description", "Description confidentielle de " + name)
			.param("published", published)
			.param("fields", "{" + String.join(",", publishedFields) + "}")
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into laureate_organisation (laureate_id, position, name, role) values (?, 1, ?, 'CARRIER')")
			.params(id, "Association " + name)
			.update();
		this.jdbc.sql("insert into laureate_organisation (laureate_id, position, name, role) values (?, 2, ?, 'PARTNER')")
			.params(id, "Partenaire discret " + slug)
			.update();
		this.jdbc.sql("insert into laureate_region (laureate_id, region_code) values (?, ?)").params(id, region).update();
		this.jdbc.sql("insert into laureate_public (laureate_id, public_code) values (?, ?)")
			.params(id, publicCode)
			.update();
		this.jdbc.sql("""
				insert into laureate_city (laureate_id, position, name, region_code, priority_neighbourhood)
				values (?, 1, ?, ?, true)""").params(id, city, region).update();
		return id;
	}

	/**
	 * A published laureate project linked to the application, every field published, no figure reached yet
	 * (a carrier, region 76, public « cadres »).
	 */
	public long publishedFrom(long applicationId, String slug) {
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

	/**
	 * Makes the laureate one of this round's, selected in the given year: as a round's publication will, it
	 * copies the round's label and committee day (read from the selection module) onto the laureate.
	 */
	public void selectedIn(long laureateId, long roundId, int year) {
		RoundSummary round = this.selection.round(roundId).orElseThrow();
		this.jdbc.sql("""
				update laureate_project set round_id = :round, selection_label = :label, selected_on = :committee,
				                            year = :year
				where id = :id""")
			.param("round", round.id())
			.param("label", round.label())
			.param("committee", round.committeeDate())
			.param("year", year)
			.param("id", laureateId)
			.update();
	}

	/** Every optional field published. */
	public static List<String> allFields() {
		return List.of("description", "partners", "cities", "planned_beneficiaries", "reached_beneficiaries");
	}

}
