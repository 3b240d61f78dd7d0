package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.util.Map;

import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.StatementCounter;
import fr.apec.novapec.support.Text;
import fr.apec.novapec.application.TestApplications;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /gestion/budget: administrators add programme years and change budgets and envelopes (never a budget below what
 * is awarded, never from a stale form); staff read it; reviewers and applicants are refused; its figures by theme
 * and by region are what a hand computation gives, in a fixed number of statements whatever the number of awards.
 */
@IntegrationTest
class BudgetPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BudgetService budget;

	@Autowired
	TestAwards awards;

	@org.junit.jupiter.api.AfterEach
	void forgetTestYears() {
		this.awards.forgetTestYears();
	}

	@Autowired
	TestApplications applications;

	@Test
	void anAdminAddsAYearThenCannotSetItsBudgetBelowWhatIsAwarded() throws Exception {
		this.mvc.perform(post("/gestion/budget/annees").with(admin()).with(csrf()).param("year", "2081")
				.param("amount", "100 000"))
			.andExpect(redirectedUrl("/gestion/budget/2081"))
			.andExpect(flash().attribute("notice", "L'année 2081 est ouverte."));
		this.awards.award("Projet de 60 000 €", 2081, "60000", "emploi", "76");

		String refused = page(post("/gestion/budget/2081/montant").with(admin()).with(csrf())
			.param("budget", "50 000").param("version", String.valueOf(version(2081))));
		assertThat(refused).contains("Le budget ne peut pas descendre sous ce qui est déjà attribué cette année : 60 000 €.")
			.contains("value=\"50 000\"");
		assertThat(budgetOf(2081)).isEqualByComparingTo("100000");

		this.mvc.perform(post("/gestion/budget/2081/montant").with(admin()).with(csrf()).param("budget", "60000,00")
				.param("version", String.valueOf(version(2081))))
			.andExpect(redirectedUrl("/gestion/budget/2081"));
		assertThat(budgetOf(2081)).isEqualByComparingTo("60000");
	}

	@Test
	void aBudgetFormReadBeforeAnotherChangeSavesNothingAndSaysSo() throws Exception {
		this.awards.year(2082, "500000");
		long read = version(2082);
		this.mvc.perform(post("/gestion/budget/2082/montant").with(admin()).with(csrf()).param("budget", "600000")
				.param("version", String.valueOf(read)))
			.andExpect(redirectedUrl("/gestion/budget/2082"));
		String stale = page(post("/gestion/budget/2082/montant").with(admin()).with(csrf()).param("budget", "700000")
			.param("version", String.valueOf(read)));
		assertThat(stale).contains("Cette année a été modifiée par ailleurs depuis l'ouverture de la page");
		assertThat(budgetOf(2082)).isEqualByComparingTo("600000");

		// So does an envelopes form, and a text that is no amount is refused beside its field, kept as typed.
		String envelopes = page(post("/gestion/budget/2082/enveloppes").with(admin()).with(csrf())
			.param("themes[emploi]", "200000").param("version", String.valueOf(read)));
		assertThat(envelopes).contains("Cette année a été modifiée par ailleurs");
		String invalid = page(post("/gestion/budget/2082/enveloppes").with(admin()).with(csrf())
			.param("themes[emploi]", "deux cents").param("version", String.valueOf(version(2082))));
		assertThat(invalid).contains("Saisissez un montant en euros positif").contains("value=\"deux cents\"");
		assertThat(envelopeCount(2082)).isZero();
	}

	@Test
	void staffCannotEditBudgetsAndReviewersOrApplicantsCannotSeeThePage() throws Exception {
		this.awards.year(2083, "100000");
		String staff = this.applications.organisations().newStaff("Sam Budget");
		this.mvc.perform(get("/gestion/budget/2083").with(user(staff).roles("STAFF"))).andExpect(status().isOk());
		for (var request : new org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder[] {
				post("/gestion/budget/annees").param("year", "2084").param("amount", "1"),
				post("/gestion/budget/2083/montant").param("budget", "1").param("version", String.valueOf(version(2083))),
				post("/gestion/budget/2083/enveloppes").param("themes[emploi]", "1") }) {
			this.mvc.perform(request.with(user(staff).roles("STAFF")).with(csrf())).andExpect(status().isForbidden());
		}
		// The service says so too, whatever the URL rules.
		assertThatThrownBy(() -> Acting.asStaff(staff, () -> this.budget.changeBudget(2083, BigDecimal.ONE, version(2083))))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(budgetOf(2083)).isEqualByComparingTo("100000");
		assertThat(this.jdbc.sql("select count(*) from programme_year where year = 2084").query(Long.class).single()).isZero();

		for (String role : new String[] { "REVIEWER", "APPLICANT" }) {
			this.mvc.perform(get("/gestion/budget/2083").with(user("someone@example.org").roles(role)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/gestion/budget/budget.xlsx").with(user("someone@example.org").roles(role)))
				.andExpect(status().isForbidden());
		}
		assertThatThrownBy(() -> Acting.as("someone@example.org", "REVIEWER", () -> this.budget.page(2083, 1, 50)))
			.isInstanceOf(AccessDeniedException.class);
		this.mvc.perform(get("/gestion/budget/2083")).andExpect(status().is3xxRedirection());
	}

	/**
	 * Three awards and one tranche paid: 10 000 € (emploi, Occitanie 76) whose first tranche of 5 000 € is paid,
	 * 2 500,50 € (emploi, Île-de-France 11), 7 000 € (territoires, Occitanie 76), against envelopes of 12 000 € for
	 * emploi and 5 000 € for Occitanie, out of 50 000 €.
	 */
	@Test
	void figuresByThemeAndRegionMatchAHandComputation() throws Exception {
		this.awards.year(2085, "50000");
		TestAwards.Awarded first = this.awards.award("Projet A", 2085, "10000", "emploi", "76");
		this.awards.award("Projet B", 2085, "2500.50", "emploi", "11");
		this.awards.award("Projet C", 2085, "7000", "territoires", "76");
		this.awards.pay(first, 1);
		this.mvc.perform(post("/gestion/budget/2085/enveloppes").with(admin()).with(csrf())
				.param("themes[emploi]", "12 000").param("regions[76]", "5000").param("regions[zz]", "9")
				.param("version", String.valueOf(version(2085))))
			.andExpect(redirectedUrl("/gestion/budget/2085#envelopes-heading"));

		YearFigures figures = Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> this.budget.page(2085, 1, 50).figures());
		assertThat(figures.awarded()).isEqualByComparingTo("19500.50");
		assertThat(figures.paid()).isEqualByComparingTo("5000.00");
		assertThat(figures.remaining()).isEqualByComparingTo("30499.50");
		Map<String, YearFigures.Line> themes = byCode(figures.themes());
		assertThat(themes.get("emploi").awarded()).isEqualByComparingTo("12500.50");
		assertThat(themes.get("emploi").paid()).isEqualByComparingTo("5000");
		assertThat(themes.get("emploi").envelope()).isEqualByComparingTo("12000");
		assertThat(themes.get("emploi").exceeds()).isTrue();
		assertThat(themes.get("territoires").awarded()).isEqualByComparingTo("7000");
		assertThat(themes.get("territoires").paid()).isEqualByComparingTo("0");
		assertThat(themes.get("environnement").awarded()).isEqualByComparingTo("0");
		assertThat(themes.get("environnement").envelope()).isNull();
		Map<String, YearFigures.Line> regions = byCode(figures.regions());
		assertThat(regions.get("76").awarded()).isEqualByComparingTo("17000");
		assertThat(regions.get("76").paid()).isEqualByComparingTo("5000");
		assertThat(regions.get("76").envelope()).isEqualByComparingTo("5000");
		assertThat(regions.get("11").awarded()).isEqualByComparingTo("2500.50");
		assertThat(regions.get("11").paid()).isEqualByComparingTo("0");
		assertThat(regions).hasSize(18);
		assertThat(envelopeCount(2085)).isEqualTo(2);

		String html = page(get("/gestion/budget/2085").with(admin()));
		assertThat(html).contains("19 500,50 €", "30 499,50 €", "12 500,50 €", "Projet A", "Projet B", "Projet C")
			.contains("<svg role=\"img\"").contains("(au-delà de l'enveloppe)");
	}

	@Test
	void theBudgetPageRunsAFixedNumberOfStatementsWhateverItsAwards() throws Exception {
		this.awards.year(2086, "1000000");
		this.awards.award("Premier projet compté", 2086, "1000", "emploi", "76");
		long one = statements("/gestion/budget/2086");
		for (int i = 0; i < 4; i++) {
			this.awards.award("Projet compté " + i, 2086, "1000", (i % 2 == 0) ? "territoires" : "emploi", "11");
		}
		long five = statements("/gestion/budget/2086");
		assertThat(five).isEqualTo(one);
		// years, totals, themes, regions, the count of awards, a page of awards with tranches, their applications,
		// organisations' names and SIRETs, the approved reports, the list of years again for the page; and the
		// account of the request
		assertThat(one).isLessThanOrEqualTo(13);
	}

	@Test
	void theAwardsAreListedAPageAtATimeTheOldestFirstAndAPageOutOfRangeGivesTheNearest() throws Exception {
		this.awards.year(2087, "1000000");
		for (int i = 1; i <= 3; i++) {
			this.awards.award("Projet paginé " + i, 2087, "1000", "emploi", "76");
		}
		BudgetPage second = Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> this.budget.page(2087, 2, 2));
		assertThat(second.awards()).extracting(BudgetPage.AwardLine::title).containsExactly("Projet paginé 3");
		assertThat(second.page()).isEqualTo(2);
		assertThat(second.pageCount()).isEqualTo(2);
		assertThat(second.awardCount()).isEqualTo(3);
		BudgetPage beyond = Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> this.budget.page(2087, 99, 2));
		assertThat(beyond.page()).isEqualTo(2);
		BudgetPage first = Acting.asStaff(IntegrationTest.ADMIN_EMAIL, () -> this.budget.page(2087, 1, 2));
		assertThat(first.awards()).extracting(BudgetPage.AwardLine::title)
			.containsExactly("Projet paginé 1", "Projet paginé 2");
		// On the page, 20 a page: a page number that is not one shows the first page, never an error.
		for (String page : new String[] { "abc", "0", "-1", "99999999999" }) {
			assertThat(page(get("/gestion/budget/2087").param("page", page).with(admin())))
				.contains("Projet paginé 1", "Projet paginé 3");
		}
	}

	private long statements(String path) throws Exception {
		page(get(path).with(admin()));
		StatementCounter.reset();
		page(get(path).with(admin()));
		return StatementCounter.count();
	}

	private static Map<String, YearFigures.Line> byCode(java.util.List<YearFigures.Line> lines) {
		Map<String, YearFigures.Line> byCode = new java.util.LinkedHashMap<>();
		lines.forEach((line) -> byCode.put(line.code(), line));
		return byCode;
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return Text.plainSpaces(HtmlUtils.htmlUnescape(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()));
	}

	private long version(int year) {
		return this.jdbc.sql("select version from programme_year where year = ?").param(year).query(Long.class).single();
	}

	private BigDecimal budgetOf(int year) {
		return this.jdbc.sql("select budget from programme_year where year = ?").param(year).query(BigDecimal.class)
			.single();
	}

	private long envelopeCount(int year) {
		return this.jdbc.sql("select count(*) from budget_envelope where year = ?").param(year).query(Long.class)
			.single();
	}

	private static RequestPostProcessor admin() {
		return user(IntegrationTest.ADMIN_EMAIL).roles("ADMIN");
	}

}
