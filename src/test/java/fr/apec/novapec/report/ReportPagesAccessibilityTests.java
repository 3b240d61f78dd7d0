package fr.apec.novapec.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.support.Browser;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report pages in a real headless Chromium: no serious or critical axe-core violation and no error of
 * the W3C Nu HTML Checker (Browser.collectViolations) on a selected
 * application's overview with its reports, the report form (empty, with errors, returned with a comment,
 * read-only once sent), and the staff's list and review of a report (with the return form in error).
 */
@WebServerTest
class ReportPagesAccessibilityTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ReportWriting writing;

	@Autowired
	ReportReview review;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestApplications test;

	@Autowired
	AccountService accounts;

	@Test
	void axeFindsNoSeriousOrCriticalViolationOnTheReportPages() {
		// newSelected takes the application into review as the first administrator, whom only an
		// IntegrationTest context creates (novapec.admin.email): when this class runs first, it is made here.
		if (!this.accounts.exists(IntegrationTest.ADMIN_EMAIL)) {
			this.accounts.createAccount(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD, "Administration",
					EnumSet.of(Role.ADMIN));
		}
		TestApplications.Draft draft = this.test.newSelected("Rapports accessibles");
		WebDriver driver = browser.logIn(url(""), draft.member(), TestOrganisations.PASSWORD);

		List<String> violations = new ArrayList<>();
		String base = "/espace/candidatures/" + draft.id();
		browser.open(url(base));
		assertThat(driver.findElements(By.cssSelector("a[href='" + base + "/rapports/intermediaire']"))).isNotEmpty();
		browser.collectViolations("overview with reports", violations);
		browser.open(url(base + "/rapports/intermediaire"));
		browser.collectViolations("report form", violations);

		browser.tabToAndType("reachedCadres", "-3", Keys.ENTER);
		browser.await().until((d) -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
		assertThat(driver.findElement(By.id("reachedCadres")).getDomAttribute("aria-describedby"))
			.isEqualTo("reachedCadres-hint reachedCadres-error");
		browser.collectViolations("report form with errors", violations);

		// Sent, then read-only; returned by staff, then editable with the comment.
		ReportContent complete = new ReportContent("Bilan accessible.", Map.of("cadres", 30, "jeunes-diplomes", 12),
				Map.of(1, 28), List.of());
		this.writing.submit(draft.id(), ReportKind.INTERIM, as(draft.member()), complete);
		browser.open(url(base + "/rapports/intermediaire"));
		browser.collectViolations("sent report, read-only", violations);
		long id = this.jdbc.sql("select id from laureate_report where application_id = ? and kind = 'INTERIM'")
			.param(draft.id()).query(Long.class).single();

		String staff = this.test.organisations().newStaff("Équipe");
		driver.manage().deleteAllCookies();
		browser.logIn(url(""), staff, TestOrganisations.STAFF_PASSWORD);
		browser.open(url("/gestion/rapports"));
		browser.collectViolations("staff list of reports", violations);
		browser.open(url("/gestion/rapports/" + id));
		browser.collectViolations("staff review of a report", violations);
		driver.findElement(By.cssSelector("form[action$='/renvoyer'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
		browser.collectViolations("staff return without comment", violations);
		Acting.asStaff(staff, () -> this.review.returnForChanges(id, as(staff), "Précisez le nombre de jeunes diplômés en emploi."));

		driver.manage().deleteAllCookies();
		browser.logIn(url(""), draft.member(), TestOrganisations.PASSWORD);
		browser.open(url(base + "/rapports/intermediaire"));
		assertThat(driver.getPageSource()).contains("Précisez le nombre de jeunes diplômés en emploi.");
		browser.collectViolations("returned report with the comment", violations);

		assertThat(violations).as(String.join("\n", violations)).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
