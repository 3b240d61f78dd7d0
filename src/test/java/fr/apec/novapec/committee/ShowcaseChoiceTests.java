package fr.apec.novapec.committee;

import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.laureate.LaureateRecords;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A laureate's organisation chooses, field by field, what the public showcase shows of its project, and the
 * showcase follows at once; no one else changes the choice.
 */
@IntegrationTest
class ShowcaseChoiceTests {

	@org.junit.jupiter.api.AfterEach
	void forgetPublishedLaureates(@Autowired JdbcClient laureatesJdbc) {
		fr.apec.novapec.support.Rounds.forgetPublishedLaureates(laureatesJdbc);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApplications test;

	@Autowired
	SelectionService selection;

	@Autowired
	RoundPublication publication;

	@Autowired
	LaureateRecords laureates;

	RoundsToPublish rounds;

	@BeforeEach
	void setUp() {
		this.rounds = new RoundsToPublish(this.selection, this.test);
	}

	@Test
	void anOrganisationChangesWhichFieldsArePublicAndTheShowcaseFollows() throws Exception {
		TestApplications.Draft laureate = publishedLaureate("Vitrine au choix de l'organisation");
		String slug = this.laureates.choice(laureate.id()).orElseThrow().slug();
		this.mvc.perform(get("/espace/candidatures/" + laureate.id()).with(member(laureate)))
			.andExpect(content().string(containsString("/espace/candidatures/" + laureate.id() + "/vitrine")));
		this.mvc.perform(get(choiceUrl(laureate)).with(member(laureate)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<legend>")))
			.andExpect(content().string(containsString("value=\"cities\" checked")))
			.andExpect(content().string(containsString("value=\"description\">")));

		this.mvc.perform(post(choiceUrl(laureate)).param("fields", "description", "partners")
			.with(member(laureate))
			.with(csrf())).andExpect(redirectedUrl(choiceUrl(laureate)));

		assertThat(this.laureates.choice(laureate.id()).orElseThrow().published())
			.containsExactlyInAnyOrder("description", "partners");
		this.mvc.perform(get("/laureats/" + slug))
			.andExpect(content().string(containsString("La description du projet.")))
			.andExpect(content().string(not(containsString("Montpellier"))))
			.andExpect(content().string(not(containsString("data-figure=\"planned\""))));
		this.mvc.perform(get("/laureats").param("q", "montpellier vitrine"))
			.andExpect(content().string(not(containsString("/laureats/" + slug))));

		this.mvc.perform(post(choiceUrl(laureate)).with(member(laureate)).with(csrf()))
			.andExpect(redirectedUrl(choiceUrl(laureate)));
		this.mvc.perform(get("/laureats/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("La description du projet."))));
	}

	@Test
	void anotherOrganisationCannotChangeWhichFieldsArePublic() throws Exception {
		TestApplications.Draft laureate = publishedLaureate("Vitrine d'une autre organisation");
		String outsider = this.test.organisations().newApplicant("Membre d'ailleurs");
		this.test.organisations().newOrganisation(outsider, "Organisation d'ailleurs");

		this.mvc.perform(get(choiceUrl(laureate)).with(user(outsider).roles("APPLICANT")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(choiceUrl(laureate)).param("fields", "description")
			.with(user(outsider).roles("APPLICANT"))
			.with(csrf())).andExpect(status().isNotFound());

		assertThat(this.laureates.choice(laureate.id()).orElseThrow().published())
			.containsExactlyInAnyOrder("cities", "planned_beneficiaries");
	}

	@Test
	void aFieldThePortalDoesNotKnowIsRefusedAndNothingChanges() throws Exception {
		TestApplications.Draft laureate = publishedLaureate("Vitrine et champ inconnu");

		this.mvc.perform(post(choiceUrl(laureate)).param("fields", "description", "siret")
			.with(member(laureate))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rien n&#39;a été changé")));

		assertThat(this.laureates.choice(laureate.id()).orElseThrow().published())
			.containsExactlyInAnyOrder("cities", "planned_beneficiaries");
	}

	@Test
	void aSelectedApplicationWithoutLaureateYetHasNoChoicePage() throws Exception {
		long round = this.rounds.newRound();
		TestApplications.Draft selected = this.rounds.selected("Retenu, pas encore publié", round);

		this.mvc.perform(get(choiceUrl(selected)).with(member(selected))).andExpect(status().isNotFound());
		this.mvc.perform(get("/espace/candidatures/" + selected.id()).with(member(selected)))
			.andExpect(content().string(not(containsString("/vitrine"))));
	}

	/** A selected application of a round of its own, that staff published. */
	private TestApplications.Draft publishedLaureate(String title) {
		long round = this.rounds.newRound();
		TestApplications.Draft selected = this.rounds.selected(title, round);
		String staff = this.test.organisations().newStaff("Publication " + title);
		Acting.asStaff(staff, () -> this.publication.publish(round, as(staff)));
		return selected;
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor member(TestApplications.Draft draft) {
		return user(draft.member()).roles("APPLICANT");
	}

	private static String choiceUrl(TestApplications.Draft draft) {
		return "/espace/candidatures/" + draft.id() + "/vitrine";
	}

}
