package fr.apec.novapec.organisation;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.apec.novapec.support.WebServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

	HttpClient browser;

	long organisation;

	@BeforeEach
	void signedInMember() throws Exception {
		String email = this.test.newApplicant("Camille");
		this.organisation = this.test.newOrganisation(email, "Gros fichiers");
		this.browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ TestOrganisations.PASSWORD + "&_csrf=" + csrfToken(get("/connexion").body());
		HttpResponse<String> login = this.browser.send(request("/connexion")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/espace"));
	}

	@Test
	void aFileOverTheServerLimitComesBackToTheDocumentsPageWithAMessage() throws Exception {
		HttpResponse<String> response = upload(TestFiles.pdfOfSize(11 * 1024 * 1024 + 512 * 1024));
		assertThat(response.statusCode()).isEqualTo(303);
		String documents = "/espace/organisation/" + this.organisation + "/documents";
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith(documents));
		HttpResponse<String> page = get(documents);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Le fichier envoyé dépasse 10 Mo");
		assertThat(count()).isZero();
	}

	@Test
	void aBodyFarOverTheServerLimitGetsTheSameAnswer() throws Exception {
		HttpResponse<String> response = upload(TestFiles.pdfOfSize(30 * 1024 * 1024));
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(get("/espace/organisation/" + this.organisation + "/documents").body())
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

	private HttpResponse<String> upload(byte[] file) throws Exception {
		String page = get("/espace/organisation/" + this.organisation + "/documents").body();
		Matcher action = Pattern.compile("action=\"(/espace/organisation/[0-9]+/documents)\"").matcher(page);
		assertThat(action.find()).isTrue();
		String boundary = "----novapec" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken(page)
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nACTIVITY_REPORT\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"validUntil\"\r\n\r\n2030-06-30\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rapport.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.browser.send(request(action.group(1))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long count() {
		return this.jdbc.sql("select count(*) from organisation_document where organisation_id = ?")
			.param(this.organisation)
			.query(Long.class)
			.single();
	}

	private static String csrfToken(String html) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.browser.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.header("Accept-Language", "fr-FR,fr;q=0.9");
	}

}
