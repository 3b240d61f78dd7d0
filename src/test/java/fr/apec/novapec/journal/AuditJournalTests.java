package fr.apec.novapec.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.shared.AuditedAction;
import fr.apec.novapec.shared.Formats;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.StatementCounter;
import fr.apec.novapec.support.TestMail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit journal keeps what it is given: the database refuses to change, remove or empty its lines,
 * whoever asks; an action is appended only inside the transaction of the action, so a rollback takes its
 * line with it. /gestion/journal shows it to staff and administrators only (an applicant or a reviewer gets
 * 403, by the URL rules and by the service), newest first, filtered by what the address says, in a fixed
 * number of statements whatever the page's size.
 */
@IntegrationTest
class AuditJournalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditJournal journal;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestApplications test;

	@Autowired
	MailOutbox outbox;

	@AfterEach
	void deliverWhatWasQueued() {
		TestMail.deliverAll(this.outbox);
	}

	@Test
	void updateOrDeleteOnTheJournalFailsAtTheDatabase() {
		long applicationId = 990_000_001L;
		this.jdbc.sql("insert into audit_entry (application_id, action, detail, at) values (?, 'NOTE', 'gardée', now())")
			.param(applicationId)
			.update();

		assertThatThrownBy(() -> this.jdbc.sql("update audit_entry set detail = 'changée' where application_id = ?")
			.param(applicationId)
			.update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_entry where application_id = ?")
			.param(applicationId)
			.update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_entry").update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");

		assertThat(this.jdbc.sql("select detail from audit_entry where application_id = ?")
			.param(applicationId)
			.query(String.class)
			.list()).containsExactly("gardée");
	}

	@Test
	void anUnknownActionIsRefusedByTheDatabase() {
		assertThatThrownBy(() -> this.jdbc
			.sql("insert into audit_entry (application_id, action, at) values (990000002, 'ERASED', now())")
			.update()).isInstanceOf(DataAccessException.class);
	}

	@Test
	void anActionIsJournalledOnlyInsideTheTransactionOfTheActionAndGoesWithItsRollback() {
		long applicationId = 990_000_003L;
		AuditedAction action = new AuditedAction(applicationId, null, AuditedAction.Action.ELIGIBILITY, null, null,
				Instant.now());

		assertThatThrownBy(() -> this.events.publishEvent(action)).isInstanceOf(IllegalTransactionStateException.class);
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(action);
			status.setRollbackOnly();
		});
		assertThat(count(applicationId)).isZero();

		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(action));
		assertThat(count(applicationId)).isOne();
	}

	@Test
	void applicantsAndReviewersGet403OnTheJournal() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Journal interdit");
		this.mvc.perform(get("/gestion/journal").with(user(draft.member()).roles("APPLICANT")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/gestion/journal?candidature=" + draft.id()).with(user("relecteur@apec.test").roles("REVIEWER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/gestion/journal")).andExpect(redirectedUrl("/connexion"));
		// The service refuses them too, whatever the URL rules.
		for (String role : List.of("APPLICANT", "REVIEWER")) {
			assertThatThrownBy(() -> Acting.as(draft.member(), role, () -> this.journal.page(JournalFilter.none(), 1, 10)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> Acting.as(draft.member(), role, () -> this.journal.entriesOf(draft.id())))
				.isInstanceOf(AccessDeniedException.class);
		}
		// The dashboard links the journal for staff only.
		assertThat(html("/gestion", "relecteur@apec.test", "REVIEWER")).doesNotContain("href=\"/gestion/journal\"");
		String staff = this.test.organisations().newStaff("Paul Tableau");
		assertThat(html("/gestion", staff, "STAFF")).contains("href=\"/gestion/journal\"");
	}

	@Test
	void staffAndAdministratorsReadTheJournalNewestFirstFilteredByTheAddress() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Journal filtré");
		this.test.returnForChanges(draft, "Complétez les partenaires.");
		String member = draft.member();
		String staff = this.test.organisations().newStaff("Agathe Lecture");
		String base = "/gestion/journal?candidature=" + draft.id();

		List<Element> rows = rows(base, staff, "STAFF");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).text()).contains("Déposée → À compléter", "Complétez les partenaires.",
				IntegrationTest.ADMIN_EMAIL);
		assertThat(rows.get(1).text()).contains("Brouillon → Déposée", member);
		assertThat(rows.get(0).selectFirst("a[href='/gestion/candidatures/" + draft.id() + "']")).isNotNull();
		assertThat(rows(base, IntegrationTest.ADMIN_EMAIL, "ADMIN")).hasSize(2);

		assertThat(rows(base + "&action=STATUS_CHANGE", staff, "STAFF")).hasSize(2);
		assertThat(rows(base + "&action=MESSAGE", staff, "STAFF")).isEmpty();
		assertThat(rows(base + "&acteur=" + member.toUpperCase(), staff, "STAFF")).singleElement()
			.satisfies((row) -> assertThat(row.text()).contains("Brouillon → Déposée"));
		assertThat(rows(base + "&acteur=" + as(member).displayName(), staff, "STAFF")).hasSize(1);
		assertThat(rows(base + "&acteur=personne-de-connu", staff, "STAFF")).isEmpty();
		// What is typed is words, never a pattern: % and _ match only themselves.
		assertThat(rows(base + "&acteur=%25", staff, "STAFF")).isEmpty();
		assertThat(rows(base + "&acteur=_", staff, "STAFF")).isEmpty();
		LocalDate today = LocalDate.now(Formats.PARIS);
		assertThat(rows(base + "&du=" + today + "&au=" + today, staff, "STAFF")).hasSize(2);
		assertThat(rows(base + "&du=" + today.plusDays(1), staff, "STAFF")).isEmpty();
		assertThat(rows(base + "&au=" + today.minusDays(1), staff, "STAFF")).isEmpty();

		// What makes no sense in the address is ignored, and the form shows what was kept.
		Document page = Jsoup.parse(html(base + "&action=EFFACER&du=hier&page=-3", staff, "STAFF"));
		assertThat(page.select("tbody tr")).hasSize(2);
		assertThat(page.getElementById("candidature").val()).isEqualTo(String.valueOf(draft.id()));
		assertThat(page.select("#action option[selected]").val()).isEmpty();
	}

	@Test
	void theJournalRunsTheSameStatementsForAPageOfOneAsForAPageOfOneHundred() throws Exception {
		TestApplications.Draft draft = this.test.newSubmitted("Journal compté");
		this.test.returnForChanges(draft, "Un motif.");
		String staff = this.test.organisations().newStaff("Marc Compte");
		for (JournalFilter filter : List.of(JournalFilter.none(),
				new JournalFilter(AuditedAction.Action.STATUS_CHANGE, draft.member(), null, null, null),
				new JournalFilter(null, null, draft.id(), LocalDate.now(Formats.PARIS), LocalDate.now(Formats.PARIS)))) {
			long one = statements(staff, filter, 1);
			long hundred = statements(staff, filter, 100);
			assertThat(one).as(filter.toString()).isEqualTo(hundred);
			// the accounts named like the actor searched (with one), the count, the page, the actors' names
			assertThat(one).isLessThanOrEqualTo(4);
		}
		// So does the page itself, for one line as for many.
		assertThat(pageStatements("/gestion/journal?candidature=" + draft.id() + "&action=STATUS_CHANGE&acteur="
				+ draft.member(), staff)).isEqualTo(pageStatements("/gestion/journal?action=STATUS_CHANGE&acteur=a", staff));
	}

	private long statements(String staff, JournalFilter filter, int size) {
		return Acting.asStaff(staff, () -> {
			StatementCounter.reset();
			JournalPage page = this.journal.page(filter, 1, size);
			assertThat(page.items()).isNotEmpty();
			return StatementCounter.count();
		});
	}

	private long pageStatements(String path, String staff) throws Exception {
		html(path, staff, "STAFF");
		StatementCounter.reset();
		html(path, staff, "STAFF");
		return StatementCounter.count();
	}

	private List<Element> rows(String path, String login, String role) throws Exception {
		return Jsoup.parse(html(path, login, role)).select("table.journal tbody tr");
	}

	private String html(String path, String login, String role) throws Exception {
		return this.mvc.perform(get(path).with(user(login).roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long count(long applicationId) {
		return this.jdbc.sql("select count(*) from audit_entry where application_id = ?")
			.param(applicationId)
			.query(Long.class)
			.single();
	}

}
