package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.account.StaffDirectory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes of state of an application other than its submission (see {@link ApplicationSubmissions}):
 * each is a method of the aggregate that checks the lifecycle table for who makes it, and appends the
 * change to the history (who, when, from, to, why) in the same transaction. Who acts is the account the
 * server resolved: an applicant's change needs a member of the application's organisation, a staff change
 * a staff account. The application is locked while it changes, so of two concurrent changes from one state
 * the second waits for the first and is then refused with {@link IllegalTransitionException}. Every member
 * of the organisation is told of the change by mail, queued in the same transaction, and the audit journal
 * gets one line of it (its two states, who, why) in that transaction too.
 */
@Service
public class ApplicationTransitions {

	private final GrantApplicationRepository repository;

	private final ApplicationAccess access;

	private final StatusChangeMail statusMail;

	private final Audit audit;

	private final Clock clock;

	private final StaffDirectory staffDirectory;


	ApplicationTransitions(GrantApplicationRepository repository, ApplicationAccess access,
			StatusChangeMail statusMail, Audit audit, Clock clock, StaffDirectory staffDirectory) {
		this.repository = repository;
		this.access = access;
		this.statusMail = statusMail;
		this.audit = audit;
		this.clock = clock;
		this.staffDirectory = staffDirectory;
	}

	/**
	 * A member withdraws the application (from a draft, submitted or returned), with the reason they gave.
	 * @throws ApplicationNotFoundException when this account is not a member of its organisation
	 * @throws IllegalTransitionException from any other state
	 */
	@Transactional
	public void withdraw(long id, CurrentAccount who, String reason) {
		GrantApplication application = this.access.lockedForMember(id, who);
		change(application, who, ApplicationStatus.WITHDRAWN, reason, (a) -> a.withdraw(who.id(), reason, now()));
	}

	/**
	 * Staff find a submitted application eligible and take it into review, in its round. Only an
	 * administrator, or a staff member of the team of the application's lead region, decides eligibility.
	 * @throws ApplicationNotFoundException when there is no such application
	 * @throws org.springframework.security.access.AccessDeniedException when this account may not decide
	 * @throws IllegalTransitionException when it is not submitted (another decision came first)
	 * @throws WaitingForRoundException when it waits for the next selection round, in which it is reviewed
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional
	public void putInReview(long id, CurrentAccount who) {
		requireStaff(who);
		GrantApplication application = this.access.lockedForStaff(id);
		requireLeadTeam(application, who);
		requireSubmitted(application, ApplicationStatus.IN_REVIEW);
		if (application.roundId() == null) {
			throw new WaitingForRoundException(id);
		}
		change(application, who, ApplicationStatus.IN_REVIEW, null, (a) -> a.putInReview(who.id(), now()));
	}

	/**
	 * Staff find a submitted application not eligible: it is rejected, and the reason is kept in its
	 * history and mailed to its members. Same deciders as {@link #putInReview}; no round is needed.
	 * @throws ApplicationNotFoundException when there is no such application
	 * @throws org.springframework.security.access.AccessDeniedException when this account may not decide
	 * @throws IllegalTransitionException when it is not submitted (another decision came first)
	 * @throws IllegalArgumentException when the reason is blank
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional
	public void declareIneligible(long id, CurrentAccount who, String reason) {
		requireStaff(who);
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A reason is required");
		}
		GrantApplication application = this.access.lockedForStaff(id);
		requireLeadTeam(application, who);
		requireSubmitted(application, ApplicationStatus.REJECTED);
		change(application, who, ApplicationStatus.REJECTED, reason, (a) -> a.declareIneligible(who.id(), reason, now()));
	}

	/**
	 * Whether this account may decide the eligibility of applications led by this region: an administrator,
	 * or staff in that region's team.
	 */
	boolean decidesEligibility(CurrentAccount who, String leadRegion) {
		if (who.has(Role.ADMIN)) {
			return true;
		}
		return who.isStaff() && leadRegion != null && this.staffDirectory.regionsOf(who.id()).contains(leadRegion);
	}

	private void requireLeadTeam(GrantApplication application, CurrentAccount who) {
		if (!decidesEligibility(who, application.leadRegion())) {
			throw new AccessDeniedException("Only the lead region's team or an administrator decides eligibility");
		}
	}

	/** Of two decisions at once, the second finds it no longer submitted: told as overtaken, not as a rule. */
	private static void requireSubmitted(GrantApplication application, ApplicationStatus to) {
		if (application.status() != ApplicationStatus.SUBMITTED) {
			throw new IllegalTransitionException(application.id(), ApplicationStatus.SUBMITTED, to);
		}
	}

	/**
	 * Staff return a submitted application to its members for changes, saying why.
	 * @throws ApplicationNotFoundException when there is no such application
	 * @throws IllegalTransitionException when it is not submitted (another change came first)
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional
	public void returnForChanges(long id, CurrentAccount who, String reason) {
		requireStaff(who);
		GrantApplication application = this.access.lockedForStaff(id);
		change(application, who, ApplicationStatus.RETURNED, reason,
				(a) -> a.returnForChanges(who.id(), reason, now()));
	}

	/**
	 * The committee selects an application in review in this round, from a page that showed it at
	 * {@code readVersion}, with the amount awarded (the caller charges the award to the budget in the same
	 * transaction).
	 * @throws ApplicationNotFoundException when there is no such application
	 * @throws IllegalTransitionException when it is no longer in review in this round, or changed since the page
	 * was read (another decision came first); nothing is changed
	 * @throws IllegalArgumentException when the amount is not positive
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional
	public void select(long id, CurrentAccount who, long roundId, BigDecimal awarded, long readVersion) {
		if (awarded == null || awarded.signum() <= 0) {
			throw new IllegalArgumentException("An awarded amount is positive");
		}
		GrantApplication application = inReviewInRound(id, who, roundId, readVersion, ApplicationStatus.SELECTED);
		change(application, who, ApplicationStatus.SELECTED, null, (a) -> a.select(who.id(), awarded, now()));
	}

	/**
	 * The committee rejects an application in review in this round, saying why (see {@link #select}).
	 * @throws IllegalArgumentException when the reason is blank
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional
	public void reject(long id, CurrentAccount who, long roundId, String reason, long readVersion) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A reason is required");
		}
		GrantApplication application = inReviewInRound(id, who, roundId, readVersion, ApplicationStatus.REJECTED);
		change(application, who, ApplicationStatus.REJECTED, reason, (a) -> a.reject(who.id(), reason, now()));
	}

	/**
	 * The committee defers an application in review in this round to the next one: it stays in review, its
	 * round changes, and the journal records who moved it to which round (see {@link #select} for the refusals).
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional
	public void defer(long id, CurrentAccount who, long roundId, long nextRoundId, long readVersion) {
		GrantApplication application = inReviewInRound(id, who, roundId, readVersion, ApplicationStatus.IN_REVIEW);
		application.joinRound(nextRoundId);
		try {
			this.repository.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new IllegalTransitionException(id, ApplicationStatus.IN_REVIEW, ApplicationStatus.IN_REVIEW);
		}
		this.audit.roundJoined(id, who.id(), nextRoundId);
	}

	/**
	 * The application locked, provided it is still what the committee's page showed: in review, in this round,
	 * at this version. Otherwise a decision came first: told as overtaken.
	 */
	private GrantApplication inReviewInRound(long id, CurrentAccount who, long roundId, long readVersion,
			ApplicationStatus to) {
		requireStaff(who);
		GrantApplication application = this.access.lockedForStaff(id);
		if (application.status() != ApplicationStatus.IN_REVIEW || application.roundId() == null
				|| application.roundId() != roundId || application.version() != readVersion) {
			throw new IllegalTransitionException(id, ApplicationStatus.IN_REVIEW, to);
		}
		return application;
	}

	/**
	 * Attaches a submitted application waiting for a round to this round. Only test fixtures call it:
	 * no round is open in the tests, and staff's decisions need one.
	 */
	@Transactional
	void joinRound(long id, long roundId) {
		this.access.lockedForStaff(id).joinRound(roundId);
		this.audit.roundJoined(id, null, roundId);
	}

	private void change(GrantApplication application, CurrentAccount who, ApplicationStatus to, String reason,
			Consumer<GrantApplication> transition) {
		ApplicationStatus from = application.status();
		transition.accept(application);
		try {
			// Written now, so that a lost race (the version moved on) is told as one, never as a 500.
			this.repository.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new IllegalTransitionException(application.id(), from, to);
		}
		this.audit.statusChange(application.id(), who.id(), from, to, reason);
		// The committee's decisions reach the applicants when their round is published, with the decision letter
		// (committee.RoundPublication), never before: the committee may still be deliberating on the round.
		boolean committeeDecision = from == ApplicationStatus.IN_REVIEW
				&& (to == ApplicationStatus.SELECTED || to == ApplicationStatus.REJECTED);
		if (!committeeDecision) {
			this.statusMail.changed(application, from, to, reason);
		}
	}

	/**
	 * Staff only, by the roles of the account the server resolved, as well as by the security context
	 * ({@code @PreAuthorize} on the staff methods): the change is recorded as that account's.
	 */
	private static void requireStaff(CurrentAccount who) {
		if (!who.isStaff()) {
			throw new AccessDeniedException("Staff only");
		}
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
