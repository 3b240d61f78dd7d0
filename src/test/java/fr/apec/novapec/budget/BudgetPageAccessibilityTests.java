package fr.apec.novapec.budget;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.support.Browser;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget page in a real headless Chromium, as an administrator: no serious or critical axe-core violation and
 * no error of the W3C Nu HTML Checker, with its chart, tables, forms and awards; with a budget refused beside its
 * field; after a tranche is paid (plain POST forms, no JavaScript needed); and the open-data page with its link.
 */
@WebServerTest
class BudgetPageAccessibilityTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestAwards awards;

	@org.junit.jupiter.api.AfterEach
	void forgetTestYears() {
		this.awards.forgetTestYears();
	}

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void axeAndTheNuCheckerFindNothingOnTheBudgetPage() {
		// The fixtures act as the first administrator, which this context (unlike IntegrationTest's) does not create.
		if (this.jdbc.sql("select count(*) from account where email = ?").param(IntegrationTest.ADMIN_EMAIL)
			.query(Long.class).single() == 0) {
			this.accounts.createAccount(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD, "Administration",
					EnumSet.of(Role.ADMIN));
		}
		this.awards.year(2096, "300000");
		TestAwards.Awarded award = this.awards.award("Projet accessible", 2096, "120000", "emploi", "76");
		this.awards.award("Autre projet accessible", 2096, "30000", "territoires", "11");
		List<String> violations = new ArrayList<>();

		String admin = "admin-" + UUID.randomUUID() + "@apec.test";
		this.accounts.createAccount(admin, TestOrganisations.STAFF_PASSWORD, "Camille Budget", EnumSet.of(Role.ADMIN));
		WebDriver driver = browser.logIn(url(""), admin, TestOrganisations.STAFF_PASSWORD);
		browser.open(url("/gestion/budget/2096"));
		browser.collectViolations("/gestion/budget/2096", violations);

		driver.findElement(By.id("budget")).clear();
		driver.findElement(By.id("budget")).sendKeys("1000");
		driver.findElement(By.cssSelector("form[action$='/montant'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("budget-error")).isEmpty());
		assertThat(driver.findElement(By.id("budget")).getDomAttribute("aria-describedby")).contains("budget-error");
		browser.collectViolations("the budget refused", violations);

		browser.open(url("/gestion/budget/2096"));
		driver.findElement(By.cssSelector("form[action$='/tranches/" + award.trancheId(1) + "/payer'] button")).click();
		browser.await().until((d) -> d.getPageSource().contains("La tranche est marquée versée."));
		browser.collectViolations("a tranche paid", violations);

		browser.open(url("/donnees"));
		assertThat(driver.findElements(By.cssSelector("a[href='/donnees/subventions.csv']"))).hasSize(1);
		browser.collectViolations("/donnees", violations);

		assertThat(violations).as(String.join("\n", violations)).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
