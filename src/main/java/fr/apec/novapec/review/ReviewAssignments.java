package fr.apec.novapec.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.apec.novapec.account.AccountName;
import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.application.ApplicationNotFoundException;
import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.application.ApplicationUnderReview;
import fr.apec.novapec.application.Applications;
import fr.apec.novapec.shared.AuditedAction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of an application as staff run it: who is assigned, each reviewer's sheet, the weighted mean
 * and spread of the submitted sheets (see {@link WeightedScores}) and who has not submitted yet; assigning a
 * reviewer to an application in review and unassigning one. Staff and administrators only, by the security
 * context as well as by the URL rules. Each assignment and unassignment goes to the audit journal
 * ({@link AuditedAction}) in its transaction.
 */
@Service
@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
public class ReviewAssignments {

	/** How many reviewers the assignment form proposes. */
	public static final int PROPOSED_REVIEWERS = 2;

	private final ReviewAssignmentRepository assignments;

	private final Applications applications;

	private final AccountService accounts;

	private final ScoringGrids grids;

	private final Sheets sheets;

	private final ApplicationEventPublisher events;

	private final ReviewQueries queries;

	ReviewAssignments(ReviewAssignmentRepository assignments, Applications applications, AccountService accounts,
			ScoringGrids grids, Sheets sheets, ApplicationEventPublisher events, ReviewQueries queries) {
		this.queries = queries;
		this.assignments = assignments;
		this.applications = applications;
		this.accounts = accounts;
		this.grids = grids;
		this.sheets = sheets;
		this.events = events;
	}

	/**
	 * The evaluation of a submitted application.
	 * @throws ApplicationNotFoundException when there is none (or it was never submitted)
	 */
	@Transactional(readOnly = true)
	public Evaluation evaluation(long applicationId) {
		ApplicationUnderReview application = application(applicationId);
		List<GridCriterion> criteria = this.grids.criteria(application.callId());
		List<ScoreSheet> sheets = this.sheets.of(applicationId, application.organisationId(), criteria);
		List<BigDecimal> weighted = Sheets.submittedWeights(sheets);
		Set<Long> assigned = sheets.stream().map(ScoreSheet::reviewerId).collect(Collectors.toSet());
		List<AccountName> candidates = this.accounts.withRole(Role.REVIEWER)
			.stream()
			.filter((reviewer) -> !assigned.contains(reviewer.id()))
			.toList();
		List<String> missing = sheets.stream().filter((sheet) -> !sheet.submitted()).map(ScoreSheet::reviewerName).toList();
		return new Evaluation(application, criteria, sheets, WeightedScores.mean(weighted),
				WeightedScores.spread(weighted), missing, candidates,
				application.status() == ApplicationStatus.IN_REVIEW);
	}

	/**
	 * The weighted means of these applications of a call (see {@link WeightedScores}), by id, in one statement;
	 * an application without a submitted sheet is absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, BigDecimal> weightedMeans(long callId, Collection<Long> applicationIds) {
		return this.queries.means(callId, applicationIds);
	}

	/**
	 * Assigns a reviewer to an application in review.
	 * @throws ApplicationNotFoundException when there is no such submitted application
	 * @throws NotInReviewException when the application is not in review
	 * @throws NotAReviewerException when the account is not an enabled reviewer
	 * @throws ReviewerAlreadyAssignedException when it is assigned already (also when two staff assign it at
	 * once: the database's unique constraint makes one assignment)
	 */
	@Transactional
	public void assign(long applicationId, long reviewerId, CurrentAccount who) {
		ApplicationUnderReview application = application(applicationId);
		if (application.status() != ApplicationStatus.IN_REVIEW) {
			throw new NotInReviewException();
		}
		AccountName reviewer = this.accounts.withRole(Role.REVIEWER)
			.stream()
			.filter((account) -> account.id() == reviewerId)
			.findFirst()
			.orElseThrow(NotAReviewerException::new);
		if (this.assignments.findByApplicationIdAndReviewerId(applicationId, reviewerId).isPresent()) {
			throw new ReviewerAlreadyAssignedException();
		}
		Instant now = Instant.now();
		try {
			this.assignments.save(new ReviewAssignment(applicationId, reviewerId, who.id(), now));
			this.assignments.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new ReviewerAlreadyAssignedException();
		}
		this.events.publishEvent(new AuditedAction(applicationId, who.id(), AuditedAction.Action.ASSIGNMENT,
				reviewer.displayName(), null, now));
	}

	/**
	 * Unassigns a reviewer that has not submitted its sheet (its draft goes with it).
	 * @throws AssignmentNotFoundException when the assignment is not one of this application's
	 * @throws SubmittedScoresKeptException when the reviewer submitted its scores
	 */
	@Transactional
	public void unassign(long applicationId, long assignmentId, CurrentAccount who) {
		ReviewAssignment assignment = this.assignments.findForUpdateById(assignmentId, applicationId)
			.orElseThrow(AssignmentNotFoundException::new);
		if (assignment.submitted()) {
			throw new SubmittedScoresKeptException();
		}
		AccountName reviewer = this.accounts.names(List.of(assignment.reviewerId())).get(assignment.reviewerId());
		this.assignments.delete(assignment);
		this.events.publishEvent(new AuditedAction(applicationId, who.id(), AuditedAction.Action.UNASSIGNMENT,
				(reviewer != null) ? reviewer.displayName() : null, null, Instant.now()));
	}

	private ApplicationUnderReview application(long applicationId) {
		ApplicationUnderReview application = this.applications.underReview(List.of(applicationId)).get(applicationId);
		if (application == null) {
			throw new ApplicationNotFoundException();
		}
		return application;
	}

	/**
	 * The evaluation page of an application.
	 * @param application what it is
	 * @param criteria its call's grid
	 * @param sheets one per assigned reviewer
	 * @param mean the weighted mean of the submitted sheets (2 decimals), or null when none is
	 * @param spread the highest weighted score minus the lowest (2 decimals), or null when none is submitted
	 * @param missing the names of the assigned reviewers who have not submitted
	 * @param candidates the reviewers who may still be assigned
	 * @param assignable whether reviewers may be assigned (the application is in review)
	 */
	public record Evaluation(ApplicationUnderReview application, List<GridCriterion> criteria,
			List<ScoreSheet> sheets, BigDecimal mean, BigDecimal spread, List<String> missing,
			List<AccountName> candidates, boolean assignable) {
	}

}
