package fr.apec.novapec.application;

import java.net.http.HttpResponse;

import fr.apec.novapec.organisation.TestFiles;
import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.support.PlainBrowser;
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
	JdbcClient jdbc;

	@Autowired
	TestApplications test;

	PlainBrowser browser;

	TestApplications.Draft draft;

	@BeforeEach
	void signedInMemberOfASubmittedApplication() throws Exception {
		this.draft = this.test.newSubmitted("Projet aux gros fichiers");
		this.browser = new PlainBrowser(this.port).logIn(this.draft.member(), TestOrganisations.PASSWORD);
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
		HttpResponse<String> back = this.browser.get(page + "/messages");
		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(back.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith(page + "#messages"));
		HttpResponse<String> shown = this.browser.get(page);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(shown.body())).contains("Le fichier envoyé dépasse 10 Mo");
		assertThat(count()).isZero();
	}

	private HttpResponse<String> send(byte[] file) throws Exception {
		return this.browser.postFile("/espace/candidatures/" + this.draft.id(), "/espace/candidatures/[0-9]+/messages",
				"gros.pdf", file, "text", "Mon texte gardé");
	}

	private long count() {
		return this.jdbc.sql("select count(*) from application_message where application_id = ?")
			.param(this.draft.id())
			.query(Long.class)
			.single();
	}

}
