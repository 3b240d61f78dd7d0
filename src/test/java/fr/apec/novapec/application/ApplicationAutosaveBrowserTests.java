package fr.apec.novapec.application;

import java.util.List;

import com.deque.html.axecore.results.Rule;
import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.support.Browser;
import fr.apec.novapec.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Autosave in a real headless Chromium: what is typed in a step is saved a few seconds later without
 * pressing the button, the live region says when, the text is there after a reload, axe-core finds no
 * serious or critical violation with the status shown, and a save that fails says so and is tried again.
 */
@WebServerTest
class ApplicationAutosaveBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Applications applications;

	@Autowired
	TestApplications test;

	@Test
	void whatIsTypedInTheProjectStepSavesItselfAndIsThereAfterAReload() {
		TestApplications.Draft draft = this.test.newDraft("Sauvegarde automatique");
		WebDriver driver = browser.logIn(url(""), draft.member(), TestOrganisations.PASSWORD);

		String page = url("/espace/candidatures/" + draft.id() + "/projet");
		browser.open(page);
		driver.findElement(By.id("summary")).sendKeys("Un résumé qui s'enregistre tout seul.");
		// Marked unsaved while typing, then saved a few seconds after the last keystroke.
		browser.await().until((d) -> d.findElement(By.id("autosave-status")).getText()
			.matches("Modifications non enregistrées|Enregistré à .*"));
		browser.await()
			.until((d) -> d.findElement(By.id("autosave-status")).getText().startsWith("Enregistré à"));
		assertThat(driver.getCurrentUrl()).isEqualTo(page);
		List<Rule> violations = browser.axeViolations();
		assertThat(violations).as(Browser.describe(violations)).isEmpty();

		driver.navigate().refresh();
		browser.await().until((d) -> d.findElement(By.id("summary")).getDomProperty("value")
			.equals("Un résumé qui s'enregistre tout seul."));
		assertThat(this.applications.draft(draft.id(), as(draft.member())).summary())
			.isEqualTo("Un résumé qui s'enregistre tout seul.");

		// A save that fails (the network is down) says so, and is tried again once the network is back.
		ChromeDriver chrome = (ChromeDriver) driver;
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		chrome.setNetworkConditions(offline);
		try {
			driver.findElement(By.id("description")).sendKeys("Écrite hors ligne.");
			browser.await()
				.until((d) -> d.findElement(By.id("autosave-status")).getText()
					.startsWith("Échec de l'enregistrement : nouvel essai dans quelques secondes"));
		}
		finally {
			chrome.deleteNetworkConditions();
		}
		browser.await()
			.until((d) -> d.findElement(By.id("autosave-status")).getText().startsWith("Enregistré à"));
		assertThat(this.applications.draft(draft.id(), as(draft.member())).description()).isEqualTo("Écrite hors ligne.");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
