package fr.apec.novapec.review;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.Browser;
import fr.apec.novapec.support.WebServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review pages in a real headless Chromium: no serious or critical axe-core violation and no error of
 * the W3C Nu HTML Checker on the reviewer's workspace, its declaration (with its error), the application
 * with its score sheet (with errors), the sheets; staff's evaluation page (with its error); the
 * administrators' grid (editable, with errors, and frozen).
 */
@WebServerTest
class ReviewPagesAccessibilityTests {

	static final String PASSWORD = "mot-de-passe-evaluateur";

	static final String ADMIN_PASSWORD = "mot-de-passe-administrateur";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestApplications test;

	@Autowired
	AccountService accounts;

	@Autowired
	ReviewAssignments assignments;

	@Autowired
	fr.apec.novapec.application.StaffApplications staffApplications;

	@Test
	void axeAndTheNuCheckerFindNothingOnTheReviewPages() {
		// This context has no first administrator: an administrator of its own puts the application in review
		// (eligibility is decided by the lead region's team or an administrator).
		String staff = account("Denis Instructeur", Role.ADMIN);
		TestApplications.Draft draft = this.test.newSubmittedInRound("Évaluation accessible " + UUID.randomUUID());
		Acting.asAdmin(staff, () -> this.staffApplications.putInReview(draft.id(), as(staff)));
		String reviewer = account("Alice Évaluatrice", Role.REVIEWER);
		String admin = account("Bérénice Administratrice", Role.ADMIN);
		// A reviewer still to assign, so that the evaluation page shows its form.
		account("Camille Disponible", Role.REVIEWER);
		Acting.asStaff(staff, () -> this.assignments.assign(draft.id(), as(reviewer).id(), as(staff)));
		List<String> violations = new ArrayList<>();
		String base = "/gestion/evaluations/" + draft.id();

		WebDriver driver = login(reviewer, PASSWORD);
		browser.open(url("/gestion/evaluations"));
		browser.collectViolations("reviewer's workspace", violations);
		browser.open(url(base));
		browser.collectViolations("declaration", violations);
		driver.findElement(By.cssSelector("form[action$='/declaration'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("conflict-error")).isEmpty());
		browser.collectViolations("declaration with its error", violations);
		driver.findElement(By.id("conflict-false")).click();
		driver.findElement(By.cssSelector("form[action$='/declaration'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.cssSelector("form[action$='/notes']")).isEmpty());
		browser.collectViolations("application with its score sheet", violations);
		driver.findElement(By.cssSelector("form[action$='/notes'] button[value=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("rows0-score-error")).isEmpty());
		browser.collectViolations("score sheet with errors", violations);
		browser.open(url(base + "/notes"));
		browser.collectViolations("sheets", violations);

		login(admin, ADMIN_PASSWORD);
		String evaluation = "/gestion/candidatures/" + draft.id() + "/evaluation";
		browser.open(url(evaluation));
		browser.collectViolations("evaluation", violations);
		driver.findElement(By.cssSelector("form[action$='/affectations'] button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("first-error")).isEmpty());
		browser.collectViolations("evaluation with the assignment refused", violations);
		browser.open(url("/gestion"));
		browser.collectViolations("dashboard of an administrator", violations);

		// The grid of a call of its own (the Novapec call's is frozen once any test scored), then the frozen one.
		long call = newCall();
		browser.open(url("/gestion/appel/grille?appel=" + call));
		browser.collectViolations("editable grid", violations);
		browser.tabToAndType("rows0.label", "Innovation");
		browser.tabToAndType("rows0.weight", "zéro");
		driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		browser.await().until((d) -> !d.findElements(By.id("rows0-weight-error")).isEmpty());
		browser.collectViolations("grid with errors", violations);
		markScored(call);
		browser.open(url("/gestion/appel/grille?appel=" + call));
		assertThat(driver.findElements(By.cssSelector("main input"))).isEmpty();
		browser.collectViolations("frozen grid", violations);

		assertThat(violations).as(String.join("\n", violations)).isEmpty();
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private long newCall() {
		return this.jdbc.sql("""
				insert into call_for_projects (slug, title, rules, opens_on)
				values (:slug, 'Appel de test', 'Règles', date '2026-01-01') returning id""")
			.param("slug", "test-" + UUID.randomUUID().toString().substring(0, 8))
			.query(Long.class)
			.single();
	}

	private void markScored(long call) {
		this.jdbc.sql("update review_grid set scored_at = now() where call_id = :call").param("call", call).update();
	}

	private String account(String name, Role role) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@apec.test";
		this.accounts.createAccount(email, (role == Role.ADMIN) ? ADMIN_PASSWORD : PASSWORD, name, EnumSet.of(role));
		return email;
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
