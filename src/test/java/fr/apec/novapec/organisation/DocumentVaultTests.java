package fr.apec.novapec.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

import fr.apec.novapec.shared.Formats;
import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The document vault: what it accepts, how it keeps and serves files, and what it refuses. */
@IntegrationTest
class DocumentVaultTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentVaultService vault;

	@Autowired
	TestOrganisations test;

	String member;

	long organisation;

	@BeforeEach
	void anOrganisationWithItsMember() {
		this.member = this.test.newApplicant("Camille");
		this.organisation = this.test.newOrganisation(this.member, "Coffre-fort");
	}

	@Test
	void aPdfIsStoredWithItsSha256AndDownloadsIdenticallyAsAnAttachment() throws Exception {
		byte[] pdf = TestFiles.pdf();
		this.mvc.perform(upload("statuts signés été 2024.pdf", "application/pdf", pdf).param("kind", "STATUTES")
			.param("validUntil", "2031-05-20"))
			.andExpect(redirectedUrl(documentsPath()))
			.andExpect(flash().attribute("notice", containsString("statuts signés été 2024.pdf")));

		Map<String, Object> row = this.jdbc.sql("""
				select id, kind, original_name, stored_name::text as stored_name, media_type, size_bytes, sha256, valid_until
				from organisation_document where organisation_id = ?""").param(this.organisation).query().singleRow();
		assertThat(row.get("sha256")).isEqualTo(sha256(pdf));
		assertThat(row.get("original_name")).isEqualTo("statuts signés été 2024.pdf");
		assertThat((String) row.get("stored_name")).matches("[0-9a-f-]{36}").doesNotContain("statuts");
		assertThat(row.get("media_type")).isEqualTo("application/pdf");
		assertThat(row.get("kind")).isEqualTo("STATUTES");
		assertThat(((Number) row.get("size_bytes")).longValue()).isEqualTo(pdf.length);
		assertThat(row.get("valid_until").toString()).isEqualTo("2031-05-20");

		long id = ((Number) row.get("id")).longValue();
		MockHttpServletResponse response = download(id);
		assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		ContentDisposition disposition = ContentDisposition.parse(response.getHeader("Content-Disposition"));
		assertThat(disposition.isAttachment()).isTrue();
		assertThat(disposition.getFilename()).isEqualTo("statuts signés été 2024.pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("filename*=UTF-8''");

		String page = page();
		assertThat(page).contains("statuts signés été 2024.pdf")
			.contains("href=\"" + documentsPath() + "/" + id + "\"")
			.contains("Statuts")
			.contains("20 mai 2031");
	}

	@Test
	void pngAndDocxAreRecognisedFromTheirBytesAndDownloadIdentically() throws Exception {
		byte[] png = TestFiles.png();
		byte[] docx = TestFiles.docx();
		this.mvc.perform(upload("rib.png", "application/octet-stream", png).param("kind", "BANK_DETAILS"))
			.andExpect(redirectedUrl(documentsPath()));
		this.mvc.perform(upload("rapport.docx", "application/octet-stream", docx).param("kind", "ACTIVITY_REPORT"))
			.andExpect(redirectedUrl(documentsPath()));

		for (Map.Entry<String, byte[]> expected : Map.of("image/png", png,
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx).entrySet()) {
			Map<String, Object> row = this.jdbc.sql("""
					select id, sha256 from organisation_document where organisation_id = ? and media_type = ?""")
				.param(this.organisation)
				.param(expected.getKey())
				.query()
				.singleRow();
			assertThat(row.get("sha256")).isEqualTo(sha256(expected.getValue()));
			MockHttpServletResponse response = download(((Number) row.get("id")).longValue());
			assertThat(response.getContentAsByteArray()).isEqualTo(expected.getValue());
			assertThat(response.getContentType()).isEqualTo(expected.getKey());
			assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
		}
	}

	@Test
	void openDocumentsJpegAndSpreadsheetsAreAcceptedToo() throws Exception {
		Map<String, byte[]> files = Map.of("budget.ods", TestFiles.ods(), "note.odt", TestFiles.odt(), "comptes.xlsx",
				TestFiles.xlsx(), "photo.jpg", TestFiles.jpeg());
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			this.mvc.perform(upload(file.getKey(), "application/octet-stream", file.getValue()).param("kind", "OTHER"))
				.andExpect(redirectedUrl(documentsPath()));
		}
		assertThat(this.vault.documents(this.organisation, as(this.member))).extracting(DocumentRow::typeLabel)
			.containsExactlyInAnyOrder("ODS", "ODT", "XLSX", "JPEG");
	}

	@Test
	void aRenamedExecutableIsRefusedWithAMessageAndTheRestOfTheFormKept() throws Exception {
		String html = this.mvc
			.perform(upload("statuts.pdf", "application/pdf", TestFiles.exe()).param("kind", "BANK_DETAILS")
				.param("validUntil", "2031-05-20"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"file-error\"")
			.contains("n&#39;est pas d&#39;un type accepté")
			.contains("<option value=\"BANK_DETAILS\" selected=\"selected\">")
			.contains("value=\"2031-05-20\"")
			.contains("class=\"error-summary\"");
		assertThat(count()).isZero();
	}

	@Test
	void anElevenMegabyteFileIsRefusedWithAMessageAndTheRestOfTheFormKept() throws Exception {
		String html = this.mvc
			.perform(upload("comptes.pdf", "application/pdf", TestFiles.pdfOfSize(11 * 1024 * 1024))
				.param("kind", "APPROVED_ACCOUNTS")
				.param("validUntil", "2030-12-31"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"file-error\"")
			.contains("Ce fichier dépasse 10 Mo")
			.contains("<option value=\"APPROVED_ACCOUNTS\" selected=\"selected\">")
			.contains("value=\"2030-12-31\"");
		assertThat(count()).isZero();
	}

	@Test
	void aFileOfExactlyTenMegabytesIsAccepted() throws Exception {
		this.mvc.perform(upload("comptes.pdf", "application/pdf", TestFiles.pdfOfSize(10 * 1024 * 1024))
			.param("kind", "APPROVED_ACCOUNTS")).andExpect(redirectedUrl(documentsPath()));
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void aMissingFileKindOrDateIsAnErrorBesideItsField() throws Exception {
		String html = this.mvc
			.perform(multipart(documentsPath()).param("kind", "PASSPORT")
				.param("validUntil", "31/02/2030")
				.with(user(this.member).roles("APPLICANT"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"file-error\"")
			.contains("id=\"kind-error\"")
			.contains("id=\"validUntil-error\"")
			.contains("value=\"31/02/2030\"")
			.contains("Indiquez une date au format jj/mm/aaaa");
		assertThat(count()).isZero();
	}

	@Test
	void aDateTypedTheFrenchWayIsUnderstood() throws Exception {
		this.mvc.perform(upload("attestation.pdf", "application/pdf", TestFiles.pdf()).param("kind", "ESUS_CERTIFICATE")
			.param("validUntil", "31/12/2027")).andExpect(redirectedUrl(documentsPath()));
		assertThat(this.vault.documents(this.organisation, as(this.member)).get(0).validUntil())
			.isEqualTo(LocalDate.of(2027, 12, 31));
	}

	@Test
	void expiredDocumentsAreFlagged() throws Exception {
		LocalDate today = LocalDate.now(Formats.PARIS);
		this.vault.store(this.organisation, as(this.member),
				new DocumentUpload(DocumentKind.ESUS_CERTIFICATE, today.minusDays(1), "ancienne.pdf", TestFiles.pdf()));
		this.vault.store(this.organisation, as(this.member),
				new DocumentUpload(DocumentKind.ESUS_CERTIFICATE, today, "actuelle.png", TestFiles.png()));
		this.vault.store(this.organisation, as(this.member),
				new DocumentUpload(DocumentKind.STATUTES, null, "statuts.jpg", TestFiles.jpeg()));
		assertThat(this.vault.documents(this.organisation, as(this.member))).extracting(DocumentRow::originalName,
				DocumentRow::expired)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("statuts.jpg", false),
					org.assertj.core.groups.Tuple.tuple("actuelle.png", false),
					org.assertj.core.groups.Tuple.tuple("ancienne.pdf", true));
		String html = page();
		assertThat(html.split("badge-expired", -1)).hasSize(2);
		assertThat(html).containsPattern("ancienne\\.pdf[\\s\\S]*?expiré");
	}

	@Test
	void aMemberDeletesADocument() throws Exception {
		long id = this.vault.store(this.organisation, as(this.member),
				new DocumentUpload(DocumentKind.OTHER, null, "brouillon.pdf", TestFiles.pdf()));
		this.mvc.perform(post(documentsPath() + "/" + id + "/supprimer").with(user(this.member).roles("APPLICANT"))
			.with(csrf()))
			.andExpect(redirectedUrl(documentsPath()))
			.andExpect(flash().attribute("notice", containsString("brouillon.pdf")));
		assertThat(count()).isZero();
		this.mvc.perform(get(documentsPath() + "/" + id).with(user(this.member).roles("APPLICANT")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theSameFileSentTwiceAsTheSameKindIsOneDocument() throws Exception {
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(upload("statuts.pdf", "application/pdf", TestFiles.pdf()).param("kind", "STATUTES"))
				.andExpect(redirectedUrl(documentsPath()));
		}
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void anUploadWithoutCsrfTokenIsRefusedAndStoresNothing() throws Exception {
		this.mvc.perform(multipart(documentsPath()).file(new MockMultipartFile("file", "statuts.pdf", "application/pdf",
				TestFiles.pdf())).param("kind", "STATUTES").with(user(this.member).roles("APPLICANT")))
			.andExpect(status().isForbidden());
		long id = this.vault.store(this.organisation, as(this.member),
				new DocumentUpload(DocumentKind.OTHER, null, "garde.pdf", TestFiles.pdf()));
		this.mvc.perform(post(documentsPath() + "/" + id + "/supprimer").with(user(this.member).roles("APPLICANT")))
			.andExpect(status().isForbidden());
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void aFileIsKeptAndServedUnderANameWhoseExtensionSaysWhatItIsWithoutInvisibleCharacters() throws Exception {
		long polyglot = this.vault.store(this.organisation, as(this.member),
				new DocumentUpload(DocumentKind.OTHER, null, "poly.html", TestFiles.pdf()));
		assertThat(ContentDisposition.parse(download(polyglot).getHeader("Content-Disposition")).getFilename())
			.isEqualTo("poly.html.pdf");
		long reversed = this.vault.store(this.organisation, as(this.member),
				new DocumentUpload(DocumentKind.STATUTES, null, "statuts\u202Efdp.exe\u2066\u0007", TestFiles.pdf()));
		assertThat(ContentDisposition.parse(download(reversed).getHeader("Content-Disposition")).getFilename())
			.isEqualTo("statutsfdp.exe.pdf");
		assertThat(page()).contains("poly.html.pdf").contains("statutsfdp.exe.pdf").doesNotContain("\u202E");
	}

	@Test
	void aNameStoredBeforeTheseRulesIsServedUnderACleanedName() throws Exception {
		long id = this.vault.store(this.organisation, as(this.member),
				new DocumentUpload(DocumentKind.OTHER, null, "ancien.pdf", TestFiles.pdf()));
		this.jdbc.sql("update organisation_document set original_name = ? where id = ?")
			.params("ancien\u202Elmth.html", id)
			.update();
		assertThat(ContentDisposition.parse(download(id).getHeader("Content-Disposition")).getFilename())
			.isEqualTo("ancienlmth.html.pdf");
	}

	@Test
	void theDocumentListIsOneQueryWhateverTheNumberOfDocuments() throws Exception {
		this.vault.store(this.organisation, as(this.member),
				new DocumentUpload(DocumentKind.STATUTES, null, "statuts.pdf", TestFiles.pdf()));
		long withOne = statementsForThePage();
		for (int i = 0; i < 5; i++) {
			byte[] content = (new String(TestFiles.pdf(), StandardCharsets.US_ASCII) + "% " + i)
				.getBytes(StandardCharsets.US_ASCII);
			this.vault.store(this.organisation, as(this.member),
					new DocumentUpload(DocumentKind.OTHER, null, "autre-" + i + ".pdf", content));
		}
		assertThat(statementsForThePage()).isEqualTo(withOne);
		// The account is resolved before counting, as the server resolves it once per request.
		CurrentAccount who = as(this.member);
		StatementCounter.reset();
		assertThat(this.vault.documents(this.organisation, who)).hasSize(6);
		assertThat(StatementCounter.count()).isEqualTo(1);
	}

	private long statementsForThePage() throws Exception {
		StatementCounter.reset();
		page();
		return StatementCounter.count();
	}

	private MockMultipartHttpServletRequestBuilder upload(String name, String contentType, byte[] content) {
		MockMultipartHttpServletRequestBuilder request = multipart(documentsPath())
			.file(new MockMultipartFile("file", name, contentType, content));
		request.with(user(this.member).roles("APPLICANT")).with(csrf());
		return request;
	}

	private MockHttpServletResponse download(long id) throws Exception {
		return this.mvc.perform(get(documentsPath() + "/" + id).with(user(this.member).roles("APPLICANT")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	private String page() throws Exception {
		return this.mvc.perform(get(documentsPath()).with(user(this.member).roles("APPLICANT")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String documentsPath() {
		return "/espace/organisation/" + this.organisation + "/documents";
	}

	private long count() {
		return this.jdbc.sql("select count(*) from organisation_document where organisation_id = ?")
			.param(this.organisation)
			.query(Long.class)
			.single();
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
