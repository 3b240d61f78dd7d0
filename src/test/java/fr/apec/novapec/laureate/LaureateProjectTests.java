package fr.apec.novapec.laureate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import fr.apec.novapec.selection.RoundSummary;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A laureate project written through its aggregate is the one the showcase reads: its children land in
 * their tables, the database's triggers still compute its search document and move the showcase version
 * on, and its round's label and committee day are facts of its own record. Each test rolls back.
 */
@IntegrationTest
@Transactional
class LaureateProjectTests {

	@Autowired
	LaureateProjectRepository projects;

	@Autowired
	LaureateService laureates;

	@Autowired
	SelectionService selection;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLaureateWrittenThroughTheAggregateShowsOnTheShowcaseWithItsRoundAndIsFoundByItsCity() {
		long versionBefore = this.laureates.showcaseVersion();
		RoundSummary december = this.selection
			.nextRound(this.selection.novapecCall().id(), LocalDate.of(2024, 10, 1))
			.orElseThrow();
		LaureateProject project = new LaureateProject("atelier-des-possibles", "L'atelier des possibles", "territoires",
				2024, "Des ateliers pour des cadres en reconversion.", "Une description publiée.");
		project.selectedIn(december.id(), december.label(), december.committeeDate());
		project.addCarrier("Coopérative des possibles");
		project.addPartner("Réseau partenaire");
		project.addCarrier("Association seconde");
		project.actsIn("24");
		project.serves("cadres");
		project.addCity("Bourges", "24", true);
		project.plans(30);
		this.projects.save(project);
		this.entityManager.flush();

		assertThat(this.laureates.showcaseVersion()).isGreaterThan(versionBefore);
		Laureate shown = this.laureates.published("atelier-des-possibles").orElseThrow();
		assertThat(shown.roundLabel()).isEqualTo("Décembre 2024");
		assertThat(shown.committeeDate()).isEqualTo(LocalDate.of(2024, 12, 10));
		assertThat(shown.carriers()).containsExactly("Coopérative des possibles", "Association seconde");
		assertThat(shown.partners()).containsExactly("Réseau partenaire");
		assertThat(shown.regions()).extracting(Laureate.RegionName::code).containsExactly("24");
		assertThat(shown.cities()).containsExactly(new Laureate.City("Bourges", "24", true));
		assertThat(shown.plannedBeneficiaries()).isEqualTo(30);
		assertThat(shown.updatedAt()).isNotNull();
		assertThat(this.laureates.search(new LaureateFilter(null, null, null, null, "Bourges", 1, 10)).items())
			.extracting(Laureate::slug)
			.contains("atelier-des-possibles");
	}

	@Test
	void aFieldItsOrganisationDidNotAgreeToPublishStaysOffTheShowcaseAndOutOfTheSearch() {
		LaureateProject project = new LaureateProject("projet-discret", "Projet discret", "emploi", 2025,
				"Un résumé public.", "Une description confidentielle.");
		project.addCarrier("Association discrète");
		project.actsIn("53");
		project.serves("pme");
		project.addCity("Quimperlé", "53", false);
		project.publishOnly(Set.of("planned_beneficiaries"));
		this.projects.save(project);
		this.entityManager.flush();

		Laureate shown = this.laureates.published("projet-discret").orElseThrow();
		assertThat(shown.description()).isNull();
		assertThat(shown.cities()).isEmpty();
		assertThat(this.laureates.search(new LaureateFilter(null, null, null, null, "Quimperlé", 1, 10)).items())
			.extracting(Laureate::slug)
			.doesNotContain("projet-discret");
	}

	@Test
	void reachedBeneficiariesOfAnApplicationWithoutLaureateChangeNothing() {
		long versionBefore = this.laureates.showcaseVersion();
		assertThat(this.laureates.recordReachedBeneficiaries(-42, 10)).isFalse();
		assertThat(this.laureates.showcaseVersion()).isEqualTo(versionBefore);
	}

	@Test
	void theDecember2024LaureatesCarryTheirRoundsLabelAndCommitteeDay() {
		assertThat(this.jdbc.sql("""
				select count(*) from laureate_project
				where year = 2024 and selection_label = 'Décembre 2024' and selected_on = date '2024-12-10'""")
			.query(Long.class)
			.single()).isEqualTo(11);
		assertThat(this.laureates.allPublished()
			.stream()
			.filter((laureate) -> laureate.year() == 2024)
			.map(Laureate::roundLabel)
			.distinct()
			.toList()).isEqualTo(List.of("Décembre 2024"));
	}

	@Test
	void aLaureateOfARoundWithoutTheRoundsFactsIsRefusedByTheDatabase() {
		long december = this.selection.nextRound(this.selection.novapecCall().id(), LocalDate.of(2024, 10, 1))
			.orElseThrow()
			.id();
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql("""
				update laureate_project set round_id = :round, selection_label = null, selected_on = null
				where slug = 'pack-job-senior'""").param("round", december).update());
	}

}
