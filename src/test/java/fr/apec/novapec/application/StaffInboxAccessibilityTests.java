package fr.apec.novapec.application;

import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.organisation.TestOrganisations;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff inbox in a real headless Chromium: no serious or critical axe-core violation and no error of the
 * W3C Nu HTML Checker on the list filtered every way, with its team choice, with values it never offers
 * (errors beside the filters and in the summary), and after htmx replaced its results in place.
 */
@WebServerTest
class StaffInboxAccessibilityTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestApplications test;

	@Autowired
	JdbcClient jdbc;

	@Test
	void axeAndTheNuCheckerFindNothingOnTheFilteredInbox() {
		TestApplications.Draft draft = this.test.newSubmittedInRound("Inbox accessible");
		String staff = this.test.organisations().newStaff("Alex Accessible");
		this.jdbc.sql("insert into staff_team_region (account_id, region_code) select id, '76' from account where email = ?")
			.param(staff)
			.update();
		long round = this.jdbc.sql("select round_id from grant_application where id = ?").param(draft.id())
			.query(Long.class)
			.single();
		WebDriver driver = browser.logIn(url(""), staff, TestOrganisations.STAFF_PASSWORD);
		List<String> violations = new ArrayList<>();
		for (String path : List.of("/gestion/candidatures",
				"/gestion/candidatures?session=" + round + "&statut=SUBMITTED&theme=emploi&region=76&public=cadres"
						+ "&equipe=mes-regions&q=accessible&attente=oui&tri=montant-desc",
				"/gestion/candidatures?q=inbox+accessible&equipe=toutes&tri=montant-asc",
				"/gestion/candidatures?session=x&statut=DRAFT&theme=x&region=x&public=x&equipe=x&attente=x&tri=x&page=x")) {
			browser.open(url(path));
			browser.collectViolations(path, violations);
		}
		assertThat(driver.findElements(By.cssSelector(".error-summary a"))).isNotEmpty();

		// htmx replaces the results in place when a filter changes.
		browser.open(url("/gestion/candidatures?equipe=toutes"));
		new Select(driver.findElement(By.id("statut"))).selectByValue("SUBMITTED");
		browser.await().until((d) -> d.getCurrentUrl().contains("statut=SUBMITTED"));
		browser.await().until((d) -> d.findElement(By.cssSelector("#resultats .result-count")).isDisplayed());
		browser.collectViolations("results replaced by htmx", violations);

		assertThat(violations).as(String.join("\n", violations)).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
