package fr.apec.novapec.showcase;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.shared.Retention;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static fr.apec.novapec.support.Text.plainSpaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The legal pages: public, linked from the footer of every page, saying who publishes the portal, how
 * accessible it is and whom to tell when it is not, and what personal data it keeps for how long, with the
 * durations the code applies.
 */
@IntegrationTest
class LegalPagesTests {

	private static final String[] FOOTER_LINKS = { "<a href=\"/mentions-legales\">Mentions légales</a>",
			"<a href=\"/accessibilite\">Accessibilité : non conforme</a>",
			"<a href=\"/donnees-personnelles\">Données personnelles</a>", "<a href=\"/contact\">Contact</a>" };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations organisations;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "/mentions-legales|Mentions légales",
			"/accessibilite|Déclaration d&#39;accessibilité", "/donnees-personnelles|Vos données personnelles",
			"/contact|Contacter l&#39;équipe Novapec" })
	void eachLegalPageAnswersAnAnonymousVisitorWithItsHeading(String path, String heading) throws Exception {
		String html = page(get(path));
		assertThat(html).contains("<h1>" + heading + "</h1>").contains("<title>");
	}

	@Test
	void theFooterLinksTheLegalPagesOnAPublicPageAndOnASignedInPage() throws Exception {
		String member = this.organisations.newApplicant("Dominique");
		for (String html : new String[] { page(get("/")), page(get("/laureats")),
				page(get("/compte").with(user(member).roles("APPLICANT"))),
				page(get("/espace").with(user(member).roles("APPLICANT"))) }) {
			String footer = html.substring(html.indexOf("<footer"));
			assertThat(footer).contains("<nav aria-label=\"Liens légaux\">").contains(FOOTER_LINKS);
		}
	}

	@Test
	void signUpShowsAShortPersonalDataNoticeWithALinkToThePage() throws Exception {
		String html = page(get("/inscription"));
		String form = html.substring(html.indexOf("<form"), html.indexOf("</form>"));
		assertThat(form).contains("data-privacy-notice")
			.contains("Nous gardons votre nom et votre adresse électronique pour gérer votre compte")
			.contains("<a href=\"/donnees-personnelles\">Vos données personnelles : ce que nous gardons et vos droits</a>");
	}

	@Test
	void thePersonalDataPageStatesTheRetentionPeriodsTheCodeApplies() throws Exception {
		String html = plainSpaces(page(get("/donnees-personnelles")));
		assertThat(html).contains("après 30 minutes sans activité")
			.contains("<td>" + Retention.ABUSE_RECORDS.toHours() + " heures, puis effacées lors du nettoyage de la nuit suivante.</td>")
			.contains(Retention.SENT_MAIL.toDays() + " jours après l&#39;envoi")
			.contains("valable " + AccountService.VERIFICATION_VALIDITY.toHours() + " heures pour confirmer une adresse, "
					+ AccountService.RESET_VALIDITY.toHours() + " heure(s) pour choisir un nouveau mot de passe, "
					+ OrganisationService.INVITATION_VALIDITY.toDays() + " jours pour une invitation")
			.contains("Jusqu&#39;à ce qu&#39;un membre de l&#39;organisation les supprime du coffre-fort.")
			.contains("le portail ne supprime pas les comptes de lui-même")
			.contains("article 6.1.b")
			.contains("article 6.1.f")
			.contains("<a data-legal=\"dpo\" href=\"mailto:novapec@apec.fr\">novapec@apec.fr</a>")
			.contains("CNIL");
		assertThat(html.split("<tr data-row=", -1)).hasSize(9);
	}

	@Test
	void theLegalNoticeNamesApecAsPublisherAndFallsBackOnItWhereNoSettingSaysOtherwise() throws Exception {
		String html = page(get("/mentions-legales"));
		assertThat(html).contains("<p data-legal=\"publisher\"><span>Apec (Association pour l&#39;emploi des cadres)</span><br>"
				+ "<span>51 boulevard Brune, 75014 Paris</span></p>")
			.contains("<p data-legal=\"director\">La direction générale de l&#39;Apec</p>")
			.contains("<p data-legal=\"host\"><span>Apec (Association pour l&#39;emploi des cadres)</span>")
			.contains("Licence Ouverte 2.0")
			.doesNotContain("lorem")
			.doesNotContain("Lorem");
	}

	@Test
	void theAccessibilityStatementGivesTheMeasuredConformityTheChecksAndAContactForABlockedUser() throws Exception {
		String html = page(get("/accessibilite"));
		assertThat(html).contains("il est déclaré non conforme au sens du RGAA")
			.contains("axe-core 4.11 dans Chromium")
			.contains("Nu HTML Checker")
			.contains("au clavier seul")
			.contains("<ul data-legal=\"checked-pages\">")
			.contains("<a href=\"mailto:novapec@apec.fr\">novapec@apec.fr</a>")
			.contains("recevoir votre candidature et ses pièces par courriel ou par courrier")
			.contains("Défenseur des droits")
			.contains("Déclaration établie le 1 décembre 2026.");
	}

	@Test
	void theSitemapListsTheLegalPages() throws Exception {
		String sitemap = page(get("/sitemap.xml"));
		for (String path : new String[] { "/mentions-legales", "/accessibilite", "/donnees-personnelles", "/contact" }) {
			assertThat(sitemap).contains("<loc>http://localhost:8080" + path + "</loc>");
		}
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_XML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
