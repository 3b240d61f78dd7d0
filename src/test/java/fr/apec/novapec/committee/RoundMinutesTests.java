package fr.apec.novapec.committee;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.review.GridCriterion;
import fr.apec.novapec.review.ReviewAssignments;
import fr.apec.novapec.review.ReviewerWorkspace;
import fr.apec.novapec.review.ScoreInput;
import fr.apec.novapec.review.ScoringGrids;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.Text;
import fr.apec.novapec.support.VeraPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static fr.apec.novapec.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The minutes of a committee round: each decided application with its weighted score, decision, amount or
 * reason, and the reviewers who recused themselves, tagged and archivable (veraPDF: PDF/A-3u and PDF/UA-1);
 * staff download them, reviewers and applicants do not.
 */
@IntegrationTest
class RoundMinutesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApplications test;

	@Autowired
	SelectionService selection;

	@Autowired
	AccountService accounts;

	@Autowired
	ReviewAssignments assignments;

	@Autowired
	ReviewerWorkspace workspace;

	@Autowired
	ScoringGrids grids;

	@Test
	void theMinutesGiveEachDecisionWithItsScoreAmountReasonAndTheRecusedReviewers() throws Exception {
		RoundsToPublish rounds = new RoundsToPublish(this.selection, this.test);
		long round = rounds.newRound();
		TestApplications.Draft selected = rounds.inReview("Projet noté puis retenu", round);
		String scorer = newReviewer("Jeanne Notatrice");
		String recused = newReviewer("Paul Récusé");
		assign(selected, scorer);
		assign(selected, recused);
		declare(selected, scorer, false);
		declare(selected, recused, true);
		submitAllFives(selected, scorer);
		this.test.reach(selected, ApplicationStatus.SELECTED);
		rounds.rejected("Projet refusé au procès-verbal", round);
		String staff = this.test.organisations().newStaff("Secrétaire du comité");

		byte[] pdf = this.mvc.perform(get(minutesUrl(round)).with(user(staff).roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("proces-verbal-session-" + round)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = Text.plainSpaces(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
			assertThat(text).contains("Procès-verbal du comité de sélection")
				.contains("Projet noté puis retenu")
				.contains("5,00 / 5")
				.contains("Retenue")
				.contains("1 000,00 €")
				.contains("Paul Récusé")
				.doesNotContain("Jeanne Notatrice")
				.contains("Projet refusé au procès-verbal")
				.contains("Non retenue")
				.contains("Hors du champ de l'appel.");
		}
		for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_3_U, PDFAFlavour.PDFUA_1)) {
			ValidationResult result = VeraPdf.validate(pdf, flavour);
			assertThat(result.isCompliant()).withFailMessage(() -> flavour + ": " + VeraPdf.failures(result)).isTrue();
		}
	}

	@Test
	void aReviewerAndAnApplicantCannotDownloadTheMinutes() throws Exception {
		RoundsToPublish rounds = new RoundsToPublish(this.selection, this.test);
		long round = rounds.newRound();
		TestApplications.Draft selected = rounds.selected("Projet du procès-verbal secret", round);
		for (RequestPostProcessor who : List.of(user(newReviewer("Curieux")).roles("REVIEWER"),
				user(selected.member()).roles("APPLICANT"))) {
			this.mvc.perform(get(minutesUrl(round)).with(who)).andExpect(status().isForbidden());
		}
	}

	private static String minutesUrl(long round) {
		return "/gestion/sessions/" + round + "/proces-verbal.pdf";
	}

	private String newReviewer(String name) {
		String email = "evaluateur-" + UUID.randomUUID() + "@apec.test";
		this.accounts.createAccount(email, "mot-de-passe-evaluateur", name, EnumSet.of(Role.REVIEWER));
		return email;
	}

	private void assign(TestApplications.Draft draft, String reviewer) {
		Acting.asStaff(IntegrationTest.ADMIN_EMAIL,
				() -> this.assignments.assign(draft.id(), as(reviewer).id(), as(IntegrationTest.ADMIN_EMAIL)));
	}

	private void declare(TestApplications.Draft draft, String reviewer, boolean conflict) {
		Acting.as(reviewer, "REVIEWER", () -> {
			this.workspace.declare(draft.id(), as(reviewer), conflict);
			return null;
		});
	}

	private void submitAllFives(TestApplications.Draft draft, String reviewer) {
		Acting.as(reviewer, "REVIEWER", () -> {
			Map<String, ScoreInput> scores = new LinkedHashMap<>();
			for (GridCriterion criterion : this.grids.criteria(this.selection.novapecCall().id())) {
				scores.put(criterion.code(), new ScoreInput(5, "Très bien"));
			}
			long version = this.workspace.page(draft.id(), as(reviewer)).version();
			this.workspace.saveScores(draft.id(), as(reviewer), scores, true, version);
			return null;
		});
	}

}
