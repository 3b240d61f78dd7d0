package fr.apec.novapec.organisation;

import java.util.List;

import fr.apec.novapec.application.ApplicationDrafting;
import fr.apec.novapec.application.ApplicationSubmissions;
import fr.apec.novapec.application.Applications;
import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.application.DraftParts;
import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.application.TestApplications.Draft;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deleting a document of the vault: a page asks to confirm (a link and a form, no JavaScript), a draft
 * that attached it loses it, an application sent to Apec keeps it and the page says which one.
 */
@IntegrationTest
class DocumentDeletionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationSubmissions submissions;

	@Autowired
	ApplicationDrafting drafting;

	@Autowired
	TestApplications test;

	@Test
	void supprimerLeadsToAConfirmationPageThatDeletesNothingByItself() throws Exception {
		Draft draft = this.test.newDraft("Jardins partagés");
		long document = this.test.addDocument(draft, DocumentKind.STATUTES, null);
		String list = page(draft.member(), documentsPath(draft));
		assertThat(list).contains("href=\"" + deletePath(draft, document) + "\"")
			.doesNotContain("action=\"" + deletePath(draft, document) + "\"");

		String confirmation = page(draft.member(), deletePath(draft, document));
		assertThat(confirmation).contains("<h1>Supprimer le document « statutes.pdf » ?</h1>")
			.contains("Type de document : Statuts")
			.contains("Cette suppression est définitive.")
			.containsPattern("<form class=\"form\" method=\"post\"\\s+action=\"" + deletePath(draft, document) + "\"")
			.contains("name=\"_csrf\"")
			.contains(">Supprimer le document</button>")
			.contains("href=\"" + documentsPath(draft) + "\">Garder le document</a>")
			.doesNotContain("Il sera aussi retiré");
		assertThat(exists(document)).isTrue();
	}

	@Test
	void theDocumentGoesOnceConfirmedAndADraftThatAttachedItLosesIt() throws Exception {
		Draft draft = this.test.newDraft("Jardins partagés");
		long document = this.test.addDocument(draft, DocumentKind.BANK_DETAILS, null);
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Documents(List.of(document)));

		assertThat(page(draft.member(), deletePath(draft, document)))
			.contains("Il sera aussi retiré de ces candidatures en cours de rédaction, qui le joignent :")
			.contains("href=\"/espace/candidatures/" + draft.id() + "\">la candidature « Jardins partagés »</a>")
			.contains(">Supprimer le document</button>");

		this.mvc.perform(post(deletePath(draft, document)).with(user(draft.member()).roles("APPLICANT")).with(csrf()))
			.andExpect(redirectedUrl(documentsPath(draft)))
			.andExpect(flash().attribute("notice", containsString("bank_details.pdf")));
		assertThat(exists(document)).isFalse();
		assertThat(this.applications.draft(draft.id(), as(draft.member())).documentIds()).isEmpty();
	}

	@Test
	void aDocumentOfASubmittedOrInReviewApplicationIsKeptAndThePageNamesTheApplication() throws Exception {
		for (ApplicationStatus status : List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW)) {
			Draft draft = this.test.newCompleteDraft("Les Jardins de " + status);
			long document = this.test.addDocument(draft, DocumentKind.ACTIVITY_REPORT, null);
			this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Documents(List.of(document)));
			this.submissions.submit(draft.id(), as(draft.member()), true);
			if (status == ApplicationStatus.IN_REVIEW) {
				this.test.reach(draft, ApplicationStatus.IN_REVIEW);
			}

			String confirmation = page(draft.member(), deletePath(draft, document));
			assertThat(confirmation).as(status.name())
				.contains("Ce document ne peut pas être supprimé, car il fait partie du dossier envoyé à l&#39;Apec pour :")
				.contains("href=\"/espace/candidatures/" + draft.id() + "\">la candidature « Les Jardins de " + status
						+ " »</a>")
				.doesNotContain(">Supprimer le document</button>")
				.doesNotContain("action=\"" + deletePath(draft, document) + "\"");

			// Posting anyway (a page opened before the submission) is refused with the same explanation.
			String refused = this.mvc
				.perform(post(deletePath(draft, document)).with(user(draft.member()).roles("APPLICANT")).with(csrf()))
				.andExpect(status().isConflict())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(refused).as(status.name())
				.contains("class=\"error-summary\" role=\"alert\"")
				.contains("la candidature « Les Jardins de " + status + " »");
			assertThat(exists(document)).as(status.name()).isTrue();
			assertThat(this.applications.draft(draft.id(), as(draft.member())).documentIds()).as(status.name())
				.containsExactly(document);
		}
	}

	@Test
	void anotherOrganisationsDocumentIs404AndStaysWhereItIs() throws Exception {
		Draft owner = this.test.newDraft("Propriétaire");
		long document = this.test.addDocument(owner, DocumentKind.STATUTES, null);
		Draft intruder = this.test.newDraft("Intrus");

		// Through the intruder's own organisation, and through the owner's, of which it is no member.
		for (String path : List.of(
				"/espace/organisation/" + intruder.organisationId() + "/documents/" + document + "/supprimer",
				deletePath(owner, document))) {
			this.mvc.perform(get(path).with(user(intruder.member()).roles("APPLICANT")))
				.andExpect(status().isNotFound());
			this.mvc.perform(post(path).with(user(intruder.member()).roles("APPLICANT")).with(csrf()))
				.andExpect(status().isNotFound());
		}
		assertThat(exists(document)).isTrue();
	}

	private String page(String member, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(member).roles("APPLICANT")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private boolean exists(long document) {
		return this.jdbc.sql("select count(*) from organisation_document where id = ?")
			.param(document)
			.query(Long.class)
			.single() == 1;
	}

	private static String documentsPath(Draft draft) {
		return "/espace/organisation/" + draft.organisationId() + "/documents";
	}

	private static String deletePath(Draft draft, long document) {
		return documentsPath(draft) + "/" + document + "/supprimer";
	}

}
