package fr.apec.novapec.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff are told of the submissions, resubmissions and applicants' messages of the applications of their
 * regions (lead or not) as each chose: a mail at each event, one daily digest sent by the morning job, or
 * nothing; never with what the applicant wrote.
 */
@IntegrationTest
class StaffNotificationMailsTests {

	@Autowired
	TestApplications test;

	@Autowired
	ApplicationSubmissions submissions;

	@Autowired
	ApplicationMessages messages;

	@Autowired
	StaffNotifications notifications;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void deliverWhatWasQueued() {
		TestMail.deliverAll(this.outbox);
	}

	@Test
	void staffWhoChoseEachEventGetAMailAtOnceForASubmissionAResubmissionAndAnApplicantsMessageButNeverItsText()
			throws Exception {
		// In the team of Provence-Alpes-Côte d'Azur (93), a region of the project but not its lead.
		String staff = this.test.newStaffOfRegions("Lou Provence", "93");
		this.test.notifyStaff(staff, "EACH_EVENT");
		TestApplications.Draft draft = this.test.newMultiregionalInRound("Projet suivi " + UUID.randomUUID(), "93");
		this.messages.write(draft.id(), as(draft.member()), "Notre IBAN secret est FR76 1234", null);
		this.test.returnForChanges(draft, "Précisez le budget");
		this.submissions.submit(draft.id(), as(draft.member()), true);
		TestMail.deliverAll(this.outbox);
		List<MimeMessage> mails = TestMail.to(staff);
		assertThat(mails).extracting(MimeMessage::getSubject).containsExactly(
				"Novapec : nouvelle candidature déposée (" + reference(draft) + ")",
				"Novapec : nouveau message d'un candidat (" + reference(draft) + ")",
				"Novapec : candidature déposée de nouveau (" + reference(draft) + ")");
		for (MimeMessage mail : mails) {
			assertThat(MailTexts.plain(mail)).contains("/gestion/candidatures/" + draft.id()).doesNotContain("IBAN")
				.doesNotContain("secret");
		}
		assertThat(notices(staff)).isZero();
	}

	@Test
	void staffWhoChoseTheDailyDigestGetOneMailListingThePreviousEventsOnceTheJobRuns() throws Exception {
		String staff = this.test.newStaffOfRegions("Noa Occitanie", "76");
		this.test.notifyStaff(staff, "DAILY_DIGEST");
		TestApplications.Draft first = this.test.newSubmitted("Premier projet " + UUID.randomUUID());
		TestApplications.Draft second = this.test.newSubmitted("Second projet " + UUID.randomUUID());
		this.messages.write(second.id(), as(second.member()), "Une question confidentielle", null);
		TestMail.deliverAll(this.outbox);
		assertThat(TestMail.to(staff)).as("nothing before the digest").isEmpty();
		assertThat(notices(staff)).isEqualTo(3);

		// The morning job, for the events before now.
		this.notifications.sendDigests(Instant.now().plus(1, ChronoUnit.SECONDS));
		TestMail.deliverAll(this.outbox);
		assertThat(TestMail.to(staff)).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).isEqualTo("Novapec : votre récapitulatif (3 événements)");
			assertThat(MailTexts.plain(mail)).contains(reference(first)).contains(reference(second))
				.contains("/gestion/candidatures/" + first.id()).contains("l'organisation a écrit un message")
				.doesNotContain("confidentielle");
		});
		// Run again (or by a second instance), it sends nothing twice.
		this.notifications.sendDigests(Instant.now().plus(1, ChronoUnit.SECONDS));
		TestMail.deliverAll(this.outbox);
		assertThat(TestMail.to(staff)).hasSize(1);
		assertThat(this.jdbc.sql("select count(*) from application_staff_notice n join account a on a.id = n.account_id"
				+ " where a.email = ? and n.sent_at is null").param(staff).query(Long.class).single()).isZero();
	}

	@Test
	void staffWhoChoseNeverGetNothing() throws Exception {
		String staff = this.test.newStaffOfRegions("Camille Discrète", "76");
		this.test.notifyStaff(staff, "NEVER");
		TestApplications.Draft draft = this.test.newSubmitted("Projet discret " + UUID.randomUUID());
		this.messages.write(draft.id(), as(draft.member()), "Bonjour", null);
		this.notifications.sendDigests(Instant.now().plus(1, ChronoUnit.SECONDS));
		TestMail.deliverAll(this.outbox);
		assertThat(TestMail.to(staff)).isEmpty();
		assertThat(notices(staff)).isZero();
	}

	@Test
	void staffOfNoRegionOfTheApplicationAreNotTold() throws Exception {
		String staff = this.test.newStaffOfRegions("Morgan Bretagne", "53");
		this.test.notifyStaff(staff, "EACH_EVENT");
		this.test.newSubmitted("Projet lointain " + UUID.randomUUID());
		TestMail.deliverAll(this.outbox);
		assertThat(TestMail.to(staff)).isEmpty();
	}

	private String reference(TestApplications.Draft draft) {
		return (String) this.test.row(draft.id()).get("reference");
	}

	private long notices(String staff) {
		return this.jdbc.sql("select count(*) from application_staff_notice n join account a on a.id = n.account_id"
				+ " where a.email = ?").param(staff).query(Long.class).single();
	}

}
