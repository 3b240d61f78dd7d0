package fr.apec.novapec.committee;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.Browser;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publication pages in a real headless Chromium: no serious or critical axe-core violation and no error of
 * the W3C Nu HTML Checker on the staff's publication page (with an application still in review, then ready,
 * then published by its button) and on the organisation's showcase choice, before and after saving it.
 */
@WebServerTest
class PublicationPagesAccessibilityTests {

	@org.junit.jupiter.api.AfterEach
	void forgetPublishedLaureates(@Autowired JdbcClient laureatesJdbc) {
		fr.apec.novapec.support.Rounds.forgetPublishedLaureates(laureatesJdbc);
	}

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestApplications test;

	@Autowired
	SelectionService selection;

	@Autowired
	AccountService accounts;

	@Test
	void axeAndTheNuCheckerFindNothingOnThePublicationAndShowcaseChoicePages() {
		// The fixtures take applications into review as the first administrator, whom only an
		// @IntegrationTest context creates.
		if (!this.accounts.exists(IntegrationTest.ADMIN_EMAIL)) {
			this.accounts.createAccount(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD, "Administration",
					EnumSet.of(Role.ADMIN));
		}
		RoundsToPublish rounds = new RoundsToPublish(this.selection, this.test);
		long round = rounds.newRound();
		TestApplications.Draft selected = rounds.selected("Projet publié accessible", round);
		rounds.rejected("Projet refusé accessible", round);
		long undecided = rounds.newRound();
		rounds.inReview("Projet en attente accessible", undecided);
		String staff = this.test.organisations().newStaff("Équipe publication");
		List<String> violations = new ArrayList<>();

		WebDriver driver = browser.logIn(url(""), staff, TestOrganisations.STAFF_PASSWORD);
		browser.open(url("/gestion/sessions/" + undecided + "/publication"));
		browser.collectViolations("publication refused: an application in review", violations);
		assertThat(driver.findElements(By.cssSelector("form[action$='/publication'] button"))).isEmpty();

		browser.open(url("/gestion/sessions/" + round + "/publication"));
		browser.collectViolations("publication ready", violations);
		driver.findElement(By.cssSelector("form[action$='/publication'] button")).click();
		browser.await().until((d) -> !d.findElements(By.cssSelector("p.notice[role=status]")).isEmpty());
		browser.collectViolations("publication done", violations);

		driver.manage().deleteAllCookies();
		browser.logIn(url(""), selected.member(), TestOrganisations.PASSWORD);
		browser.open(url("/espace/candidatures/" + selected.id() + "/vitrine"));
		browser.collectViolations("showcase choice", violations);
		driver.findElement(By.id("field-description")).click();
		driver.findElement(By.cssSelector("form[action$='/vitrine'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.cssSelector("p.notice[role=status]")).isEmpty());
		browser.collectViolations("showcase choice saved", violations);

		assertThat(violations).as(String.join("\n", violations)).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
