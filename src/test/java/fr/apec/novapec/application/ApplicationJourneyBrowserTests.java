package fr.apec.novapec.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.organisation.TestFiles;
import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.Browser;
import fr.apec.novapec.support.TestMail;
import fr.apec.novapec.support.WebServerTest;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey of an application in a real headless Chromium, with the keyboard alone (TAB, typing,
 * SPACE, ENTER): a member starts an application, lets autosave keep what is typed, logs out in the
 * middle and finds everything again in a second session, writes every step, attaches a document of
 * the vault and sends another from the step, submits, receives the receipt by mail with the PDF of the
 * application, and sees the history; staff ask a question from their page, the member is told by mail,
 * reads it and answers it. axe-core checks every page on the way.
 */
@WebServerTest
class ApplicationJourneyBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Applications applications;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestApplications test;

	private final List<String> violations = new ArrayList<>();

	@Test
	void aMemberWritesAnApplicationOverTwoSessionsSubmitsItAndGetsTheReceiptWithTheKeyboardAlone() throws Exception {
		String member = this.test.organisations().newApplicant("Camille Martin");
		long organisation = this.test.organisations().newOrganisation(member, "Parcours Cadres Occitanie");
		TestApplications.Draft vaultOwner = new TestApplications.Draft(member, organisation, 0);
		this.test.addDocument(vaultOwner, DocumentKind.STATUTES, null);
		this.test.addDocument(vaultOwner, DocumentKind.APPROVED_ACCOUNTS, LocalDate.now().plusYears(1));
		WebDriver driver = browser.logIn(url(""), member, TestOrganisations.PASSWORD);

		// First session: starts the application and lets autosave keep the summary.
		follow((e) -> "/espace/candidatures/nouvelle".equals(e.getDomAttribute("href")), "/espace/candidatures/nouvelle");
		browser.collectViolations("new application", this.violations);
		browser.tabToAndType("title", "Cadres et jeunes diplômés en Occitanie", Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/projet"));
		long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/candidatures/(\\d+)/projet$", "$1"));
		browser.tabToAndType("summary", "Des ateliers pour que les cadres éloignés de l'emploi retrouvent un poste.");
		browser.await()
			.until((d) -> d.findElement(By.id("autosave-status")).getText().startsWith("Enregistré à"));
		browser.collectViolations("project step, saved by autosave", this.violations);
		logOut();

		// Second session: nothing was lost; the member goes on from the application's page.
		browser.logIn(url(""), member, TestOrganisations.PASSWORD);
		follow((e) -> ("/espace/candidatures/" + id).equals(e.getDomAttribute("href")), "/espace/candidatures/" + id);
		browser.collectViolations("application page, draft", this.violations);
		follow((e) -> ("/espace/candidatures/" + id + "/projet").equals(e.getDomAttribute("href")), "/projet");
		assertThat(driver.findElement(By.id("summary")).getDomProperty("value"))
			.isEqualTo("Des ateliers pour que les cadres éloignés de l'emploi retrouvent un poste.");
		browser.tabToAndType("description", "Douze ateliers collectifs, un suivi individuel et des rencontres avec des employeurs.");
		saveStep();

		nextStep("themes-et-publics");
		browser.tabUntil((e) -> String.valueOf(e.getDomAttribute("id")).startsWith("theme-"), "the theme choice");
		press(Keys.SPACE);
		browser.tabUntil((e) -> "public-cadres".equals(e.getDomAttribute("id")), "the public cadres");
		press(Keys.SPACE);
		browser.tabUntil((e) -> "public-jeunes-diplomes".equals(e.getDomAttribute("id")), "the public young graduates");
		press(Keys.SPACE);
		saveStep();

		nextStep("territoires");
		browser.tabUntil((e) -> "region-76".equals(e.getDomAttribute("id")), "the region Occitanie");
		press(Keys.SPACE);
		browser.tabToAndType("leadRegion", "Occitanie");
		browser.tabToAndType("cities0.name", "Montpellier");
		browser.tabToAndType("cities0.region", "Occitanie");
		browser.tabUntil((e) -> "cities0.priority1".equals(e.getDomAttribute("id"))
				|| "cities0.priority".equals(e.getDomAttribute("id")), "the priority neighbourhood box");
		press(Keys.SPACE);
		saveStep();

		nextStep("beneficiaires-et-calendrier");
		browser.tabToAndType("plannedCadres", "40");
		browser.tabToAndType("plannedJeunesDiplomes", "25");
		typeDate("startDate", LocalDate.of(2027, 3, 1));
		browser.tabToAndType("durationMonths", "18");
		saveStep();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("31 août 2028");

		nextStep("budget");
		browser.tabToAndType("totalBudget", "120 000");
		browser.tabToAndType("requestedAmount", "45 000,50 €");
		saveStep();
		assertThat(plain(driver.findElement(By.id("requestedAmount")).getDomProperty("value"))).isEqualTo("45 000,50");

		nextStep("indicateurs");
		browser.tabToAndType("indicators0.label", "Cadres revenus en emploi six mois après");
		browser.tabToAndType("indicators0.target", "30");
		saveStep();

		nextStep("partenaires");
		browser.tabToAndType("partners0.name", "Maison de l'emploi de Montpellier");
		browser.tabToAndType("partners0.role", "Oriente les participants");
		saveStep();

		// Documents: one from the vault, and the bank details sent from the step itself.
		nextStep("documents");
		browser.tabUntil((e) -> "checkbox".equals(e.getDomAttribute("type"))
				&& String.valueOf(e.getDomAttribute("id")).startsWith("document-"), "a document of the vault");
		press(Keys.SPACE);
		saveStep();
		browser.tabToAndType("kind", "Relevé");
		// A file input takes the path of the chosen file (what the system dialog would give back).
		browser.tabUntil((e) -> "file".equals(e.getDomAttribute("id")), "the file field")
			.sendKeys(bankDetails().toString());
		browser.tabUntil((e) -> "button".equals(e.getTagName()) && e.getText().equals("Ajouter et joindre le document"),
				"the upload button");
		press(Keys.ENTER);
		browser.await().until((d) -> d.findElement(By.tagName("main")).getText().contains("rib-parcours-cadres.pdf"));
		browser.collectViolations("documents step after an upload", this.violations);
		assertThat(this.applications.draft(id, as(member)).documentIds()).hasSize(2);

		// Review and submission.
		nextStep("verification");
		browser.collectViolations("review step", this.violations);
		assertThat(driver.findElements(By.id("blockers-heading"))).isEmpty();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Maison de l'emploi de Montpellier");
		// Without the attestation ticked, nothing is submitted and its message stands beside the box.
		browser.tabUntil((e) -> "button".equals(e.getTagName()) && e.getText().equals("Déposer ma candidature"),
				"the submit button");
		press(Keys.ENTER);
		browser.await().until((d) -> !d.findElements(By.id("attested-error")).isEmpty());
		browser.collectViolations("review step, attestation not ticked", this.violations);
		assertThat(this.applications.draft(id, as(member)).status()).isEqualTo(ApplicationStatus.DRAFT);
		browser.tabUntil((e) -> "attested".equals(e.getDomAttribute("id")), "the attestation box");
		press(Keys.SPACE);
		browser.tabUntil((e) -> "button".equals(e.getTagName()) && e.getText().equals("Déposer ma candidature"),
				"the submit button");
		press(Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith("/espace/candidatures/" + id));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Votre candidature a été déposée");
		browser.collectViolations("application page, submitted", this.violations);
		assertThat(driver.findElement(By.className("timeline")).getText()).contains("Brouillon").contains("Déposée");
		assertThat(plain(driver.findElement(By.tagName("main")).getText())).contains("45 000,50 €");
		assertThat(this.applications.draft(id, as(member)).status()).isEqualTo(ApplicationStatus.SUBMITTED);

		// The receipt.
		TestMail.deliverAll(this.outbox);
		List<MimeMessage> mails = TestMail.to(member);
		assertThat(mails).hasSize(1);
		assertThat(TestMail.text(mails.get(0))).contains("Cadres et jeunes dipl");
		List<Part> attachments = TestMail.attachments(mails.get(0));
		assertThat(attachments).hasSize(1);
		assertThat(attachments.get(0).getContentType()).startsWith("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(attachments.get(0).getInputStream().readAllBytes())) {
			assertThat(plain(new PDFTextStripper().getText(pdf))).contains("Cadres et jeunes diplômés en Occitanie")
				.contains("Montpellier")
				.contains("45 000,50 €");
		}

		// Staff ask a question from their side of the thread.
		logOut();
		String staff = this.test.organisations().newStaff("Dominique Instruction");
		browser.logIn(url(""), staff, TestOrganisations.STAFF_PASSWORD);
		follow((e) -> "/gestion/candidatures".equals(e.getDomAttribute("href")), "/gestion/candidatures");
		browser.collectViolations("staff list of applications", this.violations);
		follow((e) -> ("/gestion/candidatures/" + id).equals(e.getDomAttribute("href")), "/gestion/candidatures/" + id);
		browser.collectViolations("staff page of the application", this.violations);
		browser.tabToAndType("text", "Combien d'ateliers prévoyez-vous à Montpellier ?");
		sendMessage("Combien d'ateliers prévoyez-vous à Montpellier ?");
		logOut();

		// The member is told by mail, reads the question on the application's page and answers it.
		TestMail.deliverAll(this.outbox);
		List<MimeMessage> notices = TestMail.to(member);
		assertThat(notices).hasSize(2);
		browser.logIn(url(""), member, TestOrganisations.PASSWORD);
		browser.open(url(TestMail.link(notices.get(1), "/espace/candidatures/" + id)));
		assertThat(driver.findElement(By.id("messages")).getText()).contains("Équipe Novapec")
			.contains("Combien d'ateliers prévoyez-vous à Montpellier ?");
		browser.collectViolations("application page with a staff message", this.violations);
		browser.tabToAndType("text", "Huit à Montpellier, dont quatre dans le quartier de la Mosson.");
		sendMessage("Huit à Montpellier, dont quatre dans le quartier de la Mosson.");
		browser.collectViolations("application page with the answer", this.violations);
		assertThat(this.jdbc.sql("select count(*) from application_message where application_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(2);

		assertThat(this.violations).as(String.join(System.lineSeparator(), this.violations)).isEmpty();
	}

	/** TAB to the thread's button, ENTER: the page comes back with the message in the thread. */
	private void sendMessage(String text) {
		browser.tabUntil((e) -> "button".equals(e.getTagName()) && e.getText().equals("Envoyer le message"),
				"the send button");
		press(Keys.ENTER);
		browser.await().until((d) -> d.findElement(By.id("messages")).getText().contains(text)
				&& d.findElements(By.className("error-summary")).isEmpty());
	}

	/** A PDF on disk, as the member's computer holds it. */
	private static Path bankDetails() throws IOException {
		Path file = Files.createTempDirectory("novapec-journey-").resolve("rib-parcours-cadres.pdf");
		Files.write(file, TestFiles.pdf());
		file.toFile().deleteOnExit();
		file.getParent().toFile().deleteOnExit();
		return file;
	}

	/** Logs out with the header's button: the page that follows offers to log in again. */
	private void logOut() {
		browser.tabUntil((e) -> "button".equals(e.getTagName()) && e.getText().equals("Se déconnecter"),
				"the log-out button");
		press(Keys.ENTER);
		browser.await().until((d) -> !d.getCurrentUrl().contains("/espace") && !d.getCurrentUrl().contains("/gestion")
				&& !d.findElements(By.cssSelector("a[href='/connexion']")).isEmpty());
	}

	/** TAB to the link, ENTER, and wait for the page it leads to. */
	private void follow(Predicate<WebElement> link, String expectedEnd) {
		browser.tabUntil(link, "the link to " + expectedEnd);
		press(Keys.ENTER);
		browser.await().until((d) -> d.getCurrentUrl().endsWith(expectedEnd));
	}

	/** Through the steps' navigation, to the step with this slug; checks the page. */
	private void nextStep(String slug) {
		follow((e) -> String.valueOf(e.getDomAttribute("href")).endsWith("/" + slug), "/" + slug);
		browser.collectViolations("step " + slug, this.violations);
	}

	/**
	 * TAB to the step's button, ENTER: a new page comes back saying it is saved, with no error. The autosave
	 * may already show "Enregistré" on the page typed in, so the wait is for that page to go first.
	 */
	private void saveStep() {
		browser.tabUntil((e) -> "button".equals(e.getTagName()) && e.getText().equals("Enregistrer cette étape"),
				"the save button");
		browser.leadsToNewPage(() -> press(Keys.ENTER));
		browser.await().until((d) -> d.findElement(By.tagName("main")).getText().contains("Enregistré"));
		assertThat(browser.driver().findElements(By.className("error-summary"))).isEmpty();
	}

	/**
	 * Types a day into a date field as a keyboard user does. The order of its parts follows the browser's
	 * system locale (jj/mm/aaaa in French, mm/dd/yyyy on a machine without French locale): when the day
	 * went to the month, back to the first part with the arrow keys and typed in the other order.
	 */
	private void typeDate(String id, LocalDate day) {
		String dd = String.format("%02d", day.getDayOfMonth());
		String mm = String.format("%02d", day.getMonthValue());
		String yyyy = String.valueOf(day.getYear());
		browser.tabToAndType(id, dd + mm + yyyy);
		WebElement field = browser.driver().switchTo().activeElement();
		if (!day.toString().equals(field.getDomProperty("value"))) {
			press(Keys.ARROW_LEFT);
			press(Keys.ARROW_LEFT);
			press(mm + dd + yyyy);
		}
		assertThat(field.getDomProperty("value")).isEqualTo(day.toString());
	}

	/** The text with its no-break spaces (thousands, before €) as plain ones. */
	private static String plain(String text) {
		return text.replace('\u202f', ' ').replace('\u00a0', ' ');
	}

	private void press(CharSequence key) {
		new Actions(browser.driver()).sendKeys(key).perform();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
