package fr.apec.novapec.selection;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
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
 * The administrator's pages of the call in a real headless Chromium: no serious or critical axe-core
 * violation and no error of the W3C Nu HTML Checker on the call's page, with the errors of each of its two
 * forms shown, and on a round's page.
 */
@WebServerTest
class CallPagesAccessibilityTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void axeAndTheNuCheckerFindNothingOnTheCallPages() {
		String admin = "admin-" + UUID.randomUUID() + "@apec.test";
		this.accounts.createAccount(admin, TestOrganisations.STAFF_PASSWORD, "Dominique Administratrice",
				EnumSet.of(Role.ADMIN));
		WebDriver driver = browser.logIn(url(""), admin, TestOrganisations.STAFF_PASSWORD);
		List<String> violations = new ArrayList<>();

		browser.open(url("/gestion"));
		browser.collectViolations("/gestion as an administrator", violations);
		browser.open(url("/gestion/appel"));
		browser.collectViolations("/gestion/appel", violations);

		// The call's form with errors: the title cleared, a closing date before the opening.
		driver.findElement(By.id("title")).clear();
		driver.findElement(By.id("maxAmount")).sendKeys("beaucoup");
		driver.findElement(By.cssSelector("form[action$='/gestion/appel'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("title-error")).isEmpty());
		assertThat(driver.findElement(By.id("maxAmount")).getDomAttribute("aria-describedby"))
			.isEqualTo("maxAmount-hint maxAmount-error");
		browser.collectViolations("call form with errors", violations);

		// The new round's form with errors: nothing typed.
		browser.open(url("/gestion/appel"));
		driver.findElement(By.cssSelector("form[action$='/gestion/appel/tours'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("label-error")).isEmpty());
		browser.collectViolations("new round form with errors", violations);

		// A round's own page.
		browser.open(url("/gestion/appel"));
		driver.findElement(By.cssSelector("a[href^='/gestion/appel/tours/']")).click();
		browser.await().until((d) -> !d.findElements(By.id("committeeDate")).isEmpty());
		browser.collectViolations("round page", violations);

		assertThat(violations).as(String.join("\n", violations)).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
