package fr.apec.novapec.application;

import java.util.List;
import java.util.UUID;

import fr.apec.novapec.shared.AuditedAction;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The regional co-review: the teams of a multiregional application's other regions (or an administrator)
 * record one opinion per region, visible to every staff member on its page; the lead region's team, another
 * region's team and a reviewer cannot; a form read before another member's change is told it is stale.
 */
@IntegrationTest
@Import(ApplicationOpinionsTests.Journal.class)
class ApplicationOpinionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApplications test;

	@Autowired
	ApplicationOpinions opinions;

	@Autowired
	Journal journal;

	@Test
	void theTeamOfAnotherRegionGivesAnOpinionThatEveryStaffMemberSeesOnThePage() throws Exception {
		// Led by Occitanie (76), also in Provence-Alpes-Côte d'Azur (93).
		TestApplications.Draft draft = this.test.newMultiregionalInRound("Projet partagé " + UUID.randomUUID(), "93");
		String paca = this.test.newStaffOfRegions("Lou Provence", "93");
		String base = "/gestion/candidatures/" + draft.id();
		assertThat(page(base, paca)).contains("action=\"" + base + "/avis\"").contains("opinion-93-FAVOURABLE");
		this.mvc.perform(post(base + "/avis").param("regionCode", "93").param("opinion", "RESERVED")
			.param("comment", "Le partenariat à Marseille reste à confirmer.").with(user(paca).roles("STAFF")).with(csrf()))
			.andExpect(redirectedUrl(base + "#opinions"));
		// Anyone of staff reads it, whatever their team, without a form of their own.
		String other = this.test.organisations().newStaff("Sans équipe");
		assertThat(page(base, other)).contains("Réservé").contains("Le partenariat à Marseille reste à confirmer.")
			.contains("Lou Provence").doesNotContain("action=\"" + base + "/avis\"");
		assertThat(this.journal.opinions).anySatisfy((action) -> {
			assertThat(action.applicationId()).isEqualTo(draft.id());
			assertThat(action.detail()).isEqualTo("93 RESERVED");
		});
	}

	@Test
	void theLeadRegionsTeamAnotherRegionsTeamAndAReviewerCannotGiveOne() throws Exception {
		TestApplications.Draft draft = this.test.newMultiregionalInRound("Projet gardé " + UUID.randomUUID(), "93");
		String lead = this.test.newStaffOfRegions("Alix Occitanie", "76");
		String brittany = this.test.newStaffOfRegions("Morgan Bretagne", "53");
		String base = "/gestion/candidatures/" + draft.id();
		for (String login : List.of(lead, brittany)) {
			assertThat(page(base, login)).doesNotContain("action=\"" + base + "/avis\"");
			this.mvc.perform(post(base + "/avis").param("regionCode", "93").param("opinion", "FAVOURABLE")
				.param("comment", "Très bien").with(user(login).roles("STAFF")).with(csrf()))
				.andExpect(status().isForbidden());
			// Nor for its own region: the lead one is not co-reviewed, and Bretagne is not one of the project's.
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.asStaff(login,
					() -> this.opinions.give(draft.id(), as(login), login.equals(lead) ? "76" : "53",
							OpinionKind.FAVOURABLE, "Très bien", null)));
		}
		this.mvc.perform(post(base + "/avis").param("regionCode", "93").param("opinion", "FAVOURABLE")
			.param("comment", "Très bien").with(user("relecteur@apec.test").roles("REVIEWER")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(Acting.asStaff(lead, () -> this.opinions.opinions(draft.id()))).isEmpty();
	}

	@Test
	void anAdministratorGivesTheOpinionOfAnyOtherRegion() {
		TestApplications.Draft draft = this.test.newMultiregionalInRound("Projet arbitré " + UUID.randomUUID(), "93");
		String admin = IntegrationTest.ADMIN_EMAIL;
		Acting.as(admin, "ADMIN", () -> {
			this.opinions.give(draft.id(), as(admin), "93", OpinionKind.FAVOURABLE, "Utile au territoire", null);
			return null;
		});
		assertThat(Acting.asStaff(admin, () -> this.opinions.opinions(draft.id()))).singleElement()
			.satisfies((opinion) -> assertThat(opinion.opinion()).isEqualTo(OpinionKind.FAVOURABLE));
	}

	@Test
	void aFormReadBeforeAnotherMembersChangeIsToldItIsStaleAndAMissingCommentStaysBesideItsField() throws Exception {
		TestApplications.Draft draft = this.test.newMultiregionalInRound("Projet débattu " + UUID.randomUUID(), "93");
		String first = this.test.newStaffOfRegions("Lou Provence", "93");
		String second = this.test.newStaffOfRegions("Noa Provence", "93");
		String base = "/gestion/candidatures/" + draft.id();
		Acting.asStaff(first, () -> this.opinions.give(draft.id(), as(first), "93", OpinionKind.FAVOURABLE, "Bon projet", null));
		long version = Acting.asStaff(first, () -> this.opinions.opinions(draft.id())).get(0).version();
		Acting.asStaff(first, () -> this.opinions.give(draft.id(), as(first), "93", OpinionKind.UNFAVOURABLE,
				"À revoir après échange", version));
		// The second member's form still shows the first version.
		this.mvc.perform(post(base + "/avis").param("regionCode", "93").param("version", String.valueOf(version))
			.param("opinion", "FAVOURABLE").param("comment", "Je maintiens").with(user(second).roles("STAFF")).with(csrf()))
			.andExpect(redirectedUrl(base + "#opinions"))
			.andExpect(flash().attribute("alert", org.hamcrest.Matchers.containsString("Un autre membre de l'équipe")));
		// A first opinion sent when one exists already is stale as well.
		assertThatExceptionOfType(OpinionNotRecordedException.class).isThrownBy(() -> Acting.asStaff(second,
				() -> this.opinions.give(draft.id(), as(second), "93", OpinionKind.FAVOURABLE, "Moi aussi", null)));
		assertThat(Acting.asStaff(first, () -> this.opinions.opinions(draft.id()))).singleElement()
			.satisfies((opinion) -> assertThat(opinion.comment()).isEqualTo("À revoir après échange"));
		String html = HtmlUtils.htmlUnescape(this.mvc.perform(post(base + "/avis").param("regionCode", "93")
			.param("opinion", "RESERVED").param("comment", " ").with(user(second).roles("STAFF")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(html).contains("Écrivez un commentaire qui explique l'avis").contains("href=\"#comment-93\"")
			.contains("id=\"opinion-93-RESERVED\" value=\"RESERVED\" checked");
	}

	@Test
	void aDecidedApplicationTakesNoMoreOpinions() {
		TestApplications.Draft draft = this.test.newMultiregionalInRound("Projet clos " + UUID.randomUUID(), "93");
		String admin = IntegrationTest.ADMIN_EMAIL;
		Acting.asStaff(admin, () -> this.test.transitions().declareIneligible(draft.id(), as(admin), "Hors champ"));
		String paca = this.test.newStaffOfRegions("Lou Provence", "93");
		assertThat(Acting.asStaff(paca, () -> this.opinions.regionsFor(draft.id(), as(paca)))).isEmpty();
		assertThatExceptionOfType(OpinionNotRecordedException.class).isThrownBy(() -> Acting.asStaff(paca,
				() -> this.opinions.give(draft.id(), as(paca), "93", OpinionKind.FAVOURABLE, "Trop tard", null)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(OpinionNotRecordedException.Reason.CLOSED));
	}

	private String page(String path, String login) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(get(path).with(user(login).roles("STAFF")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	/** Keeps the OPINION actions published, as the audit journal will. */
	@TestConfiguration
	static class Journal {

		final List<AuditedAction> opinions = new java.util.concurrent.CopyOnWriteArrayList<>();

		@EventListener
		void on(AuditedAction action) {
			if (action.action() == AuditedAction.Action.OPINION) {
				this.opinions.add(action);
			}
		}

	}

}
