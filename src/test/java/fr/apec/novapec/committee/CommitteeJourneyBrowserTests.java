package fr.apec.novapec.committee;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.Browser;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Rounds;
import fr.apec.novapec.support.WebServerTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee's journey in a real headless Chromium, from the round to the public showcase: the committee
 * proposes amounts and decisions and watches the budget panel follow (htmx, the other inputs kept), brings the
 * proposals within the year's budget, records them, publishes the round, and the laureate appears on
 * /laureats, where the organisation then chooses what it shows. On each page on the way, axe-core finds no
 * serious or critical violation and the W3C Nu HTML Checker no error.
 */
@WebServerTest
class CommitteeJourneyBrowserTests {

	static final String PASSWORD = "mot-de-passe-administrateur";

	static final int YEAR = 2009;

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

	private final List<String> violations = new ArrayList<>();

	@AfterEach
	void forgetThePublication() {
		Rounds.forgetPublishedLaureates(this.jdbc);
		this.jdbc.sql("delete from award where year = ?").param(YEAR).update();
	}

	@Test
	void theCommitteeBringsItsProposalsWithinTheBudgetRecordsThemPublishesAndTheLaureateIsOnTheShowcase() {
		// This context makes no first administrator, whom the test rounds are created by: made here when no other
		// context made it. An administrator of the test's own sets the round and takes the applications in.
		if (!this.accounts.exists(IntegrationTest.ADMIN_EMAIL)) {
			this.accounts.createAccount(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD, "Administration",
					EnumSet.of(Role.ADMIN));
		}
		String admin = "admin-" + UUID.randomUUID() + "@apec.test";
		this.accounts.createAccount(admin, PASSWORD, "Hélène Présidente", EnumSet.of(Role.ADMIN));
		long round = CommitteeTestRounds.roundWithBudget(this.selection, this.jdbc, YEAR, "60000");
		String word = "Parcours" + UUID.randomUUID().toString().substring(0, 8);
		String laureateTitle = "Emploi " + word;
		TestApplications.Draft laureate = this.test.newInReviewIn(laureateTitle, round, "emploi", "53", admin);
		this.test.newInReviewIn("Territoire " + word, round, "territoires", "28", admin);

		WebDriver driver = browser.logIn(url(""), admin, PASSWORD);
		open("/gestion/sessions", "rounds");
		open("/gestion/sessions/" + round, "round");
		open("/gestion/sessions/" + round + "/publication", "publication refused: applications in review");
		assertThat(driver.findElements(By.cssSelector("form[action$='/publication'] button"))).isEmpty();
		open("/gestion/sessions/" + round + "/comite", "committee");
		int emploi = row(laureateTitle);
		int territoire = 1 - emploi;

		// Both selected at the 45 000 € they ask (90 000 € of 60 000 €): the panel, refreshed by htmx, says what is
		// missing, and the reason typed meanwhile is kept.
		driver.findElement(By.id("rows" + territoire + ".reason")).sendKeys("Un motif gardé");
		decide(emploi, "SELECTED");
		decide(territoire, "SELECTED");
		awaitFigure("proposed", "90000€");
		assertThat(browser.driver().findElement(By.cssSelector("#budget-panel [data-figure=missing]")).getText())
			.contains("il manque")
			.containsPattern("30\\D000\\D€");
		assertThat(driver.findElement(By.id("rows" + territoire + ".reason")).getDomProperty("value"))
			.isEqualTo("Un motif gardé");
		browser.collectViolations("committee, over budget", this.violations);

		// The second one at 15 000 €: the proposals now take the whole budget, nothing missing.
		WebElement amount = driver.findElement(By.id("rows" + territoire + ".amount"));
		amount.clear();
		amount.sendKeys("15000");
		driver.findElement(By.id("rows" + territoire + ".reason")).click();
		awaitFigure("proposed", "60000€");
		assertThat(figure("remaining")).isEqualTo("0€");
		assertThat(driver.findElements(By.cssSelector("#budget-panel [data-figure=missing]"))).isEmpty();
		browser.collectViolations("committee, within the budget", this.violations);

		// A rejection without its reason is refused beside the field, the other inputs kept …
		decide(territoire, "REJECTED");
		driver.findElement(By.id("rows" + territoire + ".reason")).clear();
		browser.leadsToNewPage(() -> driver.findElement(By.cssSelector("button[value=enregistrer]")).click());
		assertThat(driver.findElements(By.id("rows" + territoire + ".reason-error"))).hasSize(1);
		assertThat(driver.findElement(By.id("rows" + territoire + ".amount")).getDomProperty("value")).isEqualTo("15000");
		browser.collectViolations("committee with an error", this.violations);

		// … and once both are selected, the decisions are recorded.
		decide(territoire, "SELECTED");
		browser.leadsToNewPage(() -> driver.findElement(By.cssSelector("button[value=enregistrer]")).click());
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("2 décision(s) enregistrée(s)");
		browser.collectViolations("committee, decisions recorded", this.violations);

		// The round is published: the laureates are made.
		open("/gestion/sessions/" + round + "/publication", "publication ready");
		browser.leadsToNewPage(() -> driver.findElement(By.cssSelector("form[action$='/publication'] button")).click());
		assertThat(driver.findElements(By.cssSelector("p.notice[role=status]"))).isNotEmpty();
		browser.collectViolations("publication done", this.violations);

		// Anyone finds the laureate on the showcase.
		driver.manage().deleteAllCookies();
		open("/laureats?q=" + word, "laureates, searched");
		WebElement link = driver.findElement(By.linkText(laureateTitle));
		browser.leadsToNewPage(link::click);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(laureateTitle);
		browser.collectViolations("laureate's page", this.violations);

		// Its organisation chooses what the showcase shows.
		browser.logIn(url(""), laureate.member(), TestOrganisations.PASSWORD);
		open("/espace/candidatures/" + laureate.id() + "/vitrine", "showcase choice");
		driver.findElement(By.id("field-description")).click();
		browser.leadsToNewPage(
				() -> driver.findElement(By.cssSelector("form[action$='/vitrine'] button[type=submit]")).click());
		assertThat(driver.findElements(By.cssSelector("p.notice[role=status]"))).isNotEmpty();
		browser.collectViolations("showcase choice saved", this.violations);

		assertThat(this.violations).as(String.join("\n", this.violations)).isEmpty();
	}

	/** The index of the committee table's row of the application with this title. */
	private int row(String title) {
		List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.committee tbody tr"));
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).getText().contains(title)) {
				return i;
			}
		}
		throw new AssertionError(title + " is not on the committee page");
	}

	private void decide(int row, String decision) {
		new Select(browser.driver().findElement(By.id("rows" + row + ".decision"))).selectByValue(decision);
	}

	/** Waits until htmx has put this figure, without its spaces, in the budget panel. */
	private void awaitFigure(String name, String expected) {
		browser.await().until((d) -> figure(name).equals(expected));
	}

	private String figure(String name) {
		return browser.driver()
			.findElement(By.cssSelector("#budget-panel [data-figure=" + name + "]"))
			.getText()
			.replaceAll("[\\s\\u00a0\\u202f]", "");
	}

	private void open(String path, String page) {
		browser.open(url(path));
		browser.collectViolations(page, this.violations);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
