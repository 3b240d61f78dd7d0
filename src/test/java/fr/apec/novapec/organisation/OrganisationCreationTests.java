package fr.apec.novapec.organisation;

import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Registering an organisation: the form, its errors, a SIRET already taken, and what may be posted. */
@IntegrationTest
class OrganisationCreationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationService organisations;

	@Autowired
	MembershipService memberships;

	@Autowired
	TestOrganisations test;

	@Test
	void anApplicantRegistersAnOrganisationAndBecomesItsFirstMember() throws Exception {
		String email = this.test.newApplicant("Camille Martin");
		MultiValueMap<String, String> form = TestOrganisations.validForm("Les Lilas solidaires");
		String siret = form.getFirst("siret");
		form.set("siret", siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " "
				+ siret.substring(9));
		this.mvc.perform(post("/espace/organisation/nouvelle").params(form).with(user(email).roles("APPLICANT")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/espace/organisation/*"))
			.andExpect(flash().attribute("notice", containsString("Les Lilas solidaires")));

		long id = this.jdbc.sql("select id from organisation where siret = ?").param(siret).query(Long.class).single();
		assertThat(this.organisations.organisationsOf(as(email))).extracting(OrganisationSummary::id).containsExactly(id);
		assertThat(this.jdbc.sql("select rna from organisation where id = ?").param(id).query(String.class).single())
			.isEqualTo("W751234567");

		String space = page(get("/espace"), email);
		assertThat(space).contains("href=\"/espace/organisation/" + id + "\"")
			.contains("href=\"/espace/organisation/nouvelle\"");
		String details = page(get("/espace/organisation/" + id), email);
		assertThat(details).contains("Les Lilas solidaires").contains(siret).contains("Île-de-France");
	}

	@Test
	void aWebsiteTypedWithoutHttpsIsKeptWithHttps() throws Exception {
		String email = this.test.newApplicant("Camille");
		MultiValueMap<String, String> form = TestOrganisations.validForm("Les Jardins");
		form.set("website", "lesjardins.fr");
		this.mvc.perform(post("/espace/organisation/nouvelle").params(form).with(user(email).roles("APPLICANT")).with(csrf()))
			.andExpect(redirectedUrlPattern("/espace/organisation/*"));
		long id = this.jdbc.sql("select id from organisation where siret = ?")
			.param(form.getFirst("siret"))
			.query(Long.class)
			.single();
		assertThat(this.organisations.details(id, as(email)).website()).isEqualTo("https://lesjardins.fr");
		assertThat(page(get("/espace/organisation/" + id), email)).contains("https://lesjardins.fr");
	}

	@Test
	void aWebsiteWithSpacesOrAnotherSchemeIsRefusedBesideTheFieldAndKept() throws Exception {
		String email = this.test.newApplicant("Camille");
		for (String website : new String[] { "javascript:alert(1)", "les jardins.fr" }) {
			MultiValueMap<String, String> form = TestOrganisations.validForm("Les Jardins refusés");
			form.set("website", website);
			String html = sentBack(form, email);
			assertThat(html).as(website)
				.contains("id=\"website-error\"")
				.contains("Indiquez l&#39;adresse du site sans espace")
				.contains("value=\"" + website + "\"");
		}
		assertThat(countByName("Les Jardins refusés")).isZero();
	}

	@Test
	void theCreationFormOffersEveryLegalFormAndRegion() throws Exception {
		String html = page(get("/espace/organisation/nouvelle"), this.test.newApplicant("Camille"));
		assertThat(html).contains("value=\"association\"").contains("value=\"societe-commerciale\"")
			.contains("Société coopérative d&#39;intérêt collectif (SCIC)")
			.contains("value=\"06\"")
			.contains("name=\"_csrf\"");
	}

	@Test
	void validationErrorsAreShownBesideTheFieldsWithWhatWasTypedKept() throws Exception {
		String email = this.test.newApplicant("Camille");
		MultiValueMap<String, String> form = TestOrganisations.validForm("Les Lilas <b>gras</b>");
		form.set("siret", "123 456 789 01234");
		form.set("rna", "");
		form.set("postcode", "7502");
		form.set("website", "ftp://lilas.example.org");
		form.set("region", "99");
		String html = sentBack(form, email);

		assertThat(html).contains("class=\"error-summary\"")
			.contains("id=\"siret-error\"")
			.contains("Ce SIRET n&#39;est pas valide")
			.contains("id=\"rna-error\"")
			.contains("Une association indique son numéro RNA")
			.contains("id=\"postcode-error\"")
			.contains("id=\"website-error\"")
			.contains("id=\"region-error\"")
			.doesNotContain("id=\"name-error\"")
			.doesNotContain("id=\"city-error\"");
		assertThat(html).contains("value=\"123 456 789 01234\"")
			.contains("value=\"7502\"")
			.contains("value=\"ftp://lilas.example.org\"")
			.contains("value=\"Les Lilas &lt;b&gt;gras&lt;/b&gt;\"")
			.contains("value=\"Paris\"")
			.contains("value=\"5 rue des Lilas\"");
		assertThat(html).containsPattern("id=\"siret\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"siret\"")
			.containsPattern("aria-describedby=\"siret-hint siret-error\"")
			.containsPattern("<option value=\"association\" selected=\"selected\">");
		assertThat(countByName("Les Lilas <b>gras</b>")).isZero();
	}

	@Test
	void aSiretAlreadyRegisteredIsRefusedAndOffersToAskToJoinWithoutRevealingTheOrganisation() throws Exception {
		String first = this.test.newApplicant("Première");
		long id = this.test.newOrganisation(first, "Maison des secrets bien gardés");
		String siret = siretOf(id);
		String second = this.test.newApplicant("Deuxième");
		MultiValueMap<String, String> form = TestOrganisations.validForm("Mon association");
		form.set("siret", siret);
		String html = sentBack(form, second);

		assertThat(html).contains("id=\"siret-error\"")
			.contains("Une organisation est déjà inscrite sous ce SIRET.")
			.contains("action=\"/espace/organisation/demandes\"")
			.contains("name=\"siret\" value=\"" + siret + "\"")
			.contains("value=\"Mon association\"");
		assertThat(html).doesNotContain("Maison des secrets")
			.doesNotContain("Aiguillerie")
			.doesNotContain("Montpellier")
			.doesNotContain("W343000123")
			.doesNotContain("/espace/organisation/" + id);
		assertThat(countByName("Mon association")).isZero();

		this.mvc.perform(post("/espace/organisation/demandes").param("siret", siret)
			.with(user(second).roles("APPLICANT"))
			.with(csrf()))
			.andExpect(redirectedUrl("/espace/organisation"))
			.andExpect(flash().attribute("notice", containsString(siret)));
		String list = page(get("/espace/organisation"), second);
		assertThat(list).contains("SIRET " + siret).doesNotContain("Maison des secrets");
		assertThat(this.memberships.pendingJoinRequests(id, as(first))).extracting(JoinRequestRow::email)
			.containsExactly(second);
	}

	@Test
	void sendingTheCreationFormTwiceRegistersOneOrganisation() throws Exception {
		String email = this.test.newApplicant("Camille");
		MultiValueMap<String, String> form = TestOrganisations.validForm("Double clic");
		String firstAnswer = this.mvc
			.perform(post("/espace/organisation/nouvelle").params(form).with(user(email).roles("APPLICANT")).with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(post("/espace/organisation/nouvelle").params(form).with(user(email).roles("APPLICANT")).with(csrf()))
			.andExpect(redirectedUrl(firstAnswer));
		assertThat(countByName("Double clic")).isEqualTo(1);
	}

	@Test
	void anAssociationOfAlsaceMoselleRegistersWithItsCourtRegisterInsteadOfAnRna() throws Exception {
		String email = this.test.newApplicant("Camille");
		MultiValueMap<String, String> form = TestOrganisations.validForm("Les Cigognes de Strasbourg");
		form.set("rna", "");
		form.set("postcode", "67000");
		form.set("city", "Strasbourg");
		form.set("region", "44");
		String html = sentBack(form, email);
		assertThat(html).contains("id=\"courtRegister-error\"").doesNotContain("id=\"rna-error\"");

		form.set("courtRegister", "Tribunal judiciaire de Strasbourg, volume 85, folio 12");
		this.mvc.perform(post("/espace/organisation/nouvelle").params(form).with(user(email).roles("APPLICANT")).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("select coalesce(rna, '-') || ' / ' || court_register from organisation where siret = ?")
			.param(form.getFirst("siret"))
			.query(String.class)
			.single()).isEqualTo("- / Tribunal judiciaire de Strasbourg, volume 85, folio 12");
	}

	@Test
	void extraPostedFieldsAreIgnored() throws Exception {
		String owner = this.test.newApplicant("Propriétaire");
		long other = this.test.newOrganisation(owner, "Organisation d'un autre");
		String email = this.test.newApplicant("Camille");
		long own = this.test.newOrganisation(email, "Ma structure");

		MultiValueMap<String, String> form = TestOrganisations.validForm("Nouvelle structure");
		form.add("id", String.valueOf(other));
		form.add("organisationId", String.valueOf(other));
		form.add("role", "ADMIN");
		form.add("roles", "STAFF");
		form.add("accountId", "1");
		form.add("createdAt", "2000-01-01T00:00:00Z");
		this.mvc.perform(post("/espace/organisation/nouvelle").params(form).with(user(email).roles("APPLICANT")).with(csrf()))
			.andExpect(status().isFound());
		long created = this.jdbc.sql("select id from organisation where siret = ?")
			.param(form.getFirst("siret"))
			.query(Long.class)
			.single();
		assertThat(created).isNotIn(other, own);
		assertThat(this.organisations.organisationsOf(as(email))).extracting(OrganisationSummary::id)
			.containsExactlyInAnyOrder(own, created);
		assertThat(this.organisations.organisationsOf(as(owner))).extracting(OrganisationSummary::id).containsExactly(other);
		assertThat(this.jdbc.sql("""
				select r.role from account_role r join account a on a.id = r.account_id where a.email = ?""")
			.param(email)
			.query(String.class)
			.list()).containsExactly("APPLICANT");
		assertThat(this.jdbc.sql("select created_at > now() - interval '1 hour' from organisation where id = ?")
			.param(created)
			.query(Boolean.class)
			.single()).isTrue();

		// Editing one's own organisation while naming another one in the body changes only one's own.
		MultiValueMap<String, String> edit = TestOrganisations.validForm("Ma structure renommée");
		edit.add("id", String.valueOf(other));
		edit.add("organisationId", String.valueOf(other));
		this.mvc.perform(post("/espace/organisation/" + own + "/modifier").params(edit)
			.with(user(email).roles("APPLICANT"))
			.with(csrf())).andExpect(redirectedUrl("/espace/organisation/" + own));
		assertThat(nameOf(own)).isEqualTo("Ma structure renommée");
		assertThat(nameOf(other)).isEqualTo("Organisation d'un autre");
	}

	@Test
	void aPostWithoutCsrfTokenIsRefusedAndSavesNothing() throws Exception {
		String email = this.test.newApplicant("Camille");
		MultiValueMap<String, String> form = TestOrganisations.validForm("Sans jeton");
		this.mvc.perform(post("/espace/organisation/nouvelle").params(form).with(user(email).roles("APPLICANT")))
			.andExpect(status().isForbidden());
		assertThat(countByName("Sans jeton")).isZero();

		long own = this.test.newOrganisation(email, "Avec jeton");
		this.mvc.perform(post("/espace/organisation/" + own + "/modifier").params(form).with(user(email).roles("APPLICANT")))
			.andExpect(status().isForbidden());
		assertThat(nameOf(own)).isEqualTo("Avec jeton");
	}

	@Test
	void aMemberChangesItsOrganisationThroughTheEditForm() throws Exception {
		String email = this.test.newApplicant("Camille");
		long id = this.test.newOrganisation(email, "Avant");
		String siret = siretOf(id);
		String html = page(get("/espace/organisation/" + id + "/modifier"), email);
		assertThat(html).contains("value=\"Avant\"").contains("value=\"" + siret + "\"").contains("value=\"W343000123\"");

		MultiValueMap<String, String> form = TestOrganisations.validForm("Après");
		form.set("siret", siret);
		form.set("legalForm", "scic");
		form.set("rna", "");
		form.set("esus", "true");
		form.set("website", "");
		this.mvc.perform(post("/espace/organisation/" + id + "/modifier").params(form)
			.with(user(email).roles("APPLICANT"))
			.with(csrf()))
			.andExpect(redirectedUrl("/espace/organisation/" + id))
			.andExpect(flash().attributeExists("notice"));
		assertThat(this.organisations.details(id, as(email))).satisfies((organisation) -> {
			assertThat(organisation.name()).isEqualTo("Après");
			assertThat(organisation.legalFormCode()).isEqualTo("scic");
			assertThat(organisation.rna()).isNull();
			assertThat(organisation.esus()).isTrue();
			assertThat(organisation.website()).isNull();
			assertThat(organisation.city()).isEqualTo("Paris");
		});
	}

	@Test
	void anEditFormReadBeforeAnotherChangeIsToldSoAndKeepsWhatWasTyped() throws Exception {
		String email = this.test.newApplicant("Camille");
		String other = this.test.newApplicant("Dominique");
		long id = this.test.newOrganisation(email, "Avant");
		this.test.addMember(id, other);
		String siret = siretOf(id);
		String html = page(get("/espace/organisation/" + id + "/modifier"), email);
		String version = html.replaceAll("(?s).*name=\"version\" value=\"([0-9]+)\".*", "$1");

		// Another member saves first, from a page read at the same version.
		MultiValueMap<String, String> theirs = TestOrganisations.validForm("Le nom de Dominique");
		theirs.set("siret", siret);
		theirs.set("version", version);
		this.mvc.perform(post("/espace/organisation/" + id + "/modifier").params(theirs)
			.with(user(other).roles("APPLICANT"))
			.with(csrf())).andExpect(redirectedUrl("/espace/organisation/" + id));

		MultiValueMap<String, String> mine = TestOrganisations.validForm("Le nom de Camille");
		mine.set("siret", siret);
		mine.set("version", version);
		String stale = this.mvc
			.perform(post("/espace/organisation/" + id + "/modifier").params(mine)
				.with(user(email).roles("APPLICANT"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("modifiée ailleurs").contains("value=\"Le nom de Camille\"");
		assertThat(this.organisations.details(id, as(email)).name()).isEqualTo("Le nom de Dominique");

		// Sent again from that page, the change is made knowingly.
		String newVersion = stale.replaceAll("(?s).*name=\"version\" value=\"([0-9]+)\".*", "$1");
		mine.set("version", newVersion);
		this.mvc.perform(post("/espace/organisation/" + id + "/modifier").params(mine)
			.with(user(email).roles("APPLICANT"))
			.with(csrf())).andExpect(redirectedUrl("/espace/organisation/" + id));
		assertThat(this.organisations.details(id, as(email)).name()).isEqualTo("Le nom de Camille");
	}

	@Test
	void aMemberCannotTakeTheSiretOfAnotherOrganisation() throws Exception {
		String email = this.test.newApplicant("Camille");
		long own = this.test.newOrganisation(email, "La mienne");
		long other = this.test.newOrganisation(this.test.newApplicant("Autre"), "L'autre");
		MultiValueMap<String, String> form = TestOrganisations.validForm("La mienne");
		form.set("siret", siretOf(other));
		String html = this.mvc
			.perform(post("/espace/organisation/" + own + "/modifier").params(form)
				.with(user(email).roles("APPLICANT"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Une autre organisation est déjà inscrite sous ce SIRET.").doesNotContain("L&#39;autre");
		assertThat(siretOf(own)).isNotEqualTo(siretOf(other));
	}

	@Test
	void askingToJoinWithAnUnknownOrMalformedSiretIsAnErrorBesideTheField() throws Exception {
		String email = this.test.newApplicant("Camille");
		String unknown = TestOrganisations.newSiret();
		String html = this.mvc
			.perform(post("/espace/organisation/demandes").param("siret", unknown)
				.with(user(email).roles("APPLICANT"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"siret-error\"").contains("Aucune organisation n&#39;est inscrite sous ce SIRET")
			.contains("value=\"" + unknown + "\"");
		html = this.mvc
			.perform(post("/espace/organisation/demandes").param("siret", "abc")
				.with(user(email).roles("APPLICANT"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"siret-error\"").contains("value=\"abc\"");
	}

	/** Posts the creation form as this applicant: the form must come back (200), with its errors. */
	private String sentBack(MultiValueMap<String, String> form, String email) throws Exception {
		return this.mvc
			.perform(post("/espace/organisation/nouvelle").params(form).with(user(email).roles("APPLICANT")).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(MockHttpServletRequestBuilder request, String email) throws Exception {
		return this.mvc.perform(request.with(user(email).roles("APPLICANT")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long countByName(String name) {
		return this.jdbc.sql("select count(*) from organisation where name = ?").param(name).query(Long.class).single();
	}

	private String nameOf(long id) {
		return this.jdbc.sql("select name from organisation where id = ?").param(id).query(String.class).single();
	}

	private String siretOf(long id) {
		return this.jdbc.sql("select siret from organisation where id = ?").param(id).query(String.class).single();
	}

}
