package fr.apec.novapec;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.results.Rule;
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
 * verification link read from the mail, login, the account page; axe-core checks every page on the way.
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
	void aNewcomerSignsUpConfirmsTheAddressAndLogsInWithTheKeyboardAlone() {
		String email = "nouvelle-" + UUID.randomUUID() + "@exemple.fr";
		String password = "une longue phrase de passe";
		WebDriver driver = browser.open(url("/"));
		checkAccessibility("/");

		browser.tabUntil((e) -> "/connexion".equals(e.getDomAttribute("href")), "the sign-in link");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/connexion"));
		browser.tabUntil((e) -> "/inscription".equals(e.getDomAttribute("href")), "the sign-up link");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/inscription"));
		checkAccessibility("/inscription");
		browser.tabToAndType("displayName", "Camille Martin");
		browser.tabToAndType("email", email);
		browser.tabToAndType("password", "court");
		browser.tabToAndType("passwordConfirmation", "court", Keys.ENTER);
		browser.await().until((d) -> !d.findElements(By.id("password-error")).isEmpty());
		assertThat(driver.findElement(By.id("email")).getDomProperty("value")).isEqualTo(email);
		checkAccessibility("/inscription with errors");

		browser.tabToAndType("password", password);
		browser.tabToAndType("passwordConfirmation", password, Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/inscription/envoye"));
		checkAccessibility("/inscription/envoye");

		this.outbox.sendDue();
		List<MimeMessage> mails = TestMail.to(email);
		assertThat(mails).hasSize(1);
		browser.open(url(TestMail.link(mails.get(0), "/inscription/confirmer")));
		checkAccessibility("/inscription/confirmer");
		browser.tabUntil((e) -> "button".equals(e.getTagName()) && "submit".equals(e.getDomAttribute("type")),
				"the confirmation button");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/connexion?confirme"));
		checkAccessibility("/connexion?confirme");

		browser.tabToAndType("email", email);
		browser.tabToAndType("password", password, Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/espace"));
		checkAccessibility("/espace");

		browser.tabUntil((e) -> "/compte".equals(e.getDomAttribute("href")), "the account link");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/compte"));
		checkAccessibility("/compte");

		for (String path : List.of("/connexion", "/mot-de-passe-oublie", "/inscription/renvoyer")) {
			browser.open(url(path));
			checkAccessibility(path);
		}
		assertThat(this.violations).as("axe-core violations").isEmpty();
	}

	private void checkAccessibility(String page) {
		List<Rule> found = browser.axeViolations();
		if (!found.isEmpty()) {
			this.violations.add(page + ":" + Browser.describe(found));
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
