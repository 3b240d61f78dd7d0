package fr.apec.novapec.committee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.selection.RoundChanges;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.Browser;
import fr.apec.novapec.support.WebServerTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee's pages in a real headless Chromium: no serious or critical axe-core violation and no error of the
 * W3C Nu HTML Checker on the list of rounds, a round's page, the committee's page, its budget panel once htmx
 * refreshed it after a change (the other inputs kept), and the page with an error beside a field.
 */
@WebServerTest
class CommitteePagesAccessibilityTests {

	static final String PASSWORD = "mot-de-passe-administrateur";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestApplications test;

	@Autowired
	AccountService accounts;

	@Autowired
	SelectionService selection;

	@Autowired
	JdbcClient jdbc;

	@Test
	void axeAndTheNuCheckerFindNothingOnTheCommitteePages() {
		// This context has no first administrator: one of its own sets the round and takes the applications in.
		String admin = "admin-" + UUID.randomUUID() + "@apec.test";
		this.accounts.createAccount(admin, PASSWORD, "Hélène Présidente", EnumSet.of(Role.ADMIN));
		int year = 2009;
		this.jdbc.sql("insert into programme_year (year, budget) values (?, ?) on conflict (year) do nothing")
			.params(year, new BigDecimal("60000"))
			.update();
		LocalDate committee = LocalDate.of(year, 6, 1).plusDays(this.selection.roundsOfCall(
				this.selection.novapecCall().id()).size());
		long round = Acting.asAdmin(admin, () -> this.selection.createRound(this.selection.novapecCall().id(),
				as(admin), new RoundChanges("Comité accessible", committee.minusDays(30), committee)));
		this.test.newInReviewIn("Emploi accessible", round, "emploi", "53", admin);
		this.test.newInReviewIn("Territoire accessible", round, "territoires", "28", admin);
		List<String> violations = new ArrayList<>();

		browser.open(url("/connexion")).manage().deleteAllCookies();
		WebDriver driver = browser.logIn(url(""), admin, PASSWORD);
		browser.open(url("/gestion/sessions"));
		browser.collectViolations("rounds", violations);
		browser.open(url("/gestion/sessions/" + round));
		browser.collectViolations("round", violations);
		browser.open(url("/gestion/sessions/" + round + "/comite"));
		browser.collectViolations("committee", violations);

		// Both selected at their 45 000 € (90 000 € of 60 000 €): the panel, refreshed by htmx, says what is missing.
		driver.findElement(By.id("rows0.reason")).sendKeys("Un motif gardé");
		new Select(driver.findElement(By.id("rows0.decision"))).selectByValue("SELECTED");
		new Select(driver.findElement(By.id("rows1.decision"))).selectByValue("SELECTED");
		browser.await().until((d) -> d.findElement(By.cssSelector("#budget-panel [data-figure=proposed]"))
			.getText()
			.replaceAll("[\\s\\u00a0\\u202f]", "")
			.equals("90000€"));
		assertThat(driver.findElement(By.cssSelector("#budget-panel [data-figure=missing]")).getText())
			.contains("il manque");
		assertThat(driver.findElement(By.id("rows0.reason")).getDomProperty("value")).isEqualTo("Un motif gardé");
		browser.collectViolations("committee with its panel refreshed", violations);

		// A rejection without a reason: the page comes back with the error beside the field.
		new Select(driver.findElement(By.id("rows1.decision"))).selectByValue("REJECTED");
		driver.findElement(By.id("rows1.reason")).clear();
		driver.findElement(By.cssSelector("button[value=enregistrer]")).click();
		browser.await().until((d) -> !d.findElements(By.id("rows1.reason-error")).isEmpty());
		browser.collectViolations("committee with an error", violations);

		assertThat(violations).as(String.join("\n", violations)).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
