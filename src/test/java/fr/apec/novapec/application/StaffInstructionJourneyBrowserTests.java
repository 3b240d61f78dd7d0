package fr.apec.novapec.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.Browser;
import fr.apec.novapec.support.TestMail;
import fr.apec.novapec.support.WebServerTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instruction of an application in a real headless Chromium (issue 12, point 10): an administrator opens
 * a selection round, which the application waiting for one joins, and invites a reviewer, who sets its
 * password from the mail; a staff member of the lead region's team finds the application with the inbox's
 * filters, marks it eligible and assigns two reviewers; each declares no conflict of interest and scores every
 * criterion; the weighted mean then shows on the application's page, its evaluation page and in the inbox,
 * equal to the hand computation. axe-core (and the Nu HTML Checker) check every page on the way.
 */
@WebServerTest
class StaffInstructionJourneyBrowserTests {

	static final String PASSWORD = "mot-de-passe-du-parcours";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestApplications test;

	@Autowired
	AccountService accounts;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Closes the round the journey opened (its cut-off moved into the past, behind the lifecycle's back: a test's
	 * cleaning), so that no later test's submission joins it: the other tests expect no round to be open.
	 */
	@org.junit.jupiter.api.AfterEach
	void closeTheJourneysRound() {
		this.jdbc.sql("""
				update selection_round set submission_deadline = current_date - 1
				where label like 'Session du parcours %' and submission_deadline >= current_date""").update();
	}

	private final List<String> violations = new ArrayList<>();

	@Test
	void anAdministratorOpensARoundAndInvitesAReviewerStaffInstructTheApplicationAndTwoReviewersScoreIt()
			throws Exception {
		String word = "Parcours" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		TestApplications.Draft application = this.test.newSubmitted("Ateliers d'instruction " + word);
		String title = (String) this.test.row(application.id()).get("title");
		String admin = account("Ada Administratrice", Role.ADMIN, Role.STAFF);
		String staff = account("Sacha Occitanie", Role.STAFF);
		this.jdbc.sql("insert into staff_team_region (account_id, region_code) select id, '76' from account where email = ?")
			.param(staff)
			.update();
		String knownReviewer = account("Bruno Relecteur", Role.REVIEWER);
		String invitedReviewer = "invitee-" + UUID.randomUUID() + "@apec.test";

		// The administrator opens a round: the application waiting for one joins it.
		browser.logIn(url(""), admin, PASSWORD);
		open("/gestion/appel", "call settings and rounds");
		String roundLabel = "Session du parcours " + word;
		type("label", roundLabel);
		date("submissionDeadline", LocalDate.now().plusMonths(2));
		date("committeeDate", LocalDate.now().plusMonths(3));
		submit("form[action='/gestion/appel/tours'] button[type=submit]");
		assertThat(main()).contains(roundLabel);
		browser.collectViolations("call page, round added", this.violations);
		assertThat(this.jdbc.sql("select round_id from grant_application where id = ?")
			.param(application.id())
			.query(Long.class)
			.single()).isNotNull();

		// … and invites a reviewer by mail.
		open("/gestion/equipe", "team");
		type("email", invitedReviewer);
		check("role-REVIEWER");
		submit("form[action='/gestion/equipe/invitations'] button[type=submit]");
		assertThat(main()).contains(invitedReviewer);
		browser.collectViolations("team page, reviewer invited", this.violations);
		signOut();

		// The reviewer sets its name and password from the link in the mail.
		TestMail.deliverAll(this.outbox);
		List<MimeMessage> invitations = TestMail.to(invitedReviewer);
		assertThat(invitations).hasSize(1);
		open(TestMail.link(invitations.get(0), "/equipe/invitation"), "invitation");
		type("displayName", "Inès Invitée");
		type("password", PASSWORD);
		type("passwordConfirmation", PASSWORD);
		submit("form[action='/equipe/invitation'] button[type=submit]");
		browser.await().until((d) -> d.getCurrentUrl().contains("/connexion"));
		browser.collectViolations("login page after the invitation", this.violations);

		// A staff member of the lead region's team finds it with the inbox's filters and marks it eligible.
		browser.logIn(url(""), staff, PASSWORD);
		open("/gestion/candidatures", "inbox");
		type("q", word);
		browser.await().until((d) -> d.findElements(By.cssSelector("#resultats tbody tr")).size() == 1
				&& d.findElement(By.id("resultats")).getText().contains(title));
		browser.collectViolations("inbox, filtered", this.violations);
		submit("#resultats a[href='/gestion/candidatures/" + application.id() + "']");
		browser.collectViolations("staff page of the application, submitted", this.violations);
		submit("form[action$='/instruction'] button[type=submit]");
		assertThat(main()).contains("En instruction");
		browser.collectViolations("staff page of the application, in review", this.violations);

		// … and assigns two reviewers.
		submit("a[href='/gestion/candidatures/" + application.id() + "/evaluation']");
		browser.collectViolations("evaluation page, nobody assigned", this.violations);
		new Select(browser.driver().findElement(By.id("first"))).selectByValue(String.valueOf(id(invitedReviewer)));
		new Select(browser.driver().findElement(By.id("second"))).selectByValue(String.valueOf(id(knownReviewer)));
		submit("form[action$='/evaluation/affectations'] button[type=submit]");
		assertThat(main()).contains("Inès Invitée").contains("Bruno Relecteur");
		browser.collectViolations("evaluation page, two reviewers assigned", this.violations);
		signOut();

		// Each reviewer declares no conflict of interest and scores every criterion:
		// (4×25 + 3×25 + 5×20 + 2×15 + 1×15) / 100 = 3.20 and (5×25 + 5×25 + 4×20 + 3×15 + 3×15) / 100 = 4.20.
		score(invitedReviewer, application.id(), title, 4, 3, 5, 2, 1);
		score(knownReviewer, application.id(), title, 5, 5, 4, 3, 3);

		// The weighted mean, (3.20 + 4.20) / 2 = 3.70, on the application's page, its evaluation page and in the
		// inbox filtered on it.
		browser.logIn(url(""), staff, PASSWORD);
		open("/gestion/candidatures/" + application.id(), "staff page of the application, scored");
		assertThat(browser.driver().findElement(By.cssSelector("[data-figure=mean]")).getText()).isEqualTo("3,70 sur 5");
		open("/gestion/candidatures/" + application.id() + "/evaluation", "evaluation page, both sheets submitted");
		assertThat(browser.driver().findElement(By.cssSelector("[data-figure=mean]")).getText()).isEqualTo("3,70 sur 5");
		open("/gestion/candidatures?q=" + word + "&note=3,5&tri=note", "inbox, at least 3,5, best first");
		assertThat(browser.driver().findElement(By.cssSelector("#resultats tbody tr")).getText()).contains(title)
			.contains("3,70");

		assertThat(this.violations).as(String.join(System.lineSeparator(), this.violations)).isEmpty();
	}

	/** The reviewer logs in, opens the application from its list, declares no conflict and submits its scores. */
	private void score(String reviewer, long applicationId, String title, int... scores) {
		browser.logIn(url(""), reviewer, PASSWORD);
		open("/gestion/evaluations", "reviewer's assignments");
		submit("a[href='/gestion/evaluations/" + applicationId + "']");
		assertThat(main()).contains(title);
		browser.collectViolations("declaration of interests", this.violations);
		check("conflict-false");
		submit("form[action$='/declaration'] button[type=submit]");
		browser.collectViolations("application to score", this.violations);
		for (int i = 0; i < scores.length; i++) {
			new Select(browser.driver().findElement(By.id("rows" + i + ".score"))).selectByValue(String.valueOf(scores[i]));
			browser.driver().findElement(By.id("rows" + i + ".comment")).sendKeys("Avis sur le critère " + (i + 1));
		}
		submit("button[name=action][value=submit]");
		assertThat(browser.driver().findElements(By.cssSelector("button[name=action]"))).isEmpty();
		browser.collectViolations("application scored", this.violations);
		signOut();
	}

	private String account(String name, Role... roles) {
		String email = "parcours-" + UUID.randomUUID() + "@apec.test";
		this.accounts.createAccount(email, PASSWORD, name, EnumSet.of(roles[0], roles));
		return email;
	}

	private long id(String email) {
		return this.jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
	}

	/** Opens the page at this path (or address) and checks it. */
	private void open(String path, String page) {
		browser.open(path.startsWith("http") ? path : url(path));
		browser.collectViolations(page, this.violations);
	}

	/** Clicks the button or link and waits for the page it leads to, with no error summary. */
	private void submit(String selector) {
		WebElement target = browser.driver().findElement(By.cssSelector(selector));
		browser.leadsToNewPage(target::click);
		assertThat(browser.driver().findElements(By.cssSelector("main .error-summary"))).as(selector).isEmpty();
	}

	private void type(String id, String text) {
		WebElement field = browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Ticks the checkbox or radio button with this id (a click on it, as on its label). */
	private void check(String id) {
		WebElement box = browser.driver().findElement(By.id(id));
		if (!box.isSelected()) {
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", box);
		}
		assertThat(box.isSelected()).as(id).isTrue();
	}

	/** A date field's value, set as the browser's date picker would (its typing order depends on the locale). */
	private void date(String id, LocalDate day) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
				browser.driver().findElement(By.id(id)), day.toString());
	}

	private String main() {
		return browser.driver().findElement(By.tagName("main")).getText();
	}

	/** Ends the session: the next person logs in on a fresh one. */
	private void signOut() {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
