package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.util.List;

import fr.apec.novapec.account.CurrentAccount;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What remains of the former all-in-one service, for callers outside this module that still use it (the
 * report module, some tests of other modules): each method hands over to the service whose job it is,
 * {@link Applications} for reads, {@link ApplicationDrafting} for the steps, {@link ApplicationSubmissions}
 * and {@link ApplicationTransitions} for the changes of state. New code calls those directly.
 */
@Service
public class ApplicationService {

	/** Staff see an application once it has been submitted: never a draft, nor one withdrawn as a draft. */
	static final String STAFF_VISIBLE = "g.status <> 'DRAFT' and g.submitted_at is not null";

	private final Applications applications;

	private final ApplicationDrafting drafting;

	private final ApplicationSubmissions submissions;

	private final ApplicationTransitions transitions;

	ApplicationService(Applications applications, ApplicationDrafting drafting, ApplicationSubmissions submissions,
			ApplicationTransitions transitions) {
		this.applications = applications;
		this.drafting = drafting;
		this.submissions = submissions;
		this.transitions = transitions;
	}

	/** See {@link Applications#draft}. */
	public ApplicationDraft draft(long id, CurrentAccount who) {
		return this.applications.draft(id, who);
	}

	/** See {@link Applications#history}. */
	public List<StatusChange> history(long id, CurrentAccount who) {
		return this.applications.history(id, who);
	}

	List<StatusChange> historyForStaff(long id) {
		return this.applications.historyForStaff(id);
	}

	/** See {@link ApplicationDrafting#saveDocuments}. */
	public void saveDocuments(long id, CurrentAccount who, DraftParts.Documents part) {
		this.drafting.saveDocuments(id, who, part);
	}

	/** See {@link ApplicationSubmissions#submit}. */
	public Submission submit(long id, CurrentAccount who, boolean attested) {
		return this.submissions.submit(id, who, attested);
	}

	/** See {@link ApplicationTransitions#withdraw}. */
	public void withdraw(long id, CurrentAccount who, String reason) {
		this.transitions.withdraw(id, who, reason);
	}

	/**
	 * For the tests of this package written before the split: the change each actor's own method makes.
	 * Not public: nobody outside may claim to act as someone else.
	 */
	@Transactional
	void changeStatus(long id, CurrentAccount who, Actor actor, ApplicationStatus to, String reason) {
		if (actor == Actor.APPLICANT && to == ApplicationStatus.WITHDRAWN) {
			this.transitions.withdraw(id, who, reason);
		}
		else if (actor == Actor.APPLICANT && to == ApplicationStatus.SUBMITTED) {
			this.submissions.submit(id, who, false);
		}
		else if (actor == Actor.STAFF && to == ApplicationStatus.IN_REVIEW) {
			this.transitions.putInReview(id, who);
		}
		else if (actor == Actor.STAFF && to == ApplicationStatus.RETURNED) {
			this.transitions.returnForChanges(id, who, reason);
		}
		else if (actor == Actor.COMMITTEE && to == ApplicationStatus.REJECTED) {
			this.transitions.reject(id, who, reason);
		}
		else if (actor == Actor.COMMITTEE && to == ApplicationStatus.SELECTED) {
			this.transitions.select(id, who, 0, BigDecimal.valueOf(1000));
		}
		else {
			ApplicationStatus from = this.applications.statusOf(id);
			Lifecycle.check(id, from, to, actor);
		}
	}

}
