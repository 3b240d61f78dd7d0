package fr.apec.novapec.application;

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

import fr.apec.novapec.organisation.TestFiles;
import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.support.WebServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages with files over the limits, as a browser sends them to the real servlet container (MockMvc
 * does not parse multipart bodies): a file just over 10 MB comes back beside its field with the text
 * kept; a body the container cannot read comes back to the application's page with the reason. Nothing
 * is saved either way.
 */
@WebServerTest
class ApplicationMessageUploadLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationService applications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestApplications test;

	HttpClient browser;

	TestApplications.Draft draft;

	@BeforeEach
	void signedInMemberOfASubmittedApplication() throws Exception {
		this.draft = this.test.newCompleteDraft("Projet aux gros fichiers");
		this.applications.submit(this.draft.id(), this.draft.member());
		this.browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String form = "email=" + URLEncoder.encode(this.draft.member(), StandardCharsets.UTF_8) + "&password="
				+ TestOrganisations.PASSWORD + "&_csrf=" + csrfToken(get("/connexion").body());
		HttpResponse<String> login = this.browser.send(request("/connexion")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/espace"));
	}

	@Test
	void aFileJustOverTenMegabytesComesBackBesideItsFieldWithTheTextKept() throws Exception {
		HttpResponse<String> response = send(TestFiles.pdfOfSize(10 * 1024 * 1024 + 1));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(response.body())).contains("Ce fichier dépasse 10 Mo")
			.contains("Mon texte gardé");
		assertThat(count()).isZero();
	}

	@Test
	void aBodyOverTheServerLimitComesBackToTheApplicationPageWithTheReason() throws Exception {
		HttpResponse<String> response = send(TestFiles.pdfOfSize(13 * 1024 * 1024));
		assertThat(response.statusCode()).isEqualTo(303);
		String page = "/espace/candidatures/" + this.draft.id();
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith(page + "/messages"));
		HttpResponse<String> back = get(page + "/messages");
		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(back.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith(page + "#messages"));
		HttpResponse<String> shown = get(page);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(shown.body())).contains("Le fichier envoyé dépasse 10 Mo");
		assertThat(count()).isZero();
	}

	private HttpResponse<String> send(byte[] file) throws Exception {
		String page = get("/espace/candidatures/" + this.draft.id()).body();
		Matcher action = Pattern.compile("action=\"(/espace/candidatures/[0-9]+/messages)\"").matcher(page);
		assertThat(action.find()).isTrue();
		String boundary = "----novapec" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken(page)
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nMon texte gardé\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"gros.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.browser.send(request(action.group(1))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long count() {
		return this.jdbc.sql("select count(*) from application_message where application_id = ?")
			.param(this.draft.id())
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
