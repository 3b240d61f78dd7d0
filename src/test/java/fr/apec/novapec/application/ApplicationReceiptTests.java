package fr.apec.novapec.application;

import java.util.List;

import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Text;
import fr.apec.novapec.support.TestMail;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The receipt of a submission carries the PDF of the application as it was submitted, and reaches every
 * member of the organisation, not only the one who clicked.
 */
@IntegrationTest
class ApplicationReceiptTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationSubmissions submissions;

	@Autowired
	MailOutbox mail;

	@Autowired
	TestApplications test;

	@Test
	void theReceiptCarriesThePdfOfTheApplicationAsSubmitted() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraft("Projet joint en PDF");
		this.mvc.perform(TestApplications.submission(draft)
			.with(user(draft.member()).roles("APPLICANT"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		TestMail.deliverAll(this.mail);

		MimeMessage receipt = TestMail.to(draft.member()).get(0);
		assertThat(receipt.getContentType()).startsWith("multipart/mixed");
		Part attachment = pdfAttachment(receipt);
		assertThat(attachment.getFileName()).isEqualTo("candidature-" + draft.id() + ".pdf");
		byte[] pdf = attachment.getInputStream().readAllBytes();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = Text.plainSpaces(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
			assertThat(text).contains("Projet joint en PDF").contains("Statut Déposée")
				.contains("En attente de la prochaine session de sélection")
				.contains("45 000 €")
				.doesNotContain("Pas encore déposée");
		}
		assertThat(Text.plainSpaces(TestMail.text(receipt))).contains("format PDF");
	}

	@Test
	void everyMemberOfTheOrganisationGetsTheReceiptWithThePdf() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraft("Projet à plusieurs");
		String colleague = this.test.organisations().newApplicant("Collègue");
		this.test.organisations().addMember(draft.organisationId(), colleague);
		String outsider = this.test.organisations().newApplicant("Autre organisation");
		this.test.organisations().newOrganisation(outsider, "Autre organisation");

		this.submissions.submit(draft.id(), as(draft.member()), true);
		TestMail.deliverAll(this.mail);

		for (String member : List.of(draft.member(), colleague)) {
			List<MimeMessage> received = TestMail.to(member);
			assertThat(received).as(member).hasSize(1);
			assertThat(received.get(0).getSubject()).contains("Projet à plusieurs");
			assertThat(pdfAttachment(received.get(0)).getFileName()).isEqualTo("candidature-" + draft.id() + ".pdf");
		}
		assertThat(TestMail.to(outsider)).isEmpty();
	}

	@Test
	void theSubmitterReadsTheReceiptInTheLanguageOfTheRequestAndTheOtherMembersInFrench() throws Exception {
		TestApplications.Draft draft = this.test.newCompleteDraft("Projet bilingue");
		String colleague = this.test.organisations().newApplicant("Collègue");
		this.test.organisations().addMember(draft.organisationId(), colleague);
		this.mvc.perform(TestApplications.submission(draft)
			.header("Accept-Language", "en")
			.with(user(draft.member()).roles("APPLICANT"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		TestMail.deliverAll(this.mail);

		MimeMessage english = TestMail.to(draft.member()).get(0);
		assertThat(english.getSubject()).startsWith("Receipt:");
		try (PDDocument document = Loader.loadPDF(pdfAttachment(english).getInputStream().readAllBytes())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Equal access to employment")
				.contains("Submitted");
		}
		MimeMessage french = TestMail.to(colleague).get(0);
		assertThat(french.getSubject()).startsWith("Accusé de réception");
		try (PDDocument document = Loader.loadPDF(pdfAttachment(french).getInputStream().readAllBytes())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Égalité d'accès à l'emploi")
				.contains("Déposée");
		}
	}

	/** The one attachment of the message, which must be a PDF. */
	private static Part pdfAttachment(MimeMessage message) throws Exception {
		List<Part> attachments = TestMail.attachments(message);
		assertThat(attachments).hasSize(1);
		assertThat(attachments.get(0).getContentType()).startsWith("application/pdf");
		return attachments.get(0);
	}

}
