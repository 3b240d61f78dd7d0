package fr.apec.novapec.organisation;

import java.util.Map;
import java.util.UUID;

import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal never carries a stranger's text to an address someone typed: invitations have a fixed
 * subject, the names people typed appear in their body only as « X vous invite », never as a link, an
 * organisation sends at most 20 a day, the verification mail of a sign-up carries nothing the signer typed,
 * and names holding a web address or a control character are refused where they were typed.
 */
@IntegrationTest
class MailAbuseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestOrganisations test;

	@Test
	void anInvitationHasAFixedSubjectAndTheTypedNamesOnlyInItsBodyAsPlainText() throws Exception {
		String member = this.test.newApplicant("Alice Dupont");
		long id = this.test.newOrganisation(member, "Les Jardins partagés");
		String invited = "invitee-" + UUID.randomUUID() + "@exemple.fr";
		invite(id, member, invited).andExpect(redirectedUrl("/espace/organisation/" + id + "/membres"));

		Map<String, Object> mail = lastMailTo(invited);
		assertThat(mail.get("subject")).isEqualTo("Invitation à rejoindre une organisation sur le portail Novapec");
		assertThat((String) mail.get("text_body"))
			.contains("Alice Dupont vous invite à rejoindre l'organisation « Les Jardins partagés »");
		String html = (String) mail.get("html_body");
		assertThat(html).contains("Alice Dupont vous invite");
		assertThat(html.replaceAll("(?s)<title>.*?</title>", "")).as("no link carries a typed name")
			.doesNotContainPattern("(?s)<a[^>]*>[^<]*(Alice|Jardins)[^<]*</a>");
	}

	@Test
	void anOrganisationSendsAtMostTwentyInvitationsADayAndTheFormSaysSoWithTheAddressKept() throws Exception {
		String member = this.test.newApplicant("Bruno Invitant");
		long id = this.test.newOrganisation(member, "Beaucoup d'invitations");
		for (int i = 0; i < OrganisationService.INVITATIONS_PER_DAY; i++) {
			invite(id, member, "vingt-" + i + "-" + UUID.randomUUID() + "@exemple.fr")
				.andExpect(redirectedUrl("/espace/organisation/" + id + "/membres"));
		}
		String oneTooMany = "de-trop-" + UUID.randomUUID() + "@exemple.fr";
		String page = invite(id, member, oneTooMany).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("déjà envoyé 20 invitations au cours des dernières 24 heures")
			.contains("value=\"" + oneTooMany + "\"")
			.contains("aria-invalid=\"true\"");
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(oneTooMany)
			.query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from organisation_invitation where organisation_id = ?").param(id)
			.query(Long.class).single()).isEqualTo(20);

		// A day later the organisation may invite again.
		this.jdbc.sql("update organisation_invitation set created_at = created_at - interval '25 hours', "
				+ "expires_at = expires_at - interval '25 hours' where organisation_id = ?").param(id).update();
		invite(id, member, oneTooMany).andExpect(redirectedUrl("/espace/organisation/" + id + "/membres"));
	}

	@Test
	void theVerificationMailOfASignUpCarriesNothingTheSignerTyped() throws Exception {
		String victim = "victime-" + UUID.randomUUID() + "@exemple.fr";
		this.mvc.perform(post("/inscription").param("displayName", "Votre compte Apec expire aujourd'hui")
			.param("email", victim)
			.param("password", "une phrase de passe assez longue")
			.param("passwordConfirmation", "une phrase de passe assez longue")
			.with(csrf())).andExpect(redirectedUrl("/inscription/envoye"));
		Map<String, Object> mail = lastMailTo(victim);
		assertThat((String) mail.get("subject")).doesNotContain("expire");
		assertThat((String) mail.get("text_body")).doesNotContain("expire aujourd").startsWith("Bonjour,");
		assertThat((String) mail.get("html_body")).doesNotContain("expire aujourd");
	}

	@Test
	void namesHoldingAWebAddressOrAControlCharacterAreRefusedWhereTheyWereTyped() throws Exception {
		for (String name : new String[] { "URGENT: connectez-vous sur http://evil.example", "Voir www.evil.example",
				"Marie\u0001Curie", "Jean\u202Eeuqcaj" }) {
			String email = "nom-" + UUID.randomUUID() + "@exemple.fr";
			String page = this.mvc.perform(post("/inscription").param("displayName", name)
				.param("email", email)
				.param("password", "une phrase de passe assez longue")
				.param("passwordConfirmation", "une phrase de passe assez longue")
				.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(page).as(name).contains("Un nom ne peut contenir ni adresse web");
			assertThat(this.jdbc.sql("select count(*) from account where email = ?").param(email).query(Long.class)
				.single()).isZero();
		}
		// A NUL character, which no keyboard types, is refused before any form: 400 and nothing saved.
		String nul = "nom-" + UUID.randomUUID() + "@exemple.fr";
		this.mvc.perform(post("/inscription").param("displayName", "Marie\u0000Curie")
			.param("email", nul)
			.param("password", "une phrase de passe assez longue")
			.param("passwordConfirmation", "une phrase de passe assez longue")
			.with(csrf())).andExpect(status().isBadRequest());
		assertThat(this.jdbc.sql("select count(*) from account where email = ?").param(nul).query(Long.class).single())
			.isZero();
		String member = this.test.newApplicant("Chloé Renomme");
		long id = this.test.newOrganisation(member, "Nom honnête");
		var form = TestOrganisations.validForm("URGENT: votre compte Apec expire, connectez-vous sur http://evil.example");
		String page = this.mvc.perform(post("/espace/organisation/" + id + "/modifier").params(form)
			.with(user(member).roles("APPLICANT")).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Un nom ne peut contenir ni adresse web");
		assertThat(this.jdbc.sql("select name from organisation where id = ?").param(id).query(String.class).single())
			.isEqualTo("Nom honnête");
	}

	private org.springframework.test.web.servlet.ResultActions invite(long id, String member, String address)
			throws Exception {
		return this.mvc.perform(post("/espace/organisation/" + id + "/invitations").param("email", address)
			.with(user(member).roles("APPLICANT"))
			.with(csrf()));
	}

	private Map<String, Object> lastMailTo(String address) {
		return this.jdbc.sql("select subject, text_body, html_body from mail_outbox where recipient = ? order by id desc limit 1")
			.param(address)
			.query()
			.singleRow();
	}

}
