package fr.apec.novapec.journal;

import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.support.Browser;
import fr.apec.novapec.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit journal and the staff application page with its notes and journal, in a real headless
 * Chromium: no serious or critical axe-core violation and no error of the W3C Nu HTML Checker, for the
 * journal whole and filtered, the application page with a note, and its note form refused; without
 * JavaScript the filters are a plain GET form and the note a plain POST.
 */
@WebServerTest
class JournalPagesAccessibilityTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestApplications test;

	@Test
	void axeAndTheNuCheckerFindNothingOnTheJournalAndTheStaffPageWithANote() {
		TestApplications.Draft draft = this.test.newSubmitted("Journal accessible");
		String staff = this.test.organisations().newStaff("Nina Accessible");
		List<String> violations = new ArrayList<>();
		String page = "/gestion/candidatures/" + draft.id();

		WebDriver driver = login(staff, TestOrganisations.STAFF_PASSWORD);
		browser.open(url(page));
		driver.findElement(By.cssSelector("form[action$='/notes'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("note-error")).isEmpty());
		assertThat(driver.findElement(By.id("note")).getDomAttribute("aria-describedby")).isEqualTo("note-hint note-error");
		browser.collectViolations("staff application with the note refused", violations);

		driver.findElement(By.id("note")).sendKeys("Dossier complet,\nà instruire en priorité.");
		driver.findElement(By.cssSelector("form[action$='/notes'] button[type=submit]")).click();
		browser.await().until((d) -> d.getPageSource().contains("à instruire en priorité."));
		browser.collectViolations("staff application with a note and its journal", violations);

		for (String path : List.of("/gestion/journal", "/gestion/journal?candidature=" + draft.id() + "&action=NOTE",
				"/gestion/journal?acteur=personne-inconnue")) {
			browser.open(url(path));
			browser.collectViolations(path, violations);
		}
		browser.open(url("/gestion/journal"));
		driver.findElement(By.id("candidature")).sendKeys(String.valueOf(draft.id()));
		driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		browser.await().until((d) -> d.getCurrentUrl().contains("candidature=" + draft.id()));
		assertThat(driver.findElements(By.cssSelector("table.journal tbody tr"))).hasSize(2);

		assertThat(violations).as(String.join("\n", violations)).isEmpty();
	}

	/** Signs out whoever was signed in, then signs in with this login. */
	private WebDriver login(String email, String password) {
		browser.open(url("/connexion")).manage().deleteAllCookies();
		return browser.logIn(url(""), email, password);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
