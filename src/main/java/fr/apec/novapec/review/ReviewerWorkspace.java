package fr.apec.novapec.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.application.ApplicationUnderReview;
import fr.apec.novapec.application.Applications;
import fr.apec.novapec.application.WeightedMeanChanged;
import fr.apec.novapec.shared.AuditedAction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's work: its assignments (never anyone else's), the declaration it makes before reading an
 * assigned application, the application's content, its own score sheet (drafts, then one submission), and
 * the others' sheets once its own is submitted. An application not assigned to it answers
 * {@link AssignmentNotFoundException} (404); one of an organisation it declared a conflict with answers
 * {@link AccessDeniedException} (403) for reading, scoring and seeing scores alike, checked by the
 * organisation's SIRET at every call. Reviewers only.
 */
@Service
@PreAuthorize("hasRole('REVIEWER')")
public class ReviewerWorkspace {

	private final ReviewAssignmentRepository assignments;

	private final ScoringGridRepository gridRows;

	private final ScoringGrids grids;

	private final Applications applications;

	private final AccountService accounts;

	private final Conflicts conflicts;

	private final Sheets sheets;

	private final ApplicationEventPublisher events;

	ReviewerWorkspace(ReviewAssignmentRepository assignments, ScoringGridRepository gridRows, ScoringGrids grids,
			Applications applications, AccountService accounts, Conflicts conflicts, Sheets sheets,
			ApplicationEventPublisher events) {
		this.assignments = assignments;
		this.gridRows = gridRows;
		this.grids = grids;
		this.applications = applications;
		this.accounts = accounts;
		this.conflicts = conflicts;
		this.sheets = sheets;
		this.events = events;
	}

	/** The reviewer's assignments, the latest first, with the state of its sheet on each. */
	@Transactional(readOnly = true)
	public List<Assigned> assignments(CurrentAccount who) {
		List<ReviewAssignment> mine = this.assignments.findByReviewerId(who.id());
		Map<Long, ApplicationUnderReview> applications = this.applications
			.underReview(mine.stream().map(ReviewAssignment::applicationId).toList());
		List<Assigned> rows = new ArrayList<>();
		for (ReviewAssignment assignment : mine) {
			ApplicationUnderReview application = applications.get(assignment.applicationId());
			if (application == null) {
				continue;
			}
			rows.add(new Assigned(application, state(assignment, application, who)));
		}
		return rows;
	}

	/**
	 * The application as this reviewer may see it now: before its declaration, only what it is (no content);
	 * after declaring no conflict, its content with the grid and the reviewer's own sheet.
	 * @throws AssignmentNotFoundException when it is not assigned to this reviewer
	 * @throws AccessDeniedException when the reviewer declared a conflict with its organisation
	 */
	@Transactional(readOnly = true)
	public ReviewerPage page(long applicationId, CurrentAccount who) {
		ReviewAssignment assignment = mine(applicationId, who);
		ApplicationUnderReview application = readable(applicationId, who);
		if (!assignment.declaredNoConflict()) {
			return new ReviewerPage(application, null, List.of(), Map.of(), false, assignment.version(), false);
		}
		ApplicationDraft content = this.applications.applicationForReviewer(applicationId, who);
		return new ReviewerPage(application, content, this.grids.criteria(application.callId()),
				Sheets.scores(assignment), assignment.submitted(), assignment.version(),
				application.status() == ApplicationStatus.IN_REVIEW);
	}

	/**
	 * Records the reviewer's declaration on an assigned application: a conflict of interest is recorded
	 * against the organisation's SIRET and covers all its applications, from now on; no conflict holds for
	 * this application only. Either goes to the audit journal.
	 * @throws AssignmentNotFoundException when it is not assigned to this reviewer
	 * @throws AccessDeniedException when the reviewer declared a conflict with its organisation already
	 */
	@Transactional
	public void declare(long applicationId, CurrentAccount who, boolean conflict) {
		ReviewAssignment assignment = this.assignments.findForUpdate(applicationId, who.id())
			.orElseThrow(AssignmentNotFoundException::new);
		ApplicationUnderReview application = readable(applicationId, who);
		Instant now = Instant.now();
		if (conflict) {
			this.conflicts.declare(who.id(), application.organisationId(), applicationId);
		}
		else {
			assignment.declareNoConflict(now);
		}
		this.events.publishEvent(new AuditedAction(applicationId, who.id(), AuditedAction.Action.CONFLICT_DECLARATION,
				conflict ? "conflict" : "no-conflict", null, now));
	}

	/**
	 * Saves the reviewer's sheet as typed on a page read at {@code readVersion}, as a draft or, when
	 * {@code submit}, as its final scores (a score for every criterion; read-only after). The call's grid
	 * is frozen from its first saved sheet on.
	 * @throws AssignmentNotFoundException when it is not assigned to this reviewer
	 * @throws AccessDeniedException when the reviewer declared a conflict, or has not declared yet
	 * @throws NotInReviewException when the application is no longer in review
	 * @throws ScoresAlreadySubmittedException when the sheet was submitted already
	 * @throws ScoreSheetChangedException when the sheet was saved elsewhere since the page was read
	 * @throws IncompleteScoresException when submitting with a criterion unscored; nothing is saved
	 */
	@Transactional
	public void saveScores(long applicationId, CurrentAccount who, Map<String, ScoreInput> scores, boolean submit,
			long readVersion) {
		ApplicationUnderReview application = readable(applicationId, who);
		// First the grid (waits for an edit in progress, then freezes it), then its criteria, then the sheet,
		// locked: a refusal below rolls the freezing back with the rest.
		this.gridRows.createIfMissing(application.callId());
		this.gridRows.markScored(application.callId());
		Set<String> codes = new LinkedHashSet<>();
		this.grids.criteria(application.callId()).forEach((criterion) -> codes.add(criterion.code()));
		if (submit) {
			// Before any sheet of the application is read: the mean below then counts every sheet submitted.
			this.assignments.findAllForUpdate(applicationId);
		}
		ReviewAssignment assignment = this.assignments.findForUpdate(applicationId, who.id())
			.orElseThrow(AssignmentNotFoundException::new);
		if (!assignment.declaredNoConflict()) {
			throw new AccessDeniedException("No declaration yet");
		}
		if (application.status() != ApplicationStatus.IN_REVIEW) {
			throw new NotInReviewException();
		}
		assignment.saveScores(scores, codes, submit, readVersion, Instant.now());
		try {
			this.assignments.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ScoreSheetChangedException();
		}
		if (submit) {
			this.events.publishEvent(new AuditedAction(applicationId, who.id(), AuditedAction.Action.SCORE, null, null,
					Instant.now()));
			this.events.publishEvent(new WeightedMeanChanged(applicationId, Sheets.mean(
					this.sheets.of(applicationId, application.organisationId(), this.grids.criteria(application.callId())))));
		}
	}

	/**
	 * Every reviewer's sheet on the application, once this reviewer submitted its own: before, its own only.
	 * @throws AssignmentNotFoundException when it is not assigned to this reviewer
	 * @throws AccessDeniedException when the reviewer declared a conflict with its organisation
	 */
	@Transactional(readOnly = true)
	public List<ScoreSheet> sheets(long applicationId, CurrentAccount who) {
		ReviewAssignment assignment = mine(applicationId, who);
		ApplicationUnderReview application = readable(applicationId, who);
		List<ScoreSheet> all = this.sheets.of(applicationId, application.organisationId(),
				this.grids.criteria(application.callId()));
		if (assignment.submitted()) {
			return all.stream().filter(ScoreSheet::submitted).toList();
		}
		return all.stream().filter((sheet) -> sheet.reviewerId() == who.id()).toList();
	}

	private ReviewAssignment mine(long applicationId, CurrentAccount who) {
		return this.assignments.findByApplicationIdAndReviewerId(applicationId, who.id())
			.orElseThrow(AssignmentNotFoundException::new);
	}

	/** The application, unless the reviewer declared a conflict with its organisation (checked now, by SIRET). */
	private ApplicationUnderReview readable(long applicationId, CurrentAccount who) {
		ApplicationUnderReview application = this.applications.underReview(List.of(applicationId)).get(applicationId);
		if (application == null) {
			throw new AssignmentNotFoundException();
		}
		if (this.conflicts.conflicted(who.id(), application.organisationId())) {
			throw new AccessDeniedException("Conflict of interest declared with organisation " + application.organisationId());
		}
		return application;
	}

	private SheetState state(ReviewAssignment assignment, ApplicationUnderReview application, CurrentAccount who) {
		if (this.conflicts.conflicted(who.id(), application.organisationId())) {
			return SheetState.CONFLICT;
		}
		if (!assignment.declaredNoConflict()) {
			return SheetState.TO_DECLARE;
		}
		if (assignment.submitted()) {
			return SheetState.SUBMITTED;
		}
		return assignment.scores().isEmpty() ? SheetState.NOT_STARTED : SheetState.DRAFT;
	}

	/** Where a reviewer is with an assigned application. */
	public enum SheetState {

		TO_DECLARE, CONFLICT, NOT_STARTED, DRAFT, SUBMITTED

	}

	/** An assignment in the reviewer's list. */
	public record Assigned(ApplicationUnderReview application, SheetState state) {
	}

	/**
	 * An assigned application as the reviewer sees it.
	 * @param application what it is
	 * @param content its content, or null until the reviewer declared no conflict
	 * @param criteria the call's grid
	 * @param scores the reviewer's own sheet, by criterion code
	 * @param submitted whether the sheet was submitted (read-only)
	 * @param version what the sheet's form sends back
	 * @param scorable whether the application is in review, so scores may be saved
	 */
	public record ReviewerPage(ApplicationUnderReview application, ApplicationDraft content,
			List<GridCriterion> criteria, Map<String, ScoreInput> scores, boolean submitted, long version,
			boolean scorable) {

		public boolean declared() {
			return this.content != null;
		}

		/** The criterion of the grid with this code, or null. */
		public GridCriterion criterion(String code) {
			return this.criteria.stream().filter((c) -> c.code().equals(code)).findFirst().orElse(null);
		}

	}

}
