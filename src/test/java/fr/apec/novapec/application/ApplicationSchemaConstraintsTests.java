package fr.apec.novapec.application;

import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rules of a draft hold in the database too, whatever code writes to it. */
@IntegrationTest
class ApplicationSchemaConstraintsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestApplications test;

	long id;

	@BeforeEach
	void draft() {
		this.id = this.test.newDraft("Contraintes").id();
		this.jdbc.sql("insert into application_region (application_id, region_code, lead) values (?, '76', true)")
			.param(this.id)
			.update();
		this.jdbc.sql("insert into application_public (application_id, public_code) values (?, 'cadres')")
			.param(this.id)
			.update();
	}

	@Test
	void aCityMustLieInOneOfTheApplicationsRegions() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(
				"insert into application_city (application_id, position, name, region_code) values (?, 1, 'Lille', '32')")
			.param(this.id)
			.update());
	}

	@Test
	void beneficiariesArePlannedAboveZeroAndOnlyForATargetedPublic() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(
				"insert into application_beneficiary (application_id, public_code, planned) values (?, 'cadres', 0)")
			.param(this.id)
			.update());
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(
				"insert into application_beneficiary (application_id, public_code, planned) values (?, 'pme', 10)")
			.param(this.id)
			.update());
	}

	@Test
	void aCoFunderAmountIsNeverNegative() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(
				"insert into co_funder (application_id, position, name, amount) values (?, 1, 'Fonds', -1)")
			.param(this.id)
			.update());
	}

	@Test
	void theAmountRequestedNeverExceedsTheTotalAndTheDurationSixtyMonths() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.sql("update grant_application set total_budget = 100, requested_amount = 100.01 where id = ?")
			.param(this.id)
			.update());
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.sql("update grant_application set duration_months = 61 where id = ?")
			.param(this.id)
			.update());
	}

}
