package fr.apec.novapec.application;

import java.time.LocalDate;
import java.util.List;

import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.organisation.TestFiles;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The documents step takes a file from the member's computer: it is kept in the organisation's vault and
 * attached to the application at once; a refused file comes back with its message beside the file field,
 * the kind and date as chosen, and nothing stored; the form works without JavaScript; another
 * organisation's member gets 404 and a submitted application takes no file.
 */
@IntegrationTest
class ApplicationDocumentUploadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	DocumentVaultService vault;

	@Autowired
	TestApplications test;

	@Test
	void theDocumentsStepOffersAMultipartUploadFormWithItsCsrfToken() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Projet avec formulaire");
		String page = this.mvc.perform(get(documents(draft)).with(user(draft.member()).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("enctype=\"multipart/form-data\"")
			.contains("action=\"" + documents(draft) + "\"")
			.contains("type=\"file\"")
			.contains("name=\"_csrf\"")
			.contains("Ajouter et joindre le document");
	}

	@Test
	void aFileSentFromTheDocumentsStepIsStoredInTheVaultAndAttachedAtOnce() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Projet avec statuts");
		this.mvc.perform(upload(draft, "statuts.pdf", TestFiles.pdf()).param("kind", "STATUTES")
			.param("validUntil", "31/12/2030")
			.with(user(draft.member()).roles("APPLICANT"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(documents(draft)))
			.andExpect(flash().attribute("notice", containsString("statuts.pdf")));

		List<DocumentRow> stored = this.vault.documents(draft.organisationId(), as(draft.member()));
		assertThat(stored).singleElement().satisfies((row) -> {
			assertThat(row.kind()).isEqualTo(DocumentKind.STATUTES);
			assertThat(row.originalName()).isEqualTo("statuts.pdf");
			assertThat(row.validUntil()).isEqualTo(LocalDate.of(2030, 12, 31));
		});
		assertThat(this.applications.draft(draft.id(), as(draft.member())).documentIds()).containsExactly(stored.get(0).id());
		String page = HtmlUtils.htmlUnescape(this.mvc.perform(get(documents(draft)).with(user(draft.member()).roles("APPLICANT")))
			.andReturn().getResponse().getContentAsString());
		assertThat(page).containsPattern("value=\"" + stored.get(0).id() + "\" name=\"documents\" checked");
	}

	@Test
	void aRefusedFileKeepsTheKindAndDateWithTheMessageBesideTheFileAndNothingIsStored() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Projet refusé");
		String page = HtmlUtils.htmlUnescape(this.mvc.perform(upload(draft, "programme.exe", TestFiles.exe())
			.param("kind", "ACTIVITY_REPORT")
			.param("validUntil", "2029-06-30")
			.with(user(draft.member()).roles("APPLICANT"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page).contains("id=\"file-error\"")
			.contains("n'est pas d'un type accepté")
			.containsPattern("value=\"ACTIVITY_REPORT\"\\s+selected")
			.contains("value=\"2029-06-30\"")
			.contains("aria-describedby=\"file-hint file-error\"");

		String empty = HtmlUtils.htmlUnescape(this.mvc.perform(upload(draft, "vide.pdf", new byte[0])
			.param("kind", "STATUTES")
			.with(user(draft.member()).roles("APPLICANT"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(empty).contains("Choisissez le fichier à ajouter.");

		assertThat(this.vault.documents(draft.organisationId(), as(draft.member()))).isEmpty();
		assertThat(this.applications.draft(draft.id(), as(draft.member())).documentIds()).isEmpty();
	}

	@Test
	void aMemberOfAnotherOrganisationGets404AndNothingIsStored() throws Exception {
		TestApplications.Draft a = this.test.newDraft("Projet de A");
		TestApplications.Draft b = this.test.newDraft("Projet de B");
		this.mvc.perform(upload(a, "statuts.pdf", TestFiles.pdf()).param("kind", "STATUTES")
			.with(user(b.member()).roles("APPLICANT"))
			.with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(multipart("/espace/candidatures/" + (Long.MAX_VALUE - 1) + "/documents")
			.file(new MockMultipartFile("file", "statuts.pdf", "application/pdf", TestFiles.pdf()))
			.param("kind", "STATUTES")
			.with(user(b.member()).roles("APPLICANT"))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(this.vault.documents(a.organisationId(), as(a.member()))).isEmpty();
		assertThat(this.vault.documents(b.organisationId(), as(b.member()))).isEmpty();
	}

	@Test
	void aSubmittedApplicationTakesNoFileAndNothingIsStored() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Projet déposé");
		this.test.reach(draft, ApplicationStatus.SUBMITTED);
		var vaultBefore = this.vault.documents(draft.organisationId(), as(draft.member()));
		this.mvc.perform(upload(draft, "statuts.pdf", TestFiles.pdf()).param("kind", "STATUTES")
			.with(user(draft.member()).roles("APPLICANT"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/espace/candidatures/" + draft.id()))
			.andExpect(flash().attributeExists("alert"));
		assertThat(this.vault.documents(draft.organisationId(), as(draft.member()))).isEqualTo(vaultBefore);
		String page = this.mvc.perform(get(documents(draft)).with(user(draft.member()).roles("APPLICANT")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("enctype=\"multipart/form-data\"");
	}

	private static MockMultipartHttpServletRequestBuilder upload(TestApplications.Draft draft, String name,
			byte[] content) {
		return multipart(documents(draft)).file(new MockMultipartFile("file", name, "application/octet-stream", content));
	}

	private static String documents(TestApplications.Draft draft) {
		return "/espace/candidatures/" + draft.id() + "/documents";
	}

}
