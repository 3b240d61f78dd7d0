package fr.apec.novapec.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.Browser;
import fr.apec.novapec.support.SignedIn;
import fr.apec.novapec.support.TestMail;
import fr.apec.novapec.support.WebServerTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff team's pages in a real headless Chromium: no serious or critical axe-core violation and no error
 * of the W3C Nu HTML Checker on /gestion/equipe, an account's page, the invitation page and the account page
 * of a staff member, each with and without errors shown.
 */
@WebServerTest
class StaffTeamPagesAccessibilityTests {

	static final String PASSWORD = "une phrase de passe d'administration";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	StaffAdministration team;

	@Autowired
	MailOutbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void axeAndTheNuCheckerFindNothingOnTheTeamPages() {
		String admin = "admin-" + UUID.randomUUID() + "@apec.test";
		long adminId = this.accounts.createAccount(admin, PASSWORD, "Administratrice", EnumSet.of(Role.ADMIN, Role.STAFF));
		String invited = "invite-" + UUID.randomUUID() + "@apec.test";
		Acting.as(admin, "ADMIN", () -> this.team.invite(SignedIn.as(admin), invited, Set.of(Role.REVIEWER), Set.of("53")));
		List<String> violations = new ArrayList<>();

		WebDriver driver = browser.logIn(url(""), admin, PASSWORD);
		browser.open(url("/gestion/equipe"));
		assertThat(driver.getPageSource()).contains(invited);
		browser.collectViolations("/gestion/equipe", violations);
		driver.findElement(By.id("role-REVIEWER")).click();
		driver.findElement(By.cssSelector("form[action$='/invitations'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("email-error")).isEmpty());
		browser.collectViolations("/gestion/equipe with errors", violations);

		browser.open(url("/gestion/equipe/" + adminId));
		browser.collectViolations("an administrator's page", violations);
		driver.findElement(By.id("role-ADMIN")).click();
		driver.findElement(By.id("role-STAFF")).click();
		driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("roles-error")).isEmpty());
		browser.collectViolations("an administrator's page with errors", violations);

		browser.open(url("/compte"));
		assertThat(driver.findElements(By.id("notification-DAILY_DIGEST"))).isNotEmpty();
		browser.collectViolations("/compte of a staff member", violations);

		browser.open(url("/connexion")).manage().deleteAllCookies();
		TestMail.deliverAll(this.outbox);
		List<MimeMessage> mails = TestMail.to(invited);
		String link = TestMail.link(mails.get(mails.size() - 1), "/equipe/invitation");
		browser.open(url(link));
		browser.collectViolations("invitation page", violations);
		driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("displayName-error")).isEmpty());
		browser.collectViolations("invitation page with errors", violations);
		browser.open(url("/equipe/invitation?jeton=inconnu"));
		browser.collectViolations("invalid invitation link", violations);

		assertThat(violations).as(String.join("\n", violations)).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
