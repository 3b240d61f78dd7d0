package fr.apec.novapec.showcase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static fr.apec.novapec.support.Text.plainSpaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page's figures say what they are: no « 0 » beneficiaries reached while no report has been approved
 * (it says when the first reports are due instead). Each test sets, in its own rolled-back transaction, the
 * state it is about, whatever other tests left in the shared database.
 */
@IntegrationTest
@Transactional
class HomeFiguresTests {

	private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestApplications applications;

	@Autowired
	Clock clock;

	@Test
	void beforeAnyApprovedReportTheHomePageSaysWhenTheFirstReportsAreDueInsteadOfZero() throws Exception {
		noReportApprovedAndNoSelectedProjectStarted();
		LocalDate start = LocalDate.now(this.clock).plusMonths(1);
		selectedProjectStarting(start);
		String html = plainSpaces(home());
		assertThat(html).contains("<dd data-figure=\"reached\" class=\"figure-text\">Premiers bilans attendus à partir du "
				+ FRENCH_DAY.format(start.plusMonths(6)) + " : ce chiffre paraîtra dès qu")
			.doesNotContain("data-figure=\"reached\">0<");
	}

	@Test
	void whenTheFirstReportIsLateTheHomePageSaysSinceWhenItWasDue() throws Exception {
		noReportApprovedAndNoSelectedProjectStarted();
		LocalDate start = LocalDate.now(this.clock).minusMonths(10);
		selectedProjectStarting(start);
		selectedProjectStarting(start.plusMonths(2));
		assertThat(plainSpaces(home())).contains(
				"<dd data-figure=\"reached\" class=\"figure-text\">Premiers bilans attendus depuis le "
						+ FRENCH_DAY.format(start.plusMonths(6)) + " : ce chiffre paraîtra dès qu");
	}

	@Test
	void withoutAnySelectedProjectTheHomePageSaysReportsComeMonthsAfterAProjectStarts() throws Exception {
		noReportApprovedAndNoSelectedProjectStarted();
		assertThat(plainSpaces(home())).contains(
				"<dd data-figure=\"reached\" class=\"figure-text\">Chaque projet envoie un premier bilan 6 mois après son lancement");
	}

	@Test
	void onceAReportIsApprovedTheHomePageShowsTheBeneficiariesReached() throws Exception {
		noReportApprovedAndNoSelectedProjectStarted();
		this.jdbc.sql("""
				update laureate_project set reached_beneficiaries = 35,
				       published_fields = array_append(published_fields, 'reached_beneficiaries')
				where slug = 'iress'""").update();
		assertThat(plainSpaces(home())).contains("<dd data-figure=\"reached\">35</dd>");
	}

	@Test
	void aReachedFigureNoLaureateAgreedToPublishIsNotDisclosedRatherThanZero() throws Exception {
		noReportApprovedAndNoSelectedProjectStarted();
		this.jdbc.sql("""
				update laureate_project set reached_beneficiaries = 35,
				       published_fields = array_remove(published_fields, 'reached_beneficiaries')
				where slug = 'iress'""").update();
		assertThat(plainSpaces(home())).contains("<dd data-figure=\"reached\" class=\"figure-text\">non communiqué</dd>");
	}

	private void noReportApprovedAndNoSelectedProjectStarted() {
		this.jdbc.sql("update laureate_project set reached_beneficiaries = null where reached_beneficiaries is not null")
			.update();
		this.jdbc.sql("update grant_application set start_date = null where status = 'SELECTED'").update();
	}

	private void selectedProjectStarting(LocalDate start) {
		long id = this.applications.newSelected("Projet sélectionné " + start).id();
		this.jdbc.sql("update grant_application set start_date = :start, duration_months = 18 where id = :id")
			.param("start", start)
			.param("id", id)
			.update();
	}

	private String home() throws Exception {
		return this.mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
