package fr.apec.novapec.organisation;

import java.util.List;

import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Joining an organisation (request or invitation) and leaving it. */
@IntegrationTest
class OrganisationMembershipTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationService organisations;

	@Autowired
	MembershipService memberships;

	@Autowired
	MailOutbox mailOutbox;

	@Autowired
	TestOrganisations test;

	@BeforeEach
	void helpers() {
		TestMail.server();
	}

	@Test
	void aJoinRequestAcceptedByAMemberMakesTheRequesterAMember() throws Exception {
		String member = this.test.newApplicant("Alice Membre");
		String otherMember = this.test.newApplicant("Bruno Membre");
		long id = this.test.newOrganisation(member, "Les Jardins partagés");
		this.test.addMember(id, otherMember);
		String requester = this.test.newApplicant("Chloé Demande");

		this.mvc.perform(post("/espace/organisation/demandes").param("siret", siretOf(id))
			.with(user(requester).roles("APPLICANT"))
			.with(csrf())).andExpect(redirectedUrl("/espace/organisation"));
		this.mvc.perform(get("/espace/organisation/" + id).with(user(requester).roles("APPLICANT")))
			.andExpect(status().isNotFound());

		TestMail.deliverAll(this.mailOutbox);
		for (String each : List.of(member, otherMember)) {
			List<MimeMessage> mails = TestMail.to(each);
			assertThat(mails).as(each).hasSize(1);
			assertThat(mails.get(0).getSubject()).isEqualTo("Une demande pour rejoindre l'organisation « Les Jardins partagés » sur Novapec");
			assertThat(TestMail.text(mails.get(0)).replace("=\r\n", "")).contains(requester);
			assertThat(TestMail.link(mails.get(0), "/espace/organisation/")).isEqualTo("/espace/organisation/" + id + "/membres");
		}
		assertThat(TestMail.to(requester)).isEmpty();

		String page = page("/espace/organisation/" + id + "/membres", member);
		long requestId = this.memberships.pendingJoinRequests(id, as(member)).get(0).id();
		assertThat(page).contains("Chloé Demande").contains(requester)
			.contains("/espace/organisation/" + id + "/demandes/" + requestId + "/accepter");

		this.mvc.perform(post("/espace/organisation/" + id + "/demandes/" + requestId + "/accepter")
			.with(user(member).roles("APPLICANT"))
			.with(csrf()))
			.andExpect(redirectedUrl("/espace/organisation/" + id + "/membres"))
			.andExpect(flash().attribute("notice", containsString("Chloé Demande")));
		assertThat(this.organisations.organisationsOf(as(requester))).extracting(OrganisationSummary::id).containsExactly(id);
		assertThat(this.memberships.pendingJoinRequests(id, as(member))).isEmpty();
		assertThat(page("/espace/organisation/" + id, requester)).contains("Les Jardins partagés");

		// Accepting twice (a double click) changes nothing; refusing after the acceptance is turned away.
		this.mvc.perform(post("/espace/organisation/" + id + "/demandes/" + requestId + "/accepter")
			.with(user(member).roles("APPLICANT"))
			.with(csrf())).andExpect(redirectedUrl("/espace/organisation/" + id + "/membres"));
		this.mvc.perform(post("/espace/organisation/" + id + "/demandes/" + requestId + "/refuser")
			.with(user(otherMember).roles("APPLICANT"))
			.with(csrf()))
			.andExpect(redirectedUrl("/espace/organisation/" + id + "/membres"))
			.andExpect(flash().attribute("alert", containsString("déjà répondu")));
		assertThat(this.organisations.members(id, as(member))).extracting(MemberRow::email)
			.containsExactlyInAnyOrder(member, otherMember, requester);
	}

	@Test
	void aRefusedJoinRequestLeavesTheRequesterOutside() throws Exception {
		String member = this.test.newApplicant("Alice");
		long id = this.test.newOrganisation(member, "Refus poli");
		String requester = this.test.newApplicant("Chloé");
		assertThat(this.memberships.askToJoin(as(requester), new Siret(siretOf(id)))).isEqualTo(JoinRequestOutcome.SENT);
		assertThat(this.memberships.askToJoin(as(requester), new Siret(siretOf(id))))
			.isEqualTo(JoinRequestOutcome.ALREADY_PENDING);
		long requestId = this.memberships.pendingJoinRequests(id, as(member)).get(0).id();

		this.mvc.perform(post("/espace/organisation/" + id + "/demandes/" + requestId + "/refuser")
			.with(user(member).roles("APPLICANT"))
			.with(csrf())).andExpect(redirectedUrl("/espace/organisation/" + id + "/membres"));
		assertThat(this.organisations.organisationsOf(as(requester))).isEmpty();
		assertThat(this.memberships.ownJoinRequests(as(requester))).isEmpty();
		this.mvc.perform(get("/espace/organisation/" + id).with(user(requester).roles("APPLICANT")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anInvitationLinkWorksOnceForTheInvitedAccount() throws Exception {
		String member = this.test.newApplicant("Alice");
		long id = this.test.newOrganisation(member, "L'Atelier invitant");
		String invited = this.test.newApplicant("Inès Invitée");

		String link = invite(id, member, invited.toUpperCase());
		assertThat(link).matches("/espace/organisation/invitations/[A-Za-z0-9_-]{43}");
		MimeMessage mail = TestMail.to(invited).get(0);
		assertThat(mail.getSubject()).isEqualTo("Invitation à rejoindre une organisation sur le portail Novapec");
		assertThat(TestMail.text(mail)).contains("/inscription");

		assertThat(page(link, invited)).contains("L&#39;Atelier invitant").contains("action=\"" + link + "\"");
		this.mvc.perform(post(link).with(user(invited).roles("APPLICANT")).with(csrf()))
			.andExpect(redirectedUrl("/espace/organisation/" + id))
			.andExpect(flash().attribute("notice", containsString("L'Atelier invitant")));
		assertThat(this.organisations.organisationsOf(as(invited))).extracting(OrganisationSummary::id).containsExactly(id);

		// Used once: the same link does nothing more, for anyone.
		assertThat(page(link, invited)).contains("déjà membre").doesNotContain("action=\"" + link + "\"");
		this.mvc.perform(post(link).with(user(invited).roles("APPLICANT")).with(csrf()))
			.andExpect(redirectedUrl("/espace/organisation/" + id));
		String another = this.test.newApplicant("Autre");
		assertThat(page(link, another)).contains("déjà servi").doesNotContain("action=\"" + link + "\"");
		this.mvc.perform(post(link).with(user(another).roles("APPLICANT")).with(csrf())).andExpect(status().isOk());
		assertThat(this.organisations.organisationsOf(as(another))).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from organisation_invitation where used_at is not null and email = ?")
			.param(invited)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anInvitationLinkExpiresAfterSevenDays() throws Exception {
		String member = this.test.newApplicant("Alice");
		long id = this.test.newOrganisation(member, "Délai dépassé");
		String invited = this.test.newApplicant("Inès");
		String link = invite(id, member, invited);
		assertThat(this.jdbc.sql("""
				select expires_at between now() + interval '7 days' - interval '1 minute' and now() + interval '7 days'
				from organisation_invitation where email = ?""").param(invited).query(Boolean.class).single()).isTrue();

		this.jdbc.sql("""
				update organisation_invitation set created_at = now() - interval '8 days',
				       expires_at = now() - interval '1 day' where email = ?""").param(invited).update();
		assertThat(page(link, invited)).contains("a expiré");
		this.mvc.perform(post(link).with(user(invited).roles("APPLICANT")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("a expiré")));
		assertThat(this.organisations.organisationsOf(as(invited))).isEmpty();
		assertThat(this.memberships.pendingInvitations(id, as(member))).isEmpty();
	}

	@Test
	void anInvitationIsForTheAccountOfTheInvitedAddressOnly() throws Exception {
		String member = this.test.newApplicant("Alice");
		long id = this.test.newOrganisation(member, "Adresse précise");
		String invited = this.test.newApplicant("Inès");
		String link = invite(id, member, invited);
		String intruder = this.test.newApplicant("Ivan");

		assertThat(page(link, intruder)).contains("a été envoyée à " + invited).doesNotContain("Adresse précise");
		this.mvc.perform(post(link).with(user(intruder).roles("APPLICANT")).with(csrf())).andExpect(status().isOk());
		assertThat(this.organisations.organisationsOf(as(intruder))).isEmpty();

		this.mvc.perform(post(link).with(user(invited).roles("APPLICANT")).with(csrf()))
			.andExpect(redirectedUrl("/espace/organisation/" + id));
	}

	@Test
	void onlyTheSha256OfAnInvitationTokenIsStored() throws Exception {
		String member = this.test.newApplicant("Alice");
		long id = this.test.newOrganisation(member, "Jetons hachés");
		String invited = "pas-encore-de-compte-" + System.nanoTime() + "@exemple.fr";
		String link = invite(id, member, invited);
		String token = link.substring(link.lastIndexOf('/') + 1);
		String stored = this.jdbc.sql("select token_hash from organisation_invitation where email = ?")
			.param(invited)
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo(Tokens.sha256(token)).doesNotContain(token);
		assertThat(page("/espace/organisation/" + id + "/membres", member)).contains(invited);
	}

	@Test
	void anUnknownInvitationLinkSaysSo() throws Exception {
		String someone = this.test.newApplicant("Alice");
		assertThat(page("/espace/organisation/invitations/" + Tokens.newToken(), someone)).contains("n&#39;est pas valide");
	}

	@Test
	void invitingAMemberSendsNothing() throws Exception {
		String member = this.test.newApplicant("Alice");
		long id = this.test.newOrganisation(member, "Déjà là");
		this.mvc.perform(post("/espace/organisation/" + id + "/invitations").param("email", member)
			.with(user(member).roles("APPLICANT"))
			.with(csrf())).andExpect(flash().attribute("alert", containsString("déjà membre")));
		assertThat(this.memberships.pendingInvitations(id, as(member))).isEmpty();
	}

	@Test
	void aMalformedInvitationAddressIsAnErrorBesideTheField() throws Exception {
		String member = this.test.newApplicant("Alice");
		long id = this.test.newOrganisation(member, "Adresse fausse");
		String html = this.mvc
			.perform(post("/espace/organisation/" + id + "/invitations").param("email", "pas une adresse")
				.with(user(member).roles("APPLICANT"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"email-error\"").contains("value=\"pas une adresse\"");
		assertThat(this.memberships.pendingInvitations(id, as(member))).isEmpty();
	}

	@Test
	void theLastMemberCannotLeave() throws Exception {
		String member = this.test.newApplicant("Alice");
		long id = this.test.newOrganisation(member, "Seule à bord");
		this.mvc.perform(post("/espace/organisation/" + id + "/quitter").with(user(member).roles("APPLICANT")).with(csrf()))
			.andExpect(redirectedUrl("/espace/organisation/" + id + "/membres"))
			.andExpect(flash().attribute("alert", containsString("dernier membre")));
		assertThat(this.organisations.organisationsOf(as(member))).extracting(OrganisationSummary::id).containsExactly(id);
	}

	@Test
	void aMemberLeavesWhenOthersRemain() throws Exception {
		String first = this.test.newApplicant("Alice");
		String second = this.test.newApplicant("Bruno");
		long id = this.test.newOrganisation(first, "À deux");
		this.test.addMember(id, second);
		this.mvc.perform(post("/espace/organisation/" + id + "/quitter").with(user(second).roles("APPLICANT")).with(csrf()))
			.andExpect(redirectedUrl("/espace"))
			.andExpect(flash().attribute("notice", containsString("À deux")));
		this.mvc.perform(get("/espace/organisation/" + id).with(user(second).roles("APPLICANT")))
			.andExpect(status().isNotFound());
		assertThatLastMemberStays(id, first);
	}

	private void assertThatLastMemberStays(long id, String member) throws Exception {
		this.mvc.perform(post("/espace/organisation/" + id + "/quitter").with(user(member).roles("APPLICANT")).with(csrf()))
			.andExpect(flash().attributeExists("alert"));
		assertThat(this.organisations.members(id, as(member))).extracting(MemberRow::email).containsExactly(member);
	}

	/** Invites the address through the members page and returns the link of the mail it receives. */
	private String invite(long id, String member, String address) throws Exception {
		this.mvc.perform(post("/espace/organisation/" + id + "/invitations").param("email", address)
			.with(user(member).roles("APPLICANT"))
			.with(csrf()))
			.andExpect(redirectedUrl("/espace/organisation/" + id + "/membres"))
			.andExpect(flash().attribute("notice", containsString(address)));
		TestMail.deliverAll(this.mailOutbox);
		List<MimeMessage> mails = TestMail.to(address.toLowerCase());
		assertThat(mails).hasSize(1);
		return TestMail.link(mails.get(0), "/espace/organisation/invitations/");
	}

	private String page(String path, String email) throws Exception {
		return this.mvc.perform(get(path).with(user(email).roles("APPLICANT")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String siretOf(long id) {
		return this.jdbc.sql("select siret from organisation where id = ?").param(id).query(String.class).single();
	}

}
