package fr.apec.novapec.application;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Text;
import fr.apec.novapec.support.VeraPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The PDF of an application: it says everything the application says, in French with its accents and
 * amounts as the pages write them; it is tagged for screen readers and archivable (title, language,
 * structure tree, embedded fonts), which veraPDF confirms rule by rule against PDF/A-3u and PDF/UA-1;
 * only a member of the organisation downloads it.
 */
@IntegrationTest
class ApplicationPdfTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	ApplicationSubmissions submissions;

	@Autowired
	TestApplications test;

	@Test
	void thePdfSaysEverythingTheApplicationSaysWithAccentsAndFrenchAmounts() throws Exception {
		TestApplications.Draft draft = completeDraftWithEverything("Projet d'égalité à Montpellier");
		byte[] pdf = download(draft);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = Text.plainSpaces(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
			assertThat(text).contains("Projet d'égalité à Montpellier")
				.contains("Organisation Projet d'égalité à Montpellier")
				.contains("Brouillon")
				.contains("Un résumé du projet.")
				.contains("La description du projet.")
				.contains("Égalité d'accès à l'emploi")
				.contains("Cadres, Jeunes diplômés")
				.contains("Occitanie (cheffe de file)")
				.contains("Montpellier Occitanie Oui")
				.contains("1 mars 2027")
				.contains("18 mois")
				.contains("31 août 2028")
				.contains("120 000 €")
				.contains("15 000 €")
				.contains("Fondation régionale 30 000,50 €")
				.contains("Cadres accompagnés 40")
				.contains("Mission locale de Montpellier Orientation des jeunes diplômés")
				.contains("Statuts")
				.contains("statutes.pdf");
		}
	}

	@Test
	void thePdfIsTaggedArchivableAndHasATitleALanguageAndEmbeddedFonts() throws Exception {
		TestApplications.Draft draft = completeDraftWithEverything("Projet accessible");
		try (PDDocument document = Loader.loadPDF(download(draft))) {
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
			assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
			assertThat(catalog.getMarkInfo()).isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).isTrue();
			assertThat(catalog.getLanguage()).startsWith("fr");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Candidature Novapec — Projet accessible");
			assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
			String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(xmp).containsPattern("pdfaid:part(>|=\")3").containsPattern("pdfaid:conformance(>|=\")U")
				.contains("pdfuaid");
			for (var page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					assertThat(font.getName()).contains("DejaVuSans");
				}
			}
		}
	}

	@Test
	void veraPdfFindsThePdfOfACompleteApplicationAndOfAnEmptyDraftInFrenchAndEnglishPdfA3uCompliant() throws Exception {
		assertEveryShapeCompliant(PDFAFlavour.PDFA_3_U);
	}

	@Test
	void veraPdfFindsThePdfOfACompleteApplicationAndOfAnEmptyDraftInFrenchAndEnglishPdfUa1Compliant() throws Exception {
		assertEveryShapeCompliant(PDFAFlavour.PDFUA_1);
	}

	@Test
	void aMemberDownloadsThePdfAsAnAttachmentNamedAfterTheApplication() throws Exception {
		TestApplications.Draft draft = this.test.newDraft("Projet à télécharger");
		MvcResult result = this.mvc.perform(get(pdf(draft.id())).with(user(draft.member()).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"candidature-" + draft.id() + ".pdf\""))
			.andReturn();
		assertThat(new String(result.getResponse().getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
		String overview = this.mvc.perform(get("/espace/candidatures/" + draft.id()).with(user(draft.member()).roles("APPLICANT")))
			.andReturn().getResponse().getContentAsString();
		assertThat(overview).contains("href=\"" + pdf(draft.id()) + "\"").contains("Télécharger le dossier en PDF");
	}

	@Test
	void theMemberOfAnotherOrganisationAndAnUnknownIdGet404AndAnAnonymousVisitorIsSentToTheLogin() throws Exception {
		TestApplications.Draft a = this.test.newDraft("Projet secret de A");
		TestApplications.Draft b = this.test.newDraft("Projet de B");
		this.mvc.perform(get(pdf(a.id())).with(user(b.member()).roles("APPLICANT"))).andExpect(status().isNotFound());
		this.mvc.perform(get(pdf(Long.MAX_VALUE - 1)).with(user(b.member()).roles("APPLICANT")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(pdf(a.id()))).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/connexion"));
	}

	private TestApplications.Draft completeDraftWithEverything(String title) {
		return this.test.newCompleteDraftWithEverything(title);
	}

	/**
	 * Every shape the PDF takes, each checked by veraPDF against every rule of the flavour: a submitted
	 * application with every section filled and accents everywhere (tables with row and column headers,
	 * several pages), the same in English, and a draft where every section says it is empty.
	 */
	private void assertEveryShapeCompliant(PDFAFlavour flavour) throws Exception {
		TestApplications.Draft complete = completeDraftWithEverything("Projet d'égalité « Œuvres » à Montpellier, été 2027");
		this.submissions.submit(complete.id(), as(complete.member()), true);
		Map<String, byte[]> pdfs = new LinkedHashMap<>();
		pdfs.put("complete application, French", download(complete, Locale.FRENCH));
		pdfs.put("complete application, English", download(complete, Locale.ENGLISH));
		pdfs.put("empty draft, French", download(this.test.newDraft("Brouillon à peine commencé"), Locale.FRENCH));
		SoftAssertions softly = new SoftAssertions();
		pdfs.forEach((shape, pdf) -> {
			ValidationResult result = VeraPdf.validate(pdf, flavour);
			softly.assertThat(result.getPDFAFlavour()).as(shape).isEqualTo(flavour);
			softly.assertThat(result.getTotalAssertions()).as(shape + ": checks veraPDF ran").isPositive();
			softly.assertThat(result.isCompliant())
				.withFailMessage(() -> shape + ": " + VeraPdf.failures(result))
				.isTrue();
		});
		softly.assertAll();
	}

	private byte[] download(TestApplications.Draft draft) throws Exception {
		return download(draft, Locale.FRENCH);
	}

	private byte[] download(TestApplications.Draft draft, Locale locale) throws Exception {
		return this.mvc.perform(get(pdf(draft.id())).locale(locale).with(user(draft.member()).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static String pdf(long id) {
		return "/espace/candidatures/" + id + "/pdf";
	}

}
