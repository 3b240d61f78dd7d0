package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.organisation.DocumentUpload;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.organisation.TestFiles;
import fr.apec.novapec.organisation.TestOrganisations;
import fr.apec.novapec.committee.CommitteeService;
import fr.apec.novapec.committee.Decision;
import fr.apec.novapec.committee.DecisionInput;
import fr.apec.novapec.selection.RoundSummary;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.Rounds;
import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.account.StaffAdministration;
import fr.apec.novapec.account.StaffNotification;
import fr.apec.novapec.support.Acting;
import fr.apec.novapec.support.IntegrationTest;
import fr.apec.novapec.support.WebServerTest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static fr.apec.novapec.support.SignedIn.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Applicants, their organisations and drafts for the tests; every call makes new ones, so tests never
 * collide in the shared database. A bean of every {@link IntegrationTest} and {@link WebServerTest}
 * context: tests inject it.
 */
public final class TestApplications {

	private final TestOrganisations organisations;

	private final Applications applications;

	private final ApplicationSubmissions submissions;

	private final ApplicationDrafting drafting;

	private final ApplicationTransitions transitions;

	private final DocumentVaultService vault;

	private final JdbcClient jdbc;

	private final SelectionService selection;

	private final StaffAdministration staff;

	private final AccountService accounts;

	private final CommitteeService committee;

	public TestApplications(TestOrganisations organisations, Applications applications,
			ApplicationSubmissions submissions, ApplicationDrafting drafting, ApplicationTransitions transitions,
			DocumentVaultService vault, JdbcClient jdbc, SelectionService selection, StaffAdministration staff,
			AccountService accounts, CommitteeService committee) {
		this.committee = committee;
		this.selection = selection;
		this.staff = staff;
		this.accounts = accounts;
		this.organisations = organisations;
		this.applications = applications;
		this.submissions = submissions;
		this.drafting = drafting;
		this.transitions = transitions;
		this.vault = vault;
		this.jdbc = jdbc;
	}

	public TestOrganisations organisations() {
		return this.organisations;
	}

	/** The service of the changes of state, for tests of this package. */
	ApplicationTransitions transitions() {
		return this.transitions;
	}

	/** A new applicant, member of a new organisation, with a draft of that organisation. */
	public Draft newDraft(String title) {
		String member = this.organisations.newApplicant("Membre");
		long organisation = this.organisations.newOrganisation(member, "Organisation " + title);
		long id = this.drafting.createDraft(as(member), organisation, title);
		return new Draft(member, organisation, id);
	}

	/** Fills every step of the draft with valid answers: nothing of the form blocks its submission. */
	public void fillAllSteps(Draft draft) {
		String title = this.applications.draft(draft.id(), as(draft.member())).title();
		this.drafting.save(draft.id(), as(draft.member()),
				new DraftParts.Project(title, "Un résumé du projet.", "La description du projet."));
		this.drafting.save(draft.id(), as(draft.member()),
				new DraftParts.ThemeAndPublics("emploi", List.of("cadres", "jeunes-diplomes")));
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Territories(List.of("76"), "76",
				List.of(new ApplicationDraft.City("Montpellier", "76", true))));
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Schedule(
				Map.of("cadres", 40, "jeunes-diplomes", 25), LocalDate.of(2027, 3, 1), 18));
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Budget(new BigDecimal("120000.00"),
				new BigDecimal("45000.00"), List.of()));
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Indicators(
				List.of(new ApplicationDraft.Indicator("Cadres accompagnés", 40))));
	}

	/** Puts in the organisation's vault each document the Novapec call requires today, valid for a year. */
	public void addRequiredDocuments(Draft draft) {
		for (DocumentKind kind : this.selection.novapecCall().requiredDocuments()) {
			addDocument(draft, kind, LocalDate.now().plusYears(1));
		}
	}

	/**
	 * Puts a PDF of this kind in the organisation's vault, valid until that day (or for ever when null).
	 * @return its id in the vault
	 */
	public long addDocument(Draft draft, DocumentKind kind, LocalDate validUntil) {
		byte[] pdf = (new String(TestFiles.pdf(), StandardCharsets.US_ASCII) + "% " + UUID.randomUUID() + "\n")
			.getBytes(StandardCharsets.US_ASCII);
		return this.vault.store(draft.organisationId(), as(draft.member()),
				new DocumentUpload(kind, validUntil, kind.name().toLowerCase() + ".pdf", pdf));
	}

	/** A draft that can be submitted: every step filled and the documents in the vault. */
	public Draft newCompleteDraft(String title) {
		Draft draft = newDraft(title);
		fillAllSteps(draft);
		addRequiredDocuments(draft);
		return draft;
	}

	/**
	 * A complete draft that fills every part, optional ones included: besides {@link #fillAllSteps}, a
	 * total of 120 000 € with 15 000 € requested, the co-funder « Fondation régionale » (30 000,50 €), the
	 * partner « Mission locale de Montpellier » (« Orientation des jeunes diplômés ») and the statutes of
	 * the vault (statutes.pdf) attached.
	 */
	public Draft newCompleteDraftWithEverything(String title) {
		Draft draft = newCompleteDraft(title);
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Budget(new BigDecimal("120000.00"),
				new BigDecimal("15000.00"),
				List.of(new ApplicationDraft.CoFunder("Fondation régionale", new BigDecimal("30000.50")))));
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Partners(
				List.of(new ApplicationDraft.Partner("Mission locale de Montpellier", "Orientation des jeunes diplômés"))));
		long statutes = this.vault.documents(draft.organisationId(), as(draft.member()))
			.stream()
			.filter((row) -> row.kind() == DocumentKind.STATUTES)
			.map(DocumentRow::id)
			.findFirst()
			.orElseThrow();
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Documents(List.of(statutes)));
		return draft;
	}

	/**
	 * A complete application submitted by its member through the lifecycle: no round is open in the tests,
	 * so it waits for the next one.
	 */
	public Draft newSubmitted(String title) {
		Draft draft = newCompleteDraft(title);
		this.submissions.submit(draft.id(), as(draft.member()), true);
		return draft;
	}

	/**
	 * A complete application led by Occitanie (76) that also covers these regions, submitted by its member
	 * and attached to the first round (see {@link #newSubmittedInRound}).
	 */
	public Draft newMultiregionalInRound(String title, String... otherRegions) {
		Draft draft = newCompleteDraft(title);
		List<String> regions = new java.util.ArrayList<>(List.of("76"));
		regions.addAll(List.of(otherRegions));
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Territories(regions, "76",
				List.of(new ApplicationDraft.City("Montpellier", "76", true))));
		this.submissions.submit(draft.id(), as(draft.member()), true);
		this.transitions.joinRound(draft.id(), firstRound());
		return draft;
	}

	/**
	 * The POST of the review step's form that submits the application, its attestation ticked as a member
	 * does (add the member and the CSRF token).
	 */
	public static MockHttpServletRequestBuilder submission(Draft draft) {
		return post("/espace/candidatures/" + draft.id() + "/deposer").param("attested", "true");
	}

	/**
	 * A submitted application attached to the December 2024 round behind the lifecycle's back (no round is
	 * open today, and staff's decisions need one).
	 */
	public Draft newSubmittedInRound(String title) {
		Draft draft = newSubmitted(title);
		this.transitions.joinRound(draft.id(), firstRound());
		return draft;
	}

	/** Attaches the submitted application to the December 2024 round, as a round opened later would. */
	public void joinFirstRound(Draft draft) {
		this.transitions.joinRound(draft.id(), firstRound());
	}

	/**
	 * Moves a submitted application, waiting for a round, into this round (as a round opened later would
	 * attach it), so that a test decides and publishes a round of its own.
	 */
	public void joinRound(Draft draft, long roundId) {
		this.transitions.joinRound(draft.id(), roundId);
	}

	/** A submitted application in a round (see {@link #newSubmittedInRound}), taken into review by staff. */
	public Draft newInReview(String title) {
		Draft draft = newSubmittedInRound(title);
		Acting.asStaff(IntegrationTest.ADMIN_EMAIL,
				() -> this.transitions.putInReview(draft.id(), as(IntegrationTest.ADMIN_EMAIL)));
		return draft;
	}

	/**
	 * A complete application of this theme led by this region (its only one, with one city of it), submitted,
	 * attached to this round as a round opened later would, and taken into review by staff: what a committee of
	 * that round decides on.
	 */
	public Draft newInReviewIn(String title, long roundId, String themeCode, String leadRegion) {
		return newInReviewIn(title, roundId, themeCode, leadRegion, IntegrationTest.ADMIN_EMAIL);
	}

	/** As {@link #newInReviewIn(String, long, String, String)}, taken into review by this administrator. */
	public Draft newInReviewIn(String title, long roundId, String themeCode, String leadRegion, String admin) {
		return newInReviewIn(title, roundId, themeCode, leadRegion, admin, null);
	}

	/**
	 * As {@link #newInReviewIn(String, long, String, String)}, asking for this amount (of a total budget three
	 * times as large) instead of 45 000 €, or the usual amount when it is null.
	 */
	public Draft newInReviewIn(String title, long roundId, String themeCode, String leadRegion, String admin,
			BigDecimal requested) {
		Draft draft = newCompleteDraft(title);
		if (requested != null) {
			this.drafting.save(draft.id(), as(draft.member()),
					new DraftParts.Budget(requested.multiply(BigDecimal.valueOf(3)), requested, List.of()));
		}
		this.drafting.save(draft.id(), as(draft.member()),
				new DraftParts.ThemeAndPublics(themeCode, List.of("cadres", "jeunes-diplomes")));
		this.drafting.save(draft.id(), as(draft.member()), new DraftParts.Territories(List.of(leadRegion), leadRegion,
				List.of(new ApplicationDraft.City("Ville du projet", leadRegion, false))));
		this.submissions.submit(draft.id(), as(draft.member()), true);
		this.transitions.joinRound(draft.id(), roundId);
		Acting.asStaff(admin, () -> this.transitions.putInReview(draft.id(), as(admin)));
		return draft;
	}

	/**
	 * Another application of the same organisation as this one, written by the same member, submitted, attached
	 * to the December 2024 round and taken into review by staff (the vault already holds its documents).
	 */
	public Draft newInReviewOfSameOrganisation(Draft sibling, String title) {
		Draft draft = newSubmittedInRoundOfSameOrganisation(sibling, title);
		Acting.asStaff(IntegrationTest.ADMIN_EMAIL,
				() -> this.transitions.putInReview(draft.id(), as(IntegrationTest.ADMIN_EMAIL)));
		return draft;
	}

	/**
	 * Another application of the same organisation as this one, written by the same member, submitted and attached
	 * to the December 2024 round: cheaper than {@link #newSubmittedInRound} (no new account, organisation nor
	 * document), for tests that need many.
	 */
	public Draft newSubmittedInRoundOfSameOrganisation(Draft sibling, String title) {
		long id = this.drafting.createDraft(as(sibling.member()), sibling.organisationId(), title);
		Draft draft = new Draft(sibling.member(), sibling.organisationId(), id);
		fillAllSteps(draft);
		this.submissions.submit(id, as(draft.member()), true);
		this.transitions.joinRound(id, firstRound());
		return draft;
	}

	/**
	 * A selected application: submitted, attached to the committee round of March 2025 (whose year has a budget,
	 * see {@link #committeeRound}), taken into review by staff and selected by that round's committee with an
	 * award of 1 000 € (the committee's own code, which also charges the award to 2025): starts on 1 March 2027
	 * for 18 months, targets cadres (40 planned) and jeunes diplômés (25 planned), one indicator « Cadres
	 * accompagnés » with a target of 40.
	 */
	public Draft newSelected(String title) {
		Draft draft = newSubmitted(title);
		reach(draft, ApplicationStatus.SELECTED);
		return draft;
	}

	/**
	 * The committee of the application's round decides on it as the first administrator would on the committee's
	 * page: {@code amount} for a selection, {@code reason} for a rejection.
	 */
	public void decide(Draft draft, Decision decision, BigDecimal amount, String reason) {
		Map<String, Object> row = row(draft.id());
		long roundId = ((Number) row.get("round_id")).longValue();
		long version = ((Number) row.get("version")).longValue();
		String admin = IntegrationTest.ADMIN_EMAIL;
		Acting.asStaff(admin, () -> this.committee.record(roundId,
				List.of(new DecisionInput(draft.id(), version, decision, amount, reason)), as(admin)));
	}

	/**
	 * The round of the Novapec call whose committee met on 27 March 2025 (cut-off 28 February 2025), created
	 * through SelectionService the first time: the year of the December 2024 round has no budget, 2025 has
	 * 4 000 000 € (V2), so a test's selection is charged there. Its cut-off has passed: no submission joins it.
	 */
	public synchronized long committeeRound() {
		long call = this.selection.novapecCall().id();
		return this.selection.roundsOfCall(call)
			.stream()
			.filter((round) -> round.committeeDate().equals(COMMITTEE_2025))
			.findFirst()
			.map(RoundSummary::id)
			.orElseGet(() -> Rounds.create(this.selection, "Comité de mars 2025", COMMITTEE_2025.minusDays(27),
					COMMITTEE_2025));
	}

	/**
	 * Staff (the first administrator, in a staff security context) return the submitted application to its
	 * members for changes, saying why, through the lifecycle.
	 */
	public void returnForChanges(Draft draft, String reason) {
		Acting.asStaff(IntegrationTest.ADMIN_EMAIL,
				() -> this.transitions.returnForChanges(draft.id(), as(IntegrationTest.ADMIN_EMAIL), reason));
	}

	/**
	 * A new staff account in the teams of these regions (as an administrator sets them on the team page);
	 * its login is returned.
	 */
	public String newStaffOfRegions(String displayName, String... regionCodes) {
		String login = this.organisations.newStaff(displayName);
		String admin = IntegrationTest.ADMIN_EMAIL;
		Acting.asAdmin(admin, () -> this.staff.change(as(admin), as(login).id(), java.util.EnumSet.of(Role.STAFF),
				java.util.Set.of(regionCodes)));
		return login;
	}

	/** Sets how this staff login wants to be told of the events of its regions, as it does on its account page. */
	public void notifyStaff(String login, String notification) {
		this.accounts.chooseNotification(as(login), StaffNotification.valueOf(notification));
	}

	/** The committee date of {@link #committeeRound}. */
	private static final LocalDate COMMITTEE_2025 = LocalDate.of(2025, 3, 27);

	/** The December 2024 round of migration V2, the first of the Novapec call. */
	long firstRound() {
		return this.selection.nextRound(this.selection.novapecCall().id(), LocalDate.of(2024, 1, 1)).orElseThrow().id();
	}

	/**
	 * Takes the application to this state through the lifecycle, as its member and staff (the first
	 * administrator) would: a draft is completed (its title kept) and submitted, then, as the state asks,
	 * returned for changes, withdrawn, or attached to the December 2024 round, put in review, and rejected by its
	 * committee; or attached to the committee round of 2025 ({@link #committeeRound}), put in review and selected
	 * by its committee (1 000 €, charged to 2025). An application already submitted goes on from there; one
	 * already in review is decided in its own round (whose committee's year must then have a budget).
	 */
	public void reach(Draft draft, ApplicationStatus status) {
		if (status == ApplicationStatus.DRAFT) {
			return;
		}
		if (ApplicationStatus.valueOf((String) row(draft.id()).get("status")) == ApplicationStatus.DRAFT) {
			fillAllSteps(draft);
			addRequiredDocuments(draft);
			this.submissions.submit(draft.id(), as(draft.member()), true);
		}
		String admin = IntegrationTest.ADMIN_EMAIL;
		switch (status) {
			case SUBMITTED -> {
			}
			case RETURNED -> returnForChanges(draft, "Merci de compléter le budget.");
			case WITHDRAWN -> this.transitions.withdraw(draft.id(), as(draft.member()), "Projet abandonné.");
			default -> {
				if (status == ApplicationStatus.SELECTED
						&& ApplicationStatus.valueOf((String) row(draft.id()).get("status")) != ApplicationStatus.IN_REVIEW) {
					// Selected in the committee round of 2025, whose year has a budget.
					this.transitions.joinRound(draft.id(), committeeRound());
				}
				else if (row(draft.id()).get("round_id") == null) {
					joinFirstRound(draft);
				}
				if (ApplicationStatus.valueOf((String) row(draft.id()).get("status")) != ApplicationStatus.IN_REVIEW) {
					Acting.asStaff(admin, () -> this.transitions.putInReview(draft.id(), as(admin)));
				}
				if (status == ApplicationStatus.SELECTED) {
					decide(draft, Decision.SELECTED, new BigDecimal("1000.00"), null);
				}
				else if (status == ApplicationStatus.REJECTED) {
					decide(draft, Decision.REJECTED, null, "Hors du champ de l'appel.");
				}
			}
		}
	}

	/** The columns of the application, as the database holds them. */
	public Map<String, Object> row(long applicationId) {
		Map<String, Object> row = this.jdbc.sql("select * from grant_application where id = :id")
			.param("id", applicationId)
			.query()
			.singleRow();
		// Arrays (the inbox's derived columns) as lists, so that two reads of the same row are equal.
		row.replaceAll((column, value) -> {
			try {
				return (value instanceof java.sql.Array array) ? List.of((Object[]) array.getArray()) : value;
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		return row;
	}

	/** A new draft and who may write it. */
	public record Draft(String member, long organisationId, long id) {
	}

}
