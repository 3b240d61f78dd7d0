package fr.apec.novapec.review;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.application.TestApplications;
import fr.apec.novapec.shared.AuditedAction;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static fr.apec.novapec.support.Races.await;
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
 * The review of applications: staff assign reviewers to an application in review; a reviewer sees its own
 * assignments only, declares its interests before reading, scores, submits once and then sees the others'
 * scores; a declared conflict of interest closes every application of the organisation's SIRET to it, those
 * submitted later too; staff read the weighted mean, the spread and the missing sheets; the grid freezes at
 * the call's first score; races stay consistent; every action goes to the audit journal.
 */
@IntegrationTest
@RecordApplicationEvents
class ReviewTests {

	static final String PASSWORD = "mot-de-passe-evaluateur";

	static final String ADMIN = IntegrationTest.ADMIN_EMAIL;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApplications test;

	@Autowired
	AccountService accounts;

	@Autowired
	ReviewAssignments assignments;

	@Autowired
	ReviewerWorkspace workspace;

	@Autowired
	ScoringGrids grids;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void aReviewerSeesOnlyItsOwnAssignments() throws Exception {
		TestApplications.Draft mine = this.test.newInReview("Projet confié " + UUID.randomUUID());
		TestApplications.Draft theirs = this.test.newInReview("Projet d'un autre " + UUID.randomUUID());
		String reviewer = newReviewer("Alice Évaluatrice");
		String other = newReviewer("Bruno Évaluateur");
		assign(mine, reviewer);
		assign(theirs, other);

		String page = this.mvc.perform(get("/gestion/evaluations").with(reviewer(reviewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(title(mine)).doesNotContain(title(theirs));
		assertThat(Acting.as(reviewer, "REVIEWER", () -> this.workspace.assignments(as(reviewer))))
			.extracting((row) -> row.application().id())
			.containsExactly(mine.id());
	}

	@Test
	void aReviewerCannotReadScoreOrSeeTheScoresOfAnApplicationNotAssignedToIt() throws Exception {
		TestApplications.Draft draft = this.test.newInReview("Projet non confié " + UUID.randomUUID());
		String reviewer = newReviewer("Chloé Curieuse");
		String base = "/gestion/evaluations/" + draft.id();
		this.mvc.perform(get(base).with(reviewer(reviewer))).andExpect(status().isNotFound());
		this.mvc.perform(get(base + "/notes").with(reviewer(reviewer))).andExpect(status().isNotFound());
		this.mvc.perform(post(base + "/declaration").param("conflict", "false").with(reviewer(reviewer)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(base + "/notes").param("action", "save").with(reviewer(reviewer)).with(csrf()))
			.andExpect(status().isNotFound());
		// Nor through the application module's reviewer read, which asks the review module.
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.as(reviewer, "REVIEWER",
				() -> readAsReviewer(draft.id(), reviewer)));
		// Staff's evaluation page is not for reviewers.
		this.mvc.perform(get("/gestion/candidatures/" + draft.id() + "/evaluation").with(reviewer(reviewer)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aReviewerReadsTheApplicationOnlyAfterDeclaringNoConflict() throws Exception {
		TestApplications.Draft draft = this.test.newInReview("Projet à déclarer " + UUID.randomUUID());
		String reviewer = newReviewer("Damien Prudent");
		assign(draft, reviewer);
		String base = "/gestion/evaluations/" + draft.id();

		String before = page(base, reviewer);
		assertThat(before).contains("conflit d&#39;intérêts").doesNotContain("Un résumé du projet.");
		this.mvc.perform(post(base + "/declaration").with(reviewer(reviewer)).with(csrf()))
			.andExpect(status().isOk());
		this.mvc.perform(post(base + "/declaration").param("conflict", "false").with(reviewer(reviewer)).with(csrf()))
			.andExpect(redirectedUrl(base));
		assertThat(page(base, reviewer)).contains("Un résumé du projet.", "La description du projet.");
		assertThat(this.events.stream(AuditedAction.class))
			.anyMatch((event) -> event.applicationId() == draft.id()
					&& event.action() == AuditedAction.Action.CONFLICT_DECLARATION);
	}

	@Test
	void aReviewerWithAConflictGets403OnEveryApplicationOfThatSiretIncludingOneSubmittedAfterTheDeclaration()
			throws Exception {
		TestApplications.Draft first = this.test.newInReview("Projet en conflit " + UUID.randomUUID());
		String reviewer = newReviewer("Émile Lié");
		String colleague = newReviewer("Fanny Libre");
		assign(first, reviewer);
		assign(first, colleague);
		declare(first, colleague, false);
		submit(first, colleague, 4, 4, 4, 4, 4);

		this.mvc.perform(post("/gestion/evaluations/" + first.id() + "/declaration").param("conflict", "true")
			.with(reviewer(reviewer))
			.with(csrf())).andExpect(redirectedUrl("/gestion/evaluations"));
		// A later application of the same organisation, assigned to the same reviewer after the declaration.
		TestApplications.Draft later = this.test.newInReviewOfSameOrganisation(first, "Projet suivant " + UUID.randomUUID());
		assign(later, reviewer);

		for (TestApplications.Draft draft : List.of(first, later)) {
			String base = "/gestion/evaluations/" + draft.id();
			this.mvc.perform(get(base).with(reviewer(reviewer))).andExpect(status().isForbidden());
			this.mvc.perform(get(base + "/notes").with(reviewer(reviewer))).andExpect(status().isForbidden());
			this.mvc.perform(post(base + "/declaration").param("conflict", "false").with(reviewer(reviewer)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post(base + "/notes").param("action", "submit").param("version", "0")
				.param("rows[0].code", "innovation-sociale")
				.param("rows[0].score", "5")
				.with(reviewer(reviewer))
				.with(csrf())).andExpect(status().isForbidden());
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> Acting.as(reviewer, "REVIEWER", () -> this.workspace.sheets(draft.id(), as(reviewer))));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> Acting.as(reviewer, "REVIEWER", () -> readAsReviewer(draft.id(), reviewer)));
		}
		// Its list says so, without a link to read it; nothing of it was scored.
		String list = page("/gestion/evaluations", reviewer);
		assertThat(list).contains("Conflit d&#39;intérêts déclaré")
			.doesNotContain("href=\"/gestion/evaluations/" + first.id() + "\"");
		assertThat(this.jdbc.sql("""
				select count(*) from review_score s join review_assignment a on a.id = s.assignment_id
				where a.reviewer_id = :reviewer""").param("reviewer", as(reviewer).id()).query(Long.class).single())
			.isZero();
		// Staff see the conflict.
		ReviewAssignments.Evaluation evaluation = Acting.asStaff(ADMIN, () -> this.assignments.evaluation(later.id()));
		assertThat(evaluation.sheets()).singleElement().satisfies((sheet) -> assertThat(sheet.conflicted()).isTrue());
	}

	@Test
	void theWeightedMeanSpreadAndMissingSheetsMatchAHandComputation() throws Exception {
		TestApplications.Draft draft = this.test.newInReview("Projet noté " + UUID.randomUUID());
		String alice = newReviewer("Alice Notes");
		String bruno = newReviewer("Bruno Notes");
		String chloe = newReviewer("Chloé Retard");
		for (String reviewer : List.of(alice, bruno, chloe)) {
			assign(draft, reviewer);
			declare(draft, reviewer, false);
		}
		// (4×25 + 3×25 + 5×20 + 2×15 + 1×15) / 100 = 3.20 and (5×25 + 5×25 + 4×20 + 3×15 + 3×15) / 100 = 4.20
		assertThat(keptMean(draft)).isNull();
		submit(draft, alice, 4, 3, 5, 2, 1);
		// The application keeps the mean for the inbox, from the first submitted sheet on.
		assertThat(keptMean(draft)).isEqualTo(new BigDecimal("3.20"));
		submitThroughThePage(draft, bruno, 5, 5, 4, 3, 3);
		assertThat(keptMean(draft)).isEqualTo(new BigDecimal("3.70"));
		// A draft counts for nothing.
		save(draft, chloe, 0, 0, 0, 0, null);
		assertThat(keptMean(draft)).isEqualTo(new BigDecimal("3.70"));

		ReviewAssignments.Evaluation evaluation = Acting.asStaff(ADMIN, () -> this.assignments.evaluation(draft.id()));
		assertThat(evaluation.mean()).isEqualTo(new BigDecimal("3.70"));
		assertThat(evaluation.spread()).isEqualTo(new BigDecimal("1.00"));
		assertThat(evaluation.missing()).containsExactly("Chloé Retard");

		Document page = Jsoup.parse(this.mvc.perform(get("/gestion/candidatures/" + draft.id() + "/evaluation")
			.with(user(ADMIN).roles("ADMIN"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.selectFirst("[data-figure=mean]").text()).isEqualTo("3,70 sur 5");
		assertThat(page.selectFirst("[data-figure=spread]").text()).isEqualTo("1,00");
		assertThat(page.text()).contains("3,20", "4,20", "Chloé Retard");
		assertThat(this.events.stream(AuditedAction.class).filter((e) -> e.applicationId() == draft.id()))
			.extracting(AuditedAction::action)
			.contains(AuditedAction.Action.ASSIGNMENT, AuditedAction.Action.SCORE);
	}

	@Test
	void aReviewerSeesOnlyItsOwnScoresUntilItSubmitsThem() throws Exception {
		TestApplications.Draft draft = this.test.newInReview("Projet discret " + UUID.randomUUID());
		String early = newReviewer("Gaspard Rapide");
		String late = newReviewer("Hélène Lente");
		for (String reviewer : List.of(early, late)) {
			assign(draft, reviewer);
			declare(draft, reviewer, false);
		}
		submit(draft, early, 1, 1, 1, 1, 1);
		save(draft, late, 5, 5, 5, 5, null);

		String notes = "/gestion/evaluations/" + draft.id() + "/notes";
		assertThat(page(notes, late)).contains("Hélène Lente").doesNotContain("Gaspard Rapide");
		submit(draft, late, 5, 5, 5, 5, 5);
		assertThat(page(notes, late)).contains("Hélène Lente", "Gaspard Rapide");
		// Submitted: read-only.
		assertThatExceptionOfType(ScoresAlreadySubmittedException.class)
			.isThrownBy(() -> submit(draft, late, 0, 0, 0, 0, 0));
	}

	@Test
	void submittingWithoutEveryScoreIsRefusedBesideTheFieldsAndNothingIsSubmitted() throws Exception {
		TestApplications.Draft draft = this.test.newInReview("Projet incomplet " + UUID.randomUUID());
		String reviewer = newReviewer("Inès Pressée");
		assign(draft, reviewer);
		declare(draft, reviewer, false);
		String page = this.mvc.perform(scores(draft, reviewer, "submit", 4, 4, 4, 4, null))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).getElementById("rows4-score-error").text()).isEqualTo("Notez ce critère avant de soumettre.");
		assertThat(this.jdbc.sql("select submitted_at is null from review_assignment where application_id = :id")
			.param("id", draft.id()).query(Boolean.class).single()).isTrue();
	}

	@Test
	void applicantAndReviewerGet403OnTheAssignmentPosts() throws Exception {
		TestApplications.Draft draft = this.test.newInReview("Projet gardé " + UUID.randomUUID());
		String reviewer = newReviewer("Jules Intrus");
		long reviewerId = as(reviewer).id();
		String base = "/gestion/candidatures/" + draft.id() + "/evaluation/affectations";
		for (RequestPostProcessor who : List.of(user(draft.member()).roles("APPLICANT"), reviewer(reviewer))) {
			this.mvc.perform(post(base).param("first", String.valueOf(reviewerId)).with(who).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assign(draft, newReviewer("Karim Affecté"));
		long assignment = this.jdbc.sql("select id from review_assignment where application_id = :id")
			.param("id", draft.id()).query(Long.class).single();
		for (RequestPostProcessor who : List.of(user(draft.member()).roles("APPLICANT"), reviewer(reviewer))) {
			this.mvc.perform(post(base + "/" + assignment + "/retrait").with(who).with(csrf()))
				.andExpect(status().isForbidden());
		}
		// The services refuse them too, whatever the URL rules.
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> Acting.as(reviewer, "REVIEWER",
				() -> {
					this.assignments.assign(draft.id(), reviewerId, as(reviewer));
					return null;
				}));
		assertThat(this.jdbc.sql("select count(*) from review_assignment where application_id = :id")
			.param("id", draft.id()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void staffAssignTwoReviewersToAnApplicationInReviewOnlyAndUnassignOne() throws Exception {
		TestApplications.Draft draft = this.test.newInReview("Projet à confier " + UUID.randomUUID());
		String first = newReviewer("Léa Première");
		String second = newReviewer("Marc Second");
		String staff = this.test.organisations().newStaff("Nina Instructrice");
		String base = "/gestion/candidatures/" + draft.id() + "/evaluation";
		this.mvc.perform(post(base + "/affectations").param("first", String.valueOf(as(first).id()))
			.param("second", String.valueOf(as(second).id()))
			.with(user(staff).roles("STAFF"))
			.with(csrf())).andExpect(redirectedUrl(base)).andExpect(flash().attributeExists("notice"));
		// The same reviewer again: a message, still one assignment.
		this.mvc.perform(post(base + "/affectations").param("first", String.valueOf(as(first).id()))
			.with(user(staff).roles("STAFF"))
			.with(csrf())).andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("alert", "Cet évaluateur est déjà affecté à cette candidature : il ne l'a pas été une seconde fois."));
		// Nobody chosen: the form again, with its error.
		this.mvc.perform(post(base + "/affectations").with(user(staff).roles("STAFF")).with(csrf()))
			.andExpect(status().isOk());
		ReviewAssignments.Evaluation evaluation = Acting.asStaff(ADMIN, () -> this.assignments.evaluation(draft.id()));
		assertThat(evaluation.sheets()).extracting(ScoreSheet::reviewerName).containsExactly("Léa Première", "Marc Second");
		assertThat(evaluation.missing()).containsExactly("Léa Première", "Marc Second");

		this.mvc.perform(post(base + "/affectations/" + evaluation.sheets().get(1).assignmentId() + "/retrait")
			.with(user(staff).roles("STAFF"))
			.with(csrf())).andExpect(redirectedUrl(base));
		assertThat(Acting.asStaff(ADMIN, () -> this.assignments.evaluation(draft.id())).sheets())
			.extracting(ScoreSheet::reviewerName).containsExactly("Léa Première");
		// The application's earlier events (its submission, its round, its review) are the application module's.
		assertThat(this.events.stream(AuditedAction.class)
			.filter((e) -> e.applicationId() == draft.id())
			.filter((e) -> e.action() == AuditedAction.Action.ASSIGNMENT || e.action() == AuditedAction.Action.UNASSIGNMENT))
			.extracting(AuditedAction::action)
			.containsExactly(AuditedAction.Action.ASSIGNMENT, AuditedAction.Action.ASSIGNMENT,
					AuditedAction.Action.UNASSIGNMENT);

		// A submitted application (not in review) takes no reviewer.
		TestApplications.Draft submitted = this.test.newSubmittedInRound("Projet pas encore instruit " + UUID.randomUUID());
		assertThatExceptionOfType(NotInReviewException.class).isThrownBy(() -> assign(submitted, first));
		assertThat(this.test.row(submitted.id())).containsEntry("status", ApplicationStatus.SUBMITTED.name());
	}

	@Test
	void assigningTheSameReviewerTwiceAtOnceMakesOneAssignment() throws Exception {
		TestApplications.Draft draft = this.test.newInReview("Projet disputé " + UUID.randomUUID());
		String reviewer = newReviewer("Olivier Double");
		long reviewerId = as(reviewer).id();
		CountDownLatch firstAssigned = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = executor.submit(() -> Acting.asStaff(ADMIN,
					() -> this.transactions.executeWithoutResult((status) -> {
						this.assignments.assign(draft.id(), reviewerId, as(ADMIN));
						firstAssigned.countDown();
						await(secondStarted);
						pause();
					})));
			Future<?> second = executor.submit(() -> {
				await(firstAssigned);
				secondStarted.countDown();
				Acting.asStaff(ADMIN, () -> this.assignments.assign(draft.id(), reviewerId, as(ADMIN)));
			});
			first.get(30, TimeUnit.SECONDS);
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> second.get(30, TimeUnit.SECONDS))
				.withCauseInstanceOf(ReviewerAlreadyAssignedException.class);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.jdbc.sql("select count(*) from review_assignment where application_id = :id")
			.param("id", draft.id()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void twoConcurrentSubmissionsOfOneSheetSubmitItOnceWithTheFirstScores() throws Exception {
		TestApplications.Draft draft = this.test.newInReview("Projet double clic " + UUID.randomUUID());
		String reviewer = newReviewer("Pauline Double");
		assign(draft, reviewer);
		declare(draft, reviewer, false);
		long version = Acting.as(reviewer, "REVIEWER", () -> this.workspace.page(draft.id(), as(reviewer))).version();
		CountDownLatch firstSubmitted = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = executor.submit(() -> Acting.as(reviewer, "REVIEWER",
					() -> this.transactions.execute((status) -> {
						this.workspace.saveScores(draft.id(), as(reviewer), scores(2, 2, 2, 2, 2), true, version);
						firstSubmitted.countDown();
						await(secondStarted);
						pause();
						return null;
					})));
			Future<?> second = executor.submit(() -> {
				await(firstSubmitted);
				secondStarted.countDown();
				return Acting.as(reviewer, "REVIEWER", () -> {
					this.workspace.saveScores(draft.id(), as(reviewer), scores(5, 5, 5, 5, 5), true, version);
					return null;
				});
			});
			first.get(30, TimeUnit.SECONDS);
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> second.get(30, TimeUnit.SECONDS))
				.withCauseInstanceOf(ReviewRefusedException.class);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.jdbc.sql("""
				select s.score from review_score s join review_assignment a on a.id = s.assignment_id
				where a.application_id = :id""").param("id", draft.id()).query(Integer.class).list())
			.hasSize(5)
			.containsOnly(2);
	}

	@Test
	void twoReviewersSubmittingAtOnceLeaveTheApplicationWithTheMeanOfBothSheets() throws Exception {
		// A sheet of the call submitted before: its grid is frozen, so the submissions below do not take turns on it.
		TestApplications.Draft earlier = this.test.newInReview("Projet noté avant " + UUID.randomUUID());
		String earlyReviewer = newReviewer("Théo Premier");
		assign(earlier, earlyReviewer);
		declare(earlier, earlyReviewer, false);
		submit(earlier, earlyReviewer, 1, 1, 1, 1, 1);
		TestApplications.Draft draft = this.test.newInReview("Projet noté à deux " + UUID.randomUUID());
		String first = newReviewer("Romane Simultanée");
		String second = newReviewer("Samuel Simultané");
		for (String reviewer : List.of(first, second)) {
			assign(draft, reviewer);
			declare(draft, reviewer, false);
		}
		long firstVersion = Acting.as(first, "REVIEWER", () -> this.workspace.page(draft.id(), as(first))).version();
		long secondVersion = Acting.as(second, "REVIEWER", () -> this.workspace.page(draft.id(), as(second))).version();
		CountDownLatch firstSubmitted = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			// The first submission's transaction stays open while the second one runs: the second must wait for
			// it, then count its sheet, or it would leave its own sheet's score as the mean.
			Future<?> one = executor.submit(() -> Acting.as(first, "REVIEWER",
					() -> this.transactions.execute((status) -> {
						this.workspace.saveScores(draft.id(), as(first), scores(4, 3, 5, 2, 1), true, firstVersion);
						firstSubmitted.countDown();
						await(secondStarted);
						pause();
						return null;
					})));
			Future<?> two = executor.submit(() -> {
				await(firstSubmitted);
				secondStarted.countDown();
				return Acting.as(second, "REVIEWER", () -> {
					this.workspace.saveScores(draft.id(), as(second), scores(5, 5, 4, 3, 3), true, secondVersion);
					return null;
				});
			});
			one.get(30, TimeUnit.SECONDS);
			two.get(30, TimeUnit.SECONDS);
		}
		finally {
			executor.shutdownNow();
		}
		// (3.20 + 4.20) / 2
		assertThat(keptMean(draft)).isEqualTo(new BigDecimal("3.70"));
		assertThat(Acting.asStaff(ADMIN, () -> this.assignments.evaluation(draft.id())).mean()).isEqualTo(keptMean(draft));
	}

	@Test
	void onlyAnAdministratorReadsAGridForEditingAndOnlyThoseWhoReviewOrFollowAReviewReadItsCriteria() {
		TestApplications.Draft draft = this.test.newSubmitted("Projet curieux " + UUID.randomUUID());
		String reviewer = newReviewer("Ulysse Direct");
		long call = Acting.asAdmin(ADMIN, () -> this.grids.defaultCall()).id();
		// The grid page's service answers administrators only, not only its URL: called directly, it refuses.
		for (String[] who : List.of(new String[] { reviewer, "REVIEWER" }, new String[] { draft.member(), "APPLICANT" },
				new String[] { "sacha-" + UUID.randomUUID() + "@apec.test", "STAFF" })) {
			assertThatExceptionOfType(AccessDeniedException.class).as(who[1])
				.isThrownBy(() -> Acting.as(who[0], who[1], () -> this.grids.grid(call)));
			assertThatExceptionOfType(AccessDeniedException.class).as(who[1])
				.isThrownBy(() -> Acting.as(who[0], who[1], () -> this.grids.defaultCall()));
		}
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> Acting.as(draft.member(), "APPLICANT", () -> this.grids.criteria(call)));
		assertThat(grid(call).criteria()).hasSize(5);
		for (String role : List.of("REVIEWER", "STAFF", "ADMIN")) {
			assertThat(Acting.as(reviewer, role, () -> this.grids.criteria(call))).as(role).hasSize(5);
		}
	}

	@Test
	void theGridCannotBeEditedAfterTheCallsFirstScore() throws Exception {
		// A score of the Novapec call.
		TestApplications.Draft draft = this.test.newInReview("Projet qui fige la grille " + UUID.randomUUID());
		String reviewer = newReviewer("Quentin Premier");
		assign(draft, reviewer);
		declare(draft, reviewer, false);
		save(draft, reviewer, 3, null, null, null, null);

		long call = Acting.asAdmin(ADMIN, () -> this.grids.defaultCall()).id();
		ScoringGrids.Grid before = grid(call);
		assertThat(before.frozen()).isTrue();
		this.mvc.perform(post("/gestion/appel/grille").param("version", String.valueOf(before.version()))
			.param("rows[0].code", "innovation-sociale")
			.param("rows[0].label", "Innovation")
			.param("rows[0].weight", "90")
			.with(user(ADMIN).roles("ADMIN"))
			.with(csrf()))
			.andExpect(redirectedUrl("/gestion/appel/grille"))
			.andExpect(flash().attribute("alert",
					"Une note a déjà été enregistrée pour cet appel : la grille ne peut plus être modifiée. Rien n'a été changé."));
		assertThat(criteria(call)).isEqualTo(before.criteria());
		assertThat(page("/gestion/appel/grille", ADMIN, "ADMIN")).contains("la grille ne peut plus changer")
			.doesNotContain("name=\"rows[0].label\"");
	}

	@Test
	void anAdministratorEditsTheGridOfACallBeforeItsFirstScoreAndAStaleFormIsToldSo() throws Exception {
		long call = newCall();
		String url = "/gestion/appel/grille?appel=" + call;
		assertThat(grid(call).criteria()).isEmpty();
		this.mvc.perform(post(url).param("version", "0")
			.param("rows[0].code", "")
			.param("rows[0].label", "Innovation sociale")
			.param("rows[0].weight", "25,5")
			.with(user(ADMIN).roles("ADMIN"))
			.with(csrf())).andExpect(redirectedUrl(url)).andExpect(flash().attributeExists("notice"));
		ScoringGrids.Grid grid = grid(call);
		assertThat(grid.criteria()).containsExactly(
				new GridCriterion("innovation-sociale", "Innovation sociale", new BigDecimal("25.50")));

		// Renamed, reweighted, and a criterion added.
		this.mvc.perform(post(url).param("version", String.valueOf(grid.version()))
			.param("rows[0].code", "innovation-sociale")
			.param("rows[0].label", "Innovation")
			.param("rows[0].weight", "30")
			.param("rows[1].code", "")
			.param("rows[1].label", "Ancrage territorial")
			.param("rows[1].weight", "20")
			.with(user(ADMIN).roles("ADMIN"))
			.with(csrf())).andExpect(redirectedUrl(url));
		assertThat(criteria(call)).extracting(GridCriterion::code, GridCriterion::label)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("innovation-sociale", "Innovation"),
					org.assertj.core.groups.Tuple.tuple("ancrage-territorial", "Ancrage territorial"));

		// The first page again, now stale: a message, nothing changed.
		this.mvc.perform(post(url).param("version", String.valueOf(grid.version()))
			.param("rows[0].code", "innovation-sociale")
			.param("rows[0].label", "Autre")
			.param("rows[0].weight", "10")
			.with(user(ADMIN).roles("ADMIN"))
			.with(csrf())).andExpect(redirectedUrl(url)).andExpect(flash().attributeExists("alert"));
		assertThat(criteria(call)).hasSize(2);

		// A weight of zero and a name missing: the form again, with the errors beside the fields.
		String page = this.mvc.perform(post(url).param("version", String.valueOf(grid(call).version()))
			.param("rows[0].code", "innovation-sociale")
			.param("rows[0].label", "")
			.param("rows[0].weight", "0")
			.with(user(ADMIN).roles("ADMIN"))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document form = Jsoup.parse(page);
		assertThat(form.getElementById("rows0-label-error")).isNotNull();
		assertThat(form.getElementById("rows0-weight-error")).isNotNull();

		// Staff and reviewers do not edit grids.
		for (RequestPostProcessor who : List.of(user(ADMIN).roles("STAFF"), reviewer(newReviewer("Romain Curieux")))) {
			this.mvc.perform(get(url).with(who)).andExpect(status().isForbidden());
			this.mvc.perform(post(url).param("version", "0").with(who).with(csrf())).andExpect(status().isForbidden());
		}
	}

	private long newCall() {
		return this.jdbc.sql("""
				insert into call_for_projects (slug, title, rules, opens_on)
				values (:slug, 'Appel de test', 'Règles', date '2026-01-01') returning id""")
			.param("slug", "test-" + UUID.randomUUID().toString().substring(0, 8))
			.query(Long.class)
			.single();
	}

	private Object readAsReviewer(long applicationId, String reviewer) {
		return this.readers.applicationForReviewer(applicationId, as(reviewer));
	}

	@Autowired
	fr.apec.novapec.application.Applications readers;

	private String newReviewer(String name) {
		String email = "evaluateur-" + UUID.randomUUID() + "@apec.test";
		this.accounts.createAccount(email, PASSWORD, name, EnumSet.of(Role.REVIEWER));
		return email;
	}

	private static RequestPostProcessor reviewer(String email) {
		return user(email).roles("REVIEWER");
	}

	private void assign(TestApplications.Draft draft, String reviewer) {
		Acting.asStaff(ADMIN, () -> this.assignments.assign(draft.id(), as(reviewer).id(), as(ADMIN)));
	}

	private void declare(TestApplications.Draft draft, String reviewer, boolean conflict) {
		Acting.as(reviewer, "REVIEWER", () -> {
			this.workspace.declare(draft.id(), as(reviewer), conflict);
			return null;
		});
	}

	private void submit(TestApplications.Draft draft, String reviewer, Integer... scores) {
		sheet(draft, reviewer, true, scores);
	}

	private void save(TestApplications.Draft draft, String reviewer, Integer... scores) {
		sheet(draft, reviewer, false, scores);
	}

	private void sheet(TestApplications.Draft draft, String reviewer, boolean submit, Integer... scores) {
		Acting.as(reviewer, "REVIEWER", () -> {
			long version = this.workspace.page(draft.id(), as(reviewer)).version();
			this.workspace.saveScores(draft.id(), as(reviewer), scores(scores), submit, version);
			return null;
		});
	}

	private void submitThroughThePage(TestApplications.Draft draft, String reviewer, Integer... scores) throws Exception {
		this.mvc.perform(scores(draft, reviewer, "submit", scores))
			.andExpect(redirectedUrl("/gestion/evaluations/" + draft.id()));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder scores(
			TestApplications.Draft draft, String reviewer, String action, Integer... scores) {
		long version = Acting.as(reviewer, "REVIEWER", () -> this.workspace.page(draft.id(), as(reviewer))).version();
		var request = post("/gestion/evaluations/" + draft.id() + "/notes").param("action", action)
			.param("version", String.valueOf(version))
			.with(reviewer(reviewer))
			.with(csrf());
		for (int i = 0; i < scores.length; i++) {
			request.param("rows[" + i + "].code", WeightedScoresTests.NOVAPEC.get(i).code())
				.param("rows[" + i + "].score", (scores[i] != null) ? String.valueOf(scores[i]) : "")
				.param("rows[" + i + "].comment", "Commentaire " + i);
		}
		return request;
	}

	private static Map<String, ScoreInput> scores(Integer... scores) {
		Map<String, ScoreInput> sheet = new LinkedHashMap<>();
		for (int i = 0; i < scores.length; i++) {
			sheet.put(WeightedScoresTests.NOVAPEC.get(i).code(), new ScoreInput(scores[i], "Avis " + i));
		}
		return sheet;
	}

	private String page(String path, String login) throws Exception {
		return page(path, login, "REVIEWER");
	}

	private String page(String path, String login, String role) throws Exception {
		return this.mvc.perform(get(path).with(user(login).roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The call's grid as its administrators' page reads it. */
	private ScoringGrids.Grid grid(long call) {
		return Acting.asAdmin(ADMIN, () -> this.grids.grid(call));
	}

	private List<GridCriterion> criteria(long call) {
		return Acting.asAdmin(ADMIN, () -> this.grids.criteria(call));
	}

	/** The weighted mean the application keeps for the staff inbox. */
	private BigDecimal keptMean(TestApplications.Draft draft) {
		return this.jdbc.sql("select weighted_score from grant_application where id = ?")
			.param(draft.id())
			.query(BigDecimal.class)
			.list()
			.get(0);
	}

	private String title(TestApplications.Draft draft) {
		return this.test.row(draft.id()).get("title").toString();
	}

	private static void pause() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
