package fr.apec.novapec;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import fr.apec.novapec.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SchemaAndReferenceDataTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.jpa.hibernate.ddl-auto}")
	String ddlAuto;

	@Test
	void everyMigrationAppliedOnTheEmptyTestDatabaseAndHibernateOnlyValidates() throws Exception {
		long migrationFiles;
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
			migrationFiles = files.filter((file) -> file.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
		}
		MigrationInfo[] applied = this.flyway.info().applied();
		assertThat(applied).hasSize((int) migrationFiles);
		assertThat(Arrays.stream(applied).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
		assertThat(this.flyway.info().pending()).isEmpty();
		// The context started, so Hibernate validated every entity against the schema Flyway made.
		assertThat(this.ddlAuto).isEqualTo("validate");
	}

	@Test
	void theEighteenRegionsAreThereWithTheirInseeCodesOverseasIncluded() {
		List<String> codes = this.jdbc.sql("select code from region order by code").query(String.class).list();
		assertThat(codes).containsExactly("01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53",
				"75", "76", "84", "93", "94");
		assertThat(this.jdbc.sql("select name from region where code = '06'").query(String.class).single())
			.isEqualTo("Mayotte");
		assertThat(this.jdbc.sql("select count(*) from region where overseas").query(Long.class).single()).isEqualTo(5);
	}

	@Test
	void theThreeThemesAndTheThreePublicsHaveTheirCodes() {
		assertThat(this.jdbc.sql("select code from theme order by position").query(String.class).list())
			.containsExactly("emploi", "territoires", "environnement");
		assertThat(this.jdbc.sql("select code from target_public order by position").query(String.class).list())
			.containsExactly("cadres", "jeunes-diplomes", "pme");
	}

	@Test
	void theLegalFormsOfEssOrganisationsAreThere() {
		assertThat(this.jdbc.sql("select code from legal_form where ess_by_law").query(String.class).list())
			.containsExactlyInAnyOrder("association", "scop", "scic", "cooperative", "mutuelle", "fondation");
		assertThat(this.jdbc.sql("select ess_by_law from legal_form where code = 'societe-commerciale'")
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void theProgrammeYear2025HasItsBudgetOfFourMillionEurosExactly() {
		BigDecimal budget = this.jdbc.sql("select budget from programme_year where year = 2025")
			.query(BigDecimal.class)
			.single();
		assertThat(budget).isEqualTo(new BigDecimal("4000000.00"));
	}

	@Test
	void theContinuousNovapecCallHasItsDecember2024Round() {
		assertThat(this.jdbc.sql("select count(*) from call_for_projects where slug = 'novapec' and closes_on is null")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from call_theme").query(Long.class).single()).isEqualTo(3);
		assertThat(this.jdbc.sql("""
				select extract(year from committee_date)::int * 100 + extract(month from committee_date)::int
				from selection_round where label = 'Décembre 2024'""").query(Integer.class).single()).isEqualTo(202412);
	}

	@Test
	void theElevenLaureatesOfDecember2024AreLoadedWithRegionsPublicsAndCarriers() {
		assertThat(this.jdbc.sql("select count(*) from laureate_project where year = 2024 and published")
			.query(Long.class)
			.single()).isEqualTo(11);
		assertThat(this.jdbc.sql("""
				select count(*) from laureate_project l
				where not exists (select 1 from laureate_region r where r.laureate_id = l.id)
				   or not exists (select 1 from laureate_public p where p.laureate_id = l.id)
				   or not exists (select 1 from laureate_organisation o where o.laureate_id = l.id and o.role = 'CARRIER')
				   or l.round_id is null""").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("""
				select r.region_code from laureate_project l join laureate_region r on r.laureate_id = l.id
				where l.slug = 'iress'""").query(String.class).single()).isEqualTo("06");
		assertThat(this.jdbc.sql("select sum(planned_beneficiaries) from laureate_project").query(Long.class).single())
			.isEqualTo(70 + 40 + 250 + 45 + 450);
	}

	@Test
	void theDatabaseRefusesNegativeAmountsAndNonPositiveBeneficiaries() {
		assertThat(violates("insert into programme_year (year, budget) values (2030, -1)")).isTrue();
		assertThat(violates("update laureate_project set planned_beneficiaries = 0 where slug = 'iress'")).isTrue();
		assertThat(violates("insert into region (code, name, overseas, position) values ('9A', 'X', false, 99)"))
			.isTrue();
	}

	private boolean violates(String sql) {
		try {
			this.jdbc.sql(sql).update();
			return false;
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			return true;
		}
	}

}
