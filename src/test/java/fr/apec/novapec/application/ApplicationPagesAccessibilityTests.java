package fr.apec.novapec.application;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Rule;
import fr.apec.novapec.account.AccountService;
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
 * The pages of an application in a real headless Chromium: no serious or critical axe-core violation on
 * the dashboard, the creation form, the overview, every step, the review step and the withdrawal
 * confirmation, with and without errors shown; and the thread of a submitted application, then the staff's
 * dashboard, list and application page, with and without errors shown.
 */
@WebServerTest
class ApplicationPagesAccessibilityTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationService applications;

	@Autowired
	TestApplications test;

	@Test
	void axeFindsNoSeriousOrCriticalViolationOnTheApplicationPages() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Accessible");
		WebDriver driver = browser.open(url("/connexion"));
		browser.tabToAndType("email", draft.member());
		browser.tabToAndType("password", TestOrganisations.PASSWORD, Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/espace"));

		List<String> violations = new ArrayList<>();
		String base = "/espace/candidatures/" + draft.id();
		for (String path : List.of("/espace/candidatures", "/espace/candidatures/nouvelle", base, base + "/projet",
				base + "/themes-et-publics", base + "/territoires", base + "/beneficiaires-et-calendrier",
				base + "/budget", base + "/indicateurs", base + "/partenaires", base + "/documents",
				base + "/verification", base + "/retirer")) {
			browser.open(url(path));
			check(path, violations);
		}

		// The review step once nothing blocks the submission: its button to submit.
		this.test.fillAllSteps(draft);
		this.test.addRequiredDocuments(draft);
		browser.open(url(base + "/verification"));
		assertThat(driver.findElements(By.cssSelector("form button[type=submit]"))).isNotEmpty();
		check("review ready to submit", violations);

		// Errors shown beside their fields, with the summary, on the budget step.
		browser.open(url(base + "/budget"));
		browser.tabToAndType("totalBudget", "-5");
		browser.tabToAndType("requestedAmount", "beaucoup", Keys.ENTER);
		browser.await().until((d) -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
		assertThat(driver.findElement(By.id("totalBudget")).getDomAttribute("aria-describedby"))
			.isEqualTo("totalBudget-hint totalBudget-error");
		check("budget with errors", violations);

		// The documents step once the vault holds documents, and the indicators step with an error.
		browser.open(url(base + "/documents"));
		check("documents with the vault's documents", violations);
		// A file the vault refuses, sent from the documents step: its message beside the file field.
		java.nio.file.Path refused = java.nio.file.Files.createTempFile("refuse", ".txt");
		java.nio.file.Files.writeString(refused, "Ceci n'est pas un document accepté.");
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("kind"))).selectByValue("OTHER");
		driver.findElement(By.id("file")).sendKeys(refused.toString());
		driver.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("file-error")).isEmpty());
		java.nio.file.Files.delete(refused);
		check("documents with a refused file", violations);
		browser.open(url(base + "/indicateurs"));
		browser.tabToAndType("indicators0.target", "zéro", Keys.ENTER);
		browser.await().until((d) -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
		check("indicators with errors", violations);

		browser.open(url(base + "/territoires"));
		driver.findElement(By.id("region-76")).click();
		driver.findElement(By.id("region-11")).click();
		driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
		check("territories with errors", violations);

		assertThat(violations).as(String.join("\n", violations)).isEmpty();
	}

	@Test
	void axeFindsNoSeriousOrCriticalViolationOnTheThreadAndTheStaffPages() {
		TestApplications.Draft draft = this.test.newCompleteDraft("Dialogue accessible");
		this.applications.submit(draft.id(), draft.member());
		String staff = "equipe-" + java.util.UUID.randomUUID() + "@apec.fr";
		this.accounts.createAccount(staff, "mot-de-passe-equipe-long", "Camille Instructrice",
				java.util.EnumSet.of(fr.apec.novapec.account.Role.STAFF));
		List<String> violations = new ArrayList<>();
		String base = "/espace/candidatures/" + draft.id();

		WebDriver driver = login(draft.member(), TestOrganisations.PASSWORD, "/espace");
		browser.open(url(base));
		check("application with its empty thread", violations);
		driver.findElement(By.cssSelector("form[action$='/messages'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("text-error")).isEmpty());
		check("thread form with errors", violations);
		driver.findElement(By.id("text")).sendKeys("Bonjour,\nune question sur le budget.");
		driver.findElement(By.cssSelector("form[action$='/messages'] button[type=submit]")).click();
		browser.await().until((d) -> d.getPageSource().contains("une question sur le budget."));
		check("application with a message", violations);

		login(staff, "mot-de-passe-equipe-long", "/gestion");
		for (String path : List.of("/gestion", "/gestion/candidatures", "/gestion/candidatures?statut=SUBMITTED",
				"/gestion/candidatures/" + draft.id())) {
			browser.open(url(path));
			check(path, violations);
		}
		driver.findElement(By.cssSelector("form[action$='/renvoi'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("reason-error")).isEmpty());
		assertThat(driver.findElement(By.id("reason")).getDomAttribute("aria-describedby"))
			.isEqualTo("reason-hint reason-error");
		check("staff application with the return refused", violations);

		assertThat(violations).as(String.join("\n", violations)).isEmpty();
	}

	/** Signs out whoever was signed in, then signs in with this login and waits for its home page. */
	private WebDriver login(String email, String password, String home) {
		WebDriver driver = browser.open(url("/connexion"));
		driver.manage().deleteAllCookies();
		browser.open(url("/connexion"));
		browser.tabToAndType("email", email);
		browser.tabToAndType("password", password, Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith(home));
		return driver;
	}

	private void check(String page, List<String> violations) {
		List<Rule> found = browser.axeViolations();
		if (!found.isEmpty()) {
			violations.add(page + ":" + Browser.describe(found));
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
