package fr.apec.novapec.organisation;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.apec.novapec.support.PlainBrowser;
import fr.apec.novapec.support.RawHttp;
import fr.apec.novapec.support.WebServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads over the limits, as a browser sends them to the real servlet container (MockMvc does not parse
 * multipart bodies, so it cannot meet the container's limits): the member comes back to the documents
 * page with a message, never an error page.
 */
@WebServerTest
class DocumentUploadLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestOrganisations test;

	PlainBrowser browser;

	long organisation;

	@BeforeEach
	void signedInMember() throws Exception {
		String email = this.test.newApplicant("Camille");
		this.organisation = this.test.newOrganisation(email, "Gros fichiers");
		this.browser = new PlainBrowser(this.port).logIn(email, TestOrganisations.PASSWORD);
	}

	@Test
	void aFileOverTheServerLimitComesBackToTheDocumentsPageWithAMessage() throws Exception {
		HttpResponse<String> response = upload(TestFiles.pdfOfSize(11 * 1024 * 1024 + 512 * 1024));
		assertThat(response.statusCode()).isEqualTo(303);
		String documents = "/espace/organisation/" + this.organisation + "/documents";
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith(documents));
		HttpResponse<String> page = this.browser.get(documents);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Le fichier envoyé dépasse 10 Mo");
		assertThat(count()).isZero();
	}

	@Test
	void aBodyFarOverTheServerLimitGetsTheSameAnswer() throws Exception {
		HttpResponse<String> response = upload(TestFiles.pdfOfSize(30 * 1024 * 1024));
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(this.browser.get("/espace/organisation/" + this.organisation + "/documents").body())
			.contains("Le fichier envoyé dépasse 10 Mo");
		assertThat(count()).isZero();
	}

	@Test
	void aFileJustOverTheVaultLimitComesBackWithTheFormAsItWasFilled() throws Exception {
		HttpResponse<String> response = upload(TestFiles.pdfOfSize(10 * 1024 * 1024 + 1));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Ce fichier dépasse 10 Mo")
			.contains("<option value=\"ACTIVITY_REPORT\" selected=\"selected\">")
			.contains("value=\"2030-06-30\"");
		assertThat(count()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/%09/evil.example", "//evil.example", "/evil.example", "/%2F%2Fevil.example",
			"/espace/organisation/1/documents/..%2F..%2F..%2Fevil.example" })
	void anOverSizeUploadToAnyOtherPathGetsATooLargePageAndNeverARedirect(String path) throws Exception {
		String boundary = "----novapec";
		byte[] file = TestFiles.pdfOfSize(13 * 1024 * 1024);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
		RawHttp.Answer answer = RawHttp.send(this.port,
				List.of("POST " + path + " HTTP/1.1", "Host: localhost:" + this.port,
						"Content-Type: multipart/form-data; boundary=" + boundary,
						"Content-Length: " + body.size()),
				body.toByteArray());
		assertThat(answer.header("Location")).isEmpty();
		assertThat(answer.status()).isIn(400, 404, 413);
		assertThat(answer.body()).doesNotContain("evil.example\"");
		if (answer.status() == 413) {
			assertThat(answer.body()).contains("<h1>Envoi trop volumineux</h1>").contains("Rien n");
		}
	}

	private HttpResponse<String> upload(byte[] file) throws Exception {
		return this.browser.postFile("/espace/organisation/" + this.organisation + "/documents",
				"/espace/organisation/[0-9]+/documents", "rapport.pdf", file, "kind", "ACTIVITY_REPORT", "validUntil",
				"2030-06-30");
	}

	private long count() {
		return this.jdbc.sql("select count(*) from organisation_document where organisation_id = ?")
			.param(this.organisation)
			.query(Long.class)
			.single();
	}

}
