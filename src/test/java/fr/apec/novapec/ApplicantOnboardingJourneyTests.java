package fr.apec.novapec;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.apec.novapec.organisation.TestFiles;
import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.Browser;
import fr.apec.novapec.support.TestMail;
import fr.apec.novapec.support.WebServerTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's first visit in a real headless Chromium, with the keyboard alone: sign-up, the
 * verification link read from the mail, login, registration of the organisation, a document uploaded to
 * its vault, the account page; axe-core checks every page on the way.
 */
@WebServerTest
class ApplicantOnboardingJourneyTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	MailOutbox outbox;

	private final List<String> violations = new ArrayList<>();

	@Test
	void aNewcomerSignsUpConfirmsTheAddressLogsInRegistersTheOrganisationAndUploadsThenDeletesADocumentWithTheKeyboardAlone() {
		String email = "nouvelle-" + UUID.randomUUID() + "@exemple.fr";
		String password = "une longue phrase de passe";
		WebDriver driver = browser.open(url("/"));
		browser.collectViolations("/", this.violations);

		browser.tabUntil((e) -> "/connexion".equals(e.getDomAttribute("href")), "the sign-in link");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/connexion"));
		browser.tabUntil((e) -> "/inscription".equals(e.getDomAttribute("href")), "the sign-up link");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/inscription"));
		browser.collectViolations("/inscription", this.violations);
		browser.tabToAndType("displayName", "Camille Martin");
		browser.tabToAndType("email", email);
		browser.tabToAndType("password", "court");
		browser.tabToAndType("passwordConfirmation", "court", Keys.ENTER);
		browser.await().until((d) -> !d.findElements(By.id("password-error")).isEmpty());
		assertThat(driver.findElement(By.id("email")).getDomProperty("value")).isEqualTo(email);
		browser.collectViolations("/inscription with errors", this.violations);

		browser.tabToAndType("password", password);
		browser.tabToAndType("passwordConfirmation", password, Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/inscription/envoye"));
		browser.collectViolations("/inscription/envoye", this.violations);

		this.outbox.sendDue();
		List<MimeMessage> mails = TestMail.to(email);
		assertThat(mails).hasSize(1);
		browser.open(url(TestMail.link(mails.get(0), "/inscription/confirmer")));
		browser.collectViolations("/inscription/confirmer", this.violations);
		browser.tabUntil((e) -> "button".equals(e.getTagName()) && "submit".equals(e.getDomAttribute("type")),
				"the confirmation button");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/connexion?confirme"));
		browser.collectViolations("/connexion?confirme", this.violations);

		browser.tabToAndType("email", email);
		browser.tabToAndType("password", password, Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/espace"));
		browser.collectViolations("/espace", this.violations);

		// Registers the organisation, keyboard only.
		browser.tabUntil((e) -> "/espace/organisation/nouvelle".equals(e.getDomAttribute("href")),
				"the link to register an organisation");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/espace/organisation/nouvelle"));
		browser.collectViolations("/espace/organisation/nouvelle", this.violations);
		String siret = TestOrganisations.newSiret();
		browser.tabToAndType("name", "Association Parcours Cadres Bretagne");
		browser.tabToAndType("siret", siret);
		browser.tabToAndType("legalForm", "Association");
		browser.tabToAndType("rna", "W351234567");
		browser.tabUntil((e) -> String.valueOf(e.getDomAttribute("id")).startsWith("esus-"), "the ESUS choice");
		if ("esus-yes".equals(browser.driver().switchTo().activeElement().getDomAttribute("id"))) {
			browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
		}
		else {
			browser.driver().switchTo().activeElement().sendKeys(Keys.SPACE);
		}
		browser.tabToAndType("addressLine", "12 rue de Saint-Malo");
		browser.tabToAndType("postcode", "35000");
		browser.tabToAndType("city", "Rennes");
		browser.tabToAndType("region", "Bretagne");
		// The address as people write it, without https://, which the portal adds.
		browser.tabToAndType("website", "parcours-cadres.example.org", Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().matches(".*/espace/organisation/\\d+$"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Association Parcours Cadres Bretagne");
		assertThat(driver.findElement(By.cssSelector("a[href='https://parcours-cadres.example.org']")).getText())
			.isEqualTo("https://parcours-cadres.example.org");
		browser.collectViolations("organisation page", this.violations);

		// Uploads its statutes to the document vault.
		browser.tabUntil((e) -> String.valueOf(e.getDomAttribute("href")).endsWith("/documents"), "the documents tab");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/documents"));
		browser.collectViolations("documents", this.violations);
		browser.tabToAndType("kind", "Statuts");
		// A file input takes the path of the chosen file (what the system dialog would give back).
		browser.tabUntil((e) -> "file".equals(e.getDomAttribute("id")), "the file field").sendKeys(statutes().toString());
		browser.tabUntil((e) -> "button".equals(e.getTagName()) && "submit".equals(e.getDomAttribute("type"))
				&& e.getText().contains("Ajouter"), "the upload button");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.await().until((d) -> d.getPageSource().contains("statuts-parcours-cadres.pdf"));
		browser.collectViolations("documents after an upload", this.violations);
		// Deletes it after a page that asks to confirm: a link, then a form, no script involved.
		browser.tabUntil((e) -> String.valueOf(e.getDomAttribute("href")).endsWith("/supprimer"), "the delete link");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/supprimer"));
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("Supprimer le document « statuts-parcours-cadres.pdf » ?");
		browser.collectViolations("document deletion confirmation", this.violations);
		browser.tabUntil((e) -> "button".equals(e.getTagName()) && e.getText().equals("Supprimer le document"),
				"the confirmation button");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/documents"));
		assertThat(driver.findElement(By.cssSelector(".notice")).getText())
			.isEqualTo("Le document statuts-parcours-cadres.pdf est supprimé.");
		assertThat(driver.findElements(By.cssSelector("a[href$='/supprimer']"))).isEmpty();
		String organisation = driver.getCurrentUrl().replaceAll("/documents$", "");
		for (String page : List.of(organisation + "/membres", organisation + "/modifier")) {
			browser.open(page);
			browser.collectViolations(page, this.violations);
		}
		browser.open(url("/espace"));

		browser.tabUntil((e) -> "/compte".equals(e.getDomAttribute("href")), "the account link");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/compte"));
		browser.collectViolations("/compte", this.violations);

		for (String path : List.of("/connexion", "/mot-de-passe-oublie", "/inscription/renvoyer")) {
			browser.open(url(path));
			browser.collectViolations(path, this.violations);
		}
		assertThat(this.violations).as("axe-core violations").isEmpty();
	}

	private static java.nio.file.Path statutes() {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempDirectory("novapec").resolve("statuts-parcours-cadres.pdf");
			java.nio.file.Files.write(file, TestFiles.pdf());
			file.toFile().deleteOnExit();
			return file;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
