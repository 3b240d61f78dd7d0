package fr.apec.novapec.application;

import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.support.Browser;
import fr.apec.novapec.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of an application in a real headless Chromium: no serious or critical axe-core violation and
 * no error of the W3C Nu HTML Checker (Browser.collectViolations) on
 * the dashboard, the creation form, the overview, every step, the review step and the withdrawal
 * confirmation, with and without errors shown; the read-only steps and review of a submitted application,
 * its thread, then the staff's dashboard, list and application page, with and without errors shown.
 */
@WebServerTest
class ApplicationPagesAccessibilityTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestApplications test;

	@Test
	void axeFindsNoSeriousOrCriticalViolationOnTheApplicationPages() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Accessible");
		WebDriver driver = browser.logIn(url(""), draft.member(), TestOrganisations.PASSWORD);

		List<String> violations = new ArrayList<>();
		String base = "/espace/candidatures/" + draft.id();
		for (String path : List.of("/espace/candidatures", "/espace/candidatures/nouvelle", base, base + "/projet",
				base + "/themes-et-publics", base + "/territoires", base + "/beneficiaires-et-calendrier",
				base + "/budget", base + "/indicateurs", base + "/partenaires", base + "/documents",
				base + "/verification", base + "/retirer")) {
			browser.open(url(path));
			browser.collectViolations(path, violations);
		}

		// The review step once nothing blocks the submission: its button to submit.
		this.test.fillAllSteps(draft);
		this.test.addRequiredDocuments(draft);
		browser.open(url(base + "/verification"));
		assertThat(driver.findElements(By.cssSelector("form button[type=submit]"))).isNotEmpty();
		browser.collectViolations("review ready to submit", violations);
		// Submitted without the attestation ticked: its message beside the box and in the summary.
		driver.findElement(By.cssSelector("form[action$='/deposer'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("attested-error")).isEmpty());
		assertThat(driver.findElement(By.id("attested")).getDomAttribute("aria-describedby")).isEqualTo("attested-error");
		browser.collectViolations("review with the attestation not ticked", violations);

		// Errors shown beside their fields, with the summary, on the budget step.
		browser.open(url(base + "/budget"));
		browser.tabToAndType("totalBudget", "-5");
		browser.tabToAndType("requestedAmount", "beaucoup", Keys.ENTER);
		browser.await().until((d) -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
		assertThat(driver.findElement(By.id("totalBudget")).getDomAttribute("aria-describedby"))
			.isEqualTo("totalBudget-hint totalBudget-error");
		browser.collectViolations("budget with errors", violations);

		// The documents step once the vault holds documents, and the indicators step with an error.
		browser.open(url(base + "/documents"));
		browser.collectViolations("documents with the vault's documents", violations);
		// A file the vault refuses, sent from the documents step: its message beside the file field.
		java.nio.file.Path refused = java.nio.file.Files.createTempFile("refuse", ".txt");
		java.nio.file.Files.writeString(refused, "Ceci n'est pas un document accepté.");
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("kind"))).selectByValue("OTHER");
		driver.findElement(By.id("file")).sendKeys(refused.toString());
		driver.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("file-error")).isEmpty());
		java.nio.file.Files.delete(refused);
		browser.collectViolations("documents with a refused file", violations);
		browser.open(url(base + "/indicateurs"));
		browser.tabToAndType("indicators0.target", "zéro", Keys.ENTER);
		browser.await().until((d) -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
		browser.collectViolations("indicators with errors", violations);

		browser.open(url(base + "/territoires"));
		driver.findElement(By.id("region-76")).click();
		driver.findElement(By.id("region-11")).click();
		driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
		browser.collectViolations("territories with errors", violations);

		assertThat(violations).as(String.join("\n", violations)).isEmpty();
	}

	@Test
	void axeFindsNoSeriousOrCriticalViolationOnTheThreadAndTheStaffPages() {
		TestApplications.Draft draft = this.test.newSubmitted("Dialogue accessible");
		String staff = this.test.organisations().newStaff("Camille Instructrice");
		List<String> violations = new ArrayList<>();
		String base = "/espace/candidatures/" + draft.id();

		WebDriver driver = login(draft.member(), TestOrganisations.PASSWORD);
		// The steps and the review of a submitted application, read-only.
		for (String step : List.of("/projet", "/territoires", "/budget", "/documents", "/verification")) {
			browser.open(url(base + step));
			assertThat(driver.findElements(By.cssSelector("main input, main textarea, main select"))).isEmpty();
			browser.collectViolations("submitted application, read-only " + step, violations);
		}
		browser.open(url(base));
		browser.collectViolations("application with its empty thread", violations);
		driver.findElement(By.cssSelector("form[action$='/messages'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("text-error")).isEmpty());
		browser.collectViolations("thread form with errors", violations);
		driver.findElement(By.id("text")).sendKeys("Bonjour,\nune question sur le budget.");
		driver.findElement(By.cssSelector("form[action$='/messages'] button[type=submit]")).click();
		browser.await().until((d) -> d.getPageSource().contains("une question sur le budget."));
		browser.collectViolations("application with a message", violations);

		login(staff, TestOrganisations.STAFF_PASSWORD);
		for (String path : List.of("/gestion", "/gestion/candidatures", "/gestion/candidatures?statut=SUBMITTED",
				"/gestion/candidatures/" + draft.id())) {
			browser.open(url(path));
			browser.collectViolations(path, violations);
		}
		driver.findElement(By.cssSelector("form[action$='/renvoi'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("reason-error")).isEmpty());
		assertThat(driver.findElement(By.id("reason")).getDomAttribute("aria-describedby"))
			.isEqualTo("reason-hint reason-error");
		browser.collectViolations("staff application with the return refused", violations);

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


	@Test
	void axeAndTheNuCheckerFindNothingOnTheEligibilityAndOpinionSectionsWithAndWithoutErrors() {
		// Led by Occitanie (76), also in Provence-Alpes-Côte d'Azur (93), with an expired document in the vault.
		TestApplications.Draft draft = this.test.newMultiregionalInRound("Co-instruction accessible", "93");
		this.test.addDocument(draft, fr.apec.novapec.organisation.DocumentKind.ESUS_CERTIFICATE,
				java.time.LocalDate.now().minusDays(30));
		// In both teams: it decides eligibility and gives the opinion of Provence-Alpes-Côte d'Azur.
		String staff = this.test.newStaffOfRegions("Alix Co-instructrice", "76", "93");
		List<String> violations = new ArrayList<>();
		String path = "/gestion/candidatures/" + draft.id();
		WebDriver driver = login(staff, TestOrganisations.STAFF_PASSWORD);
		browser.open(url(path));
		assertThat(driver.findElements(By.id("eligibility"))).isNotEmpty();
		assertThat(driver.findElements(By.cssSelector("form[action$='/avis']"))).isNotEmpty();
		browser.collectViolations("staff application with eligibility and opinion forms", violations);

		driver.findElement(By.cssSelector("form[action$='/non-eligible'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("ineligibleReason-error")).isEmpty());
		browser.collectViolations("not eligible without a reason", violations);

		browser.open(url(path));
		driver.findElement(By.cssSelector("form[action$='/avis'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("comment-93-error")).isEmpty());
		browser.collectViolations("opinion without its choice and comment", violations);

		driver.findElement(By.id("opinion-93-RESERVED")).click();
		driver.findElement(By.id("comment-93")).sendKeys("Le partenariat reste à confirmer.");
		driver.findElement(By.cssSelector("form[action$='/avis'] button[type=submit]")).click();
		browser.await().until((d) -> d.getPageSource().contains("Le partenariat reste à confirmer.")
				&& d.findElements(By.id("comment-93-error")).isEmpty());
		browser.collectViolations("staff application with an opinion", violations);

		assertThat(violations).as(String.join("\n", violations)).isEmpty();
	}

}
