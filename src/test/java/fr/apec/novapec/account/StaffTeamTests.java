package fr.apec.novapec.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.SignedIn;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff team at /gestion/equipe: an administrator invites by mail, the invitee sets its name and password
 * from a link valid seven days and usable once, roles and regional teams change, disabling ends sessions at
 * once; nobody but an administrator reaches any of it.
 */
@IntegrationTest
class StaffTeamTests {

	static final String PASSWORD = "une phrase de passe de l'équipe";

	@Autowired
	MockMvc mvc;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffAdministration team;

	@Test
	void anAdminInvitesAReviewerWhoSetsItsPasswordFromTheMailedLinkAndLogsIn() throws Exception {
		String email = newAddress();
		this.mvc.perform(post("/gestion/equipe/invitations").with(admin()).with(csrf()).param("email", email)
			.param("roles", "REVIEWER").param("regionCodes", "53", "76")).andExpect(redirectedUrl("/gestion/equipe"));
		assertThat(loginResult(email, PASSWORD)).as("nobody logs in before the invitation is accepted")
			.isEqualTo("/connexion?erreur");
		String page = this.mvc.perform(get("/gestion/equipe").with(admin())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains(email).contains("Invitation envoyée");

		String link = invitationLink(email);
		assertThat(this.mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains(email);
		this.mvc.perform(post("/equipe/invitation").with(csrf()).param("token", token(link))
			.param("displayName", "Dominique Experte").param("password", PASSWORD).param("passwordConfirmation", PASSWORD))
			.andExpect(redirectedUrl("/connexion?bienvenue"));

		assertThat(loginResult(email, PASSWORD)).isEqualTo("/gestion");
		long id = id(email);
		assertThat(this.directory.reviewers()).anySatisfy((member) -> {
			assertThat(member.id()).isEqualTo(id);
			assertThat(member.displayName()).isEqualTo("Dominique Experte");
			assertThat(member.roles()).containsExactly(Role.REVIEWER);
			assertThat(member.regionCodes()).containsExactlyInAnyOrder("53", "76");
			assertThat(member.notification()).isEqualTo(StaffNotification.EACH_EVENT);
		});
		assertThat(this.directory.regionsOf(id)).containsExactlyInAnyOrder("53", "76");
	}

	@Test
	void theInvitationLinkIsValidSevenDaysThenLeadsToTheInvalidLinkPage() throws Exception {
		String email = newAddress();
		invite(email, "STAFF");
		String link = invitationLink(email);
		assertThat(this.jdbc.sql("""
				select expires_at - created_at = interval '7 days' from account_token
				where purpose = 'INVITATION' and account_id = ?""").param(id(email)).query(Boolean.class).single())
			.isTrue();
		// Seven days and a minute later.
		this.jdbc.sql("""
				update account_token set created_at = created_at - interval '7 days 1 minute',
				       expires_at = expires_at - interval '7 days 1 minute'
				where purpose = 'INVITATION' and account_id = ?""").param(id(email)).update();
		assertThat(this.mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("Ce lien n&#39;est plus valable").contains("demandez à la personne");
		assertThat(accept(link, "Dominique")).contains("Ce lien n&#39;est plus valable");
		assertThat(loginResult(email, PASSWORD)).isEqualTo("/connexion?erreur");
	}

	@Test
	void theInvitationLinkWorksOnceAndANewLinkReplacesTheOldOne() throws Exception {
		String email = newAddress();
		invite(email, "STAFF");
		String first = invitationLink(email);
		TestMail.purge();
		this.mvc.perform(post("/gestion/equipe/" + id(email) + "/invitation").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/gestion/equipe/" + id(email)));
		String second = invitationLink(email);
		assertThat(accept(first, "Premier lien")).as("the new link revoked the old one").contains("Ce lien n&#39;est plus valable");
		this.mvc.perform(post("/equipe/invitation").with(csrf()).param("token", token(second))
			.param("displayName", "Dominique").param("password", PASSWORD).param("passwordConfirmation", PASSWORD))
			.andExpect(redirectedUrl("/connexion?bienvenue"));
		assertThat(accept(second, "Une seconde fois")).contains("Ce lien n&#39;est plus valable");
		assertThat(this.jdbc.sql("select display_name from account where email = ?").param(email).query(String.class)
			.single()).isEqualTo("Dominique");
	}

	@Test
	void aWeakPasswordOnTheInvitationPageIsRefusedBesideItsFieldAndTheLinkStillWorks() throws Exception {
		String email = newAddress();
		invite(email, "REVIEWER");
		String link = invitationLink(email);
		String html = this.mvc.perform(post("/equipe/invitation").with(csrf()).param("token", token(link))
			.param("displayName", "Dominique Experte").param("password", "court").param("passwordConfirmation", "court"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("au moins 12 caractères").contains("value=\"Dominique Experte\"")
			.doesNotContain("value=\"court\"");
		assertThat(accept(link, "Dominique Experte")).isEmpty();
	}

	@Test
	void invitingAnAddressThatHasAnAccountIsRefusedBesideTheField() throws Exception {
		String staff = newStaff(EnumSet.of(Role.STAFF));
		String applicant = newAddress();
		this.accounts.createAccount(applicant, PASSWORD, "Camille Candidate", EnumSet.of(Role.APPLICANT));
		assertThat(this.mvc.perform(post("/gestion/equipe/invitations").with(admin()).with(csrf())
			.param("email", staff.toUpperCase()).param("roles", "REVIEWER")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("a déjà un compte dans l&#39;équipe");
		assertThat(this.mvc.perform(post("/gestion/equipe/invitations").with(admin()).with(csrf())
			.param("email", applicant).param("roles", "REVIEWER")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("a déjà un compte candidat").contains("value=\"" + applicant + "\"");
		assertThat(roles(applicant)).containsExactly("APPLICANT");
		assertThat(roles(staff)).containsExactly("STAFF");
	}

	@Test
	void anInvitationNeedsAStaffRoleAndKnownRegions() throws Exception {
		String email = newAddress();
		String html = this.mvc.perform(post("/gestion/equipe/invitations").with(admin()).with(csrf()).param("email", email)
			.param("roles", "APPLICANT").param("regionCodes", "99")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("Cochez au moins un rôle").contains("Cochez des régions de la liste");
		assertThat(this.accounts.exists(email)).isFalse();
	}

	@Test
	void anAdminChangesRolesAndRegionsAndTheAccountsSessionsEnd() throws Exception {
		String staff = newStaff(EnumSet.of(Role.STAFF));
		Cookie session = logIn(staff);
		this.mvc.perform(post("/gestion/equipe/" + id(staff)).with(admin()).with(csrf()).param("roles", "STAFF", "REVIEWER")
			.param("regionCodes", "84")).andExpect(redirectedUrl("/gestion/equipe/" + id(staff)));
		assertThat(roles(staff)).containsExactlyInAnyOrder("STAFF", "REVIEWER");
		assertThat(this.directory.staffOfRegions(List.of("84", "11"))).extracting(StaffMember::email).contains(staff);
		assertThat(this.directory.staffOfRegions(List.of("11"))).extracting(StaffMember::email).doesNotContain(staff);
		this.mvc.perform(get("/gestion").cookie(session)).andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void disablingEndsTheAccountsSessionsAtOnceAndItCanNoLongerLogIn() throws Exception {
		String staff = newStaff(EnumSet.of(Role.STAFF));
		Cookie session = logIn(staff);
		this.mvc.perform(get("/gestion").cookie(session)).andExpect(status().isOk());

		this.mvc.perform(post("/gestion/equipe/" + id(staff) + "/desactiver").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/gestion/equipe/" + id(staff)));
		this.mvc.perform(get("/gestion").cookie(session)).andExpect(redirectedUrl("/connexion"));
		assertThat(loginResult(staff, PASSWORD)).isEqualTo("/connexion?erreur");
		assertThat(this.directory.member(id(staff))).isEmpty();

		this.mvc.perform(post("/gestion/equipe/" + id(staff) + "/reactiver").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/gestion/equipe/" + id(staff)));
		assertThat(loginResult(staff, PASSWORD)).isEqualTo("/gestion");
	}

	@Test
	void anAdminCannotDisableItself() throws Exception {
		String admin = newStaff(EnumSet.of(Role.ADMIN, Role.STAFF));
		this.mvc.perform(post("/gestion/equipe/" + id(admin) + "/desactiver").with(as(admin, "ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/gestion/equipe/" + id(admin)))
			.andExpect((result) -> assertThat(String.valueOf(result.getFlashMap().get("alert")))
				.contains("votre propre compte"));
		assertThat(enabled(admin)).isTrue();
	}

	@Test
	void applicantsReviewersAndStaffGet403OnEveryPageAndActionOfTheTeam() throws Exception {
		String target = newStaff(EnumSet.of(Role.STAFF));
		long id = id(target);
		String intruded = newAddress();
		for (String role : List.of("APPLICANT", "REVIEWER", "STAFF")) {
			String login = newStaff(EnumSet.of(Role.valueOf(role)));
			for (MockHttpServletRequestBuilder request : List.of(get("/gestion/equipe"), get("/gestion/equipe/" + id),
					post("/gestion/equipe/invitations").param("email", intruded).param("roles", "ADMIN"),
					post("/gestion/equipe/" + id).param("roles", "ADMIN"), post("/gestion/equipe/" + id + "/desactiver"),
					post("/gestion/equipe/" + id + "/reactiver"), post("/gestion/equipe/" + id + "/invitation"))) {
				this.mvc.perform(request.with(as(login, role)).with(csrf()).accept(MediaType.TEXT_HTML))
					.andExpect(status().isForbidden());
			}
		}
		assertThat(this.accounts.exists(intruded)).isFalse();
		assertThat(roles(target)).containsExactly("STAFF");
		assertThat(enabled(target)).isTrue();
	}

	@Test
	void staffChooseTheirNotificationsOnTheirAccountPageAndApplicantsHaveNoSuchChoice() throws Exception {
		String staff = newStaff(EnumSet.of(Role.REVIEWER));
		assertThat(this.mvc.perform(get("/compte").with(as(staff, "REVIEWER"))).andReturn().getResponse()
			.getContentAsString()).contains("name=\"notification\"");
		this.mvc.perform(post("/compte/notifications").with(as(staff, "REVIEWER")).with(csrf())
			.param("notification", "DAILY_DIGEST")).andExpect(redirectedUrl("/compte"));
		assertThat(this.directory.member(id(staff)).orElseThrow().notification()).isEqualTo(StaffNotification.DAILY_DIGEST);

		String applicant = newStaff(EnumSet.of(Role.APPLICANT));
		assertThat(this.mvc.perform(get("/compte").with(as(applicant, "APPLICANT"))).andReturn().getResponse()
			.getContentAsString()).doesNotContain("name=\"notification\"");
		this.mvc.perform(post("/compte/notifications").with(as(applicant, "APPLICANT")).with(csrf())
			.param("notification", "NEVER")).andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select staff_notification from account where email = ?").param(applicant)
			.query(String.class).single()).isEqualTo("EACH_EVENT");
	}

	@Test
	void theDirectoryLeavesOutDisabledAccountsAndApplicants() {
		String reviewer = newStaff(EnumSet.of(Role.REVIEWER));
		String applicant = newStaff(EnumSet.of(Role.APPLICANT));
		this.jdbc.sql("update account set enabled = false where email = ?").param(reviewer).update();
		assertThat(this.directory.reviewers()).extracting(StaffMember::email).doesNotContain(reviewer);
		assertThat(this.directory.member(id(reviewer))).isEmpty();
		assertThat(this.directory.member(id(applicant))).isEmpty();
		assertThat(this.directory.staffOfRegions(List.of())).isEmpty();
		assertThat(this.directory.regionsOf(id(applicant))).isEmpty();
	}

	@Test
	void theTeamServiceItselfRefusesAnyoneButAnAdministrator() {
		String target = newStaff(EnumSet.of(Role.STAFF));
		for (String role : List.of("APPLICANT", "REVIEWER", "STAFF")) {
			String login = newStaff(EnumSet.of(Role.valueOf(role)));
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.as(login, role,
					() -> {
						this.team.change(SignedIn.as(login), id(target), Set.of(Role.ADMIN), Set.of());
						return null;
					}));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> Acting.as(login, role, () -> this.team.team()));
		}
		assertThat(roles(target)).containsExactly("STAFF");
	}

	@Test
	void invitationsFromOneClientAddressAreLimitedLikeOtherMailSendingActions() throws Exception {
		java.util.Random random = new java.util.Random();
		String address = "172.20." + random.nextInt(256) + "." + random.nextInt(256);
		RequestPostProcessor client = (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
		for (int i = 1; i <= 30; i++) {
			assertThat(this.mvc.perform(post("/gestion/equipe/invitations").with(client).with(admin()).with(csrf())
				.param("email", "pas une adresse").param("roles", "STAFF")).andReturn().getResponse().getStatus())
				.isNotEqualTo(429);
		}
		this.mvc.perform(post("/gestion/equipe/invitations").with(client).with(admin()).with(csrf())
			.param("email", newAddress()).param("roles", "STAFF")).andExpect(status().isTooManyRequests());
	}

	// Helpers

	private void invite(String email, String role) throws Exception {
		this.mvc.perform(post("/gestion/equipe/invitations").with(admin()).with(csrf()).param("email", email)
			.param("roles", role)).andExpect(redirectedUrl("/gestion/equipe"));
	}

	/** Posts the invitation form with a good password; the page shown (empty after a redirect). */
	private String accept(String link, String name) throws Exception {
		return this.mvc.perform(post("/equipe/invitation").with(csrf()).param("token", token(link))
			.param("displayName", name).param("password", PASSWORD).param("passwordConfirmation", PASSWORD))
			.andReturn().getResponse().getContentAsString();
	}

	private String invitationLink(String email) {
		TestMail.deliverAll(this.outbox);
		List<MimeMessage> mails = TestMail.to(email);
		assertThat(mails).as("mails to " + email).isNotEmpty();
		return TestMail.link(mails.get(mails.size() - 1), "/equipe/invitation");
	}

	private static String token(String link) {
		return link.substring(link.indexOf("jeton=") + 6);
	}

	private String newStaff(Set<Role> roles) {
		String email = newAddress();
		this.accounts.createAccount(email, PASSWORD, "Membre de l'équipe", roles);
		return email;
	}

	private static String newAddress() {
		return "equipe-" + UUID.randomUUID() + "@apec.test";
	}

	private Cookie logIn(String email) throws Exception {
		return this.mvc.perform(formLogin("/connexion").user("email", email).password("password", PASSWORD))
			.andExpect(redirectedUrl("/gestion")).andReturn().getResponse().getCookie("SESSION");
	}

	private String loginResult(String email, String password) throws Exception {
		return this.mvc.perform(formLogin("/connexion").user("email", email).password("password", password))
			.andReturn().getResponse().getRedirectedUrl();
	}

	private long id(String email) {
		return this.jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
	}

	private List<String> roles(String email) {
		return this.jdbc.sql("select r.role from account_role r join account a on a.id = r.account_id where a.email = ?")
			.param(email).query(String.class).list();
	}

	private boolean enabled(String email) {
		return this.jdbc.sql("select enabled from account where email = ?").param(email).query(Boolean.class).single();
	}

	private static RequestPostProcessor admin() {
		return as(IntegrationTest.ADMIN_EMAIL, "ADMIN");
	}

	private static RequestPostProcessor as(String login, String role) {
		return SecurityMockMvcRequestPostProcessors.user(login).roles(role);
	}

}
