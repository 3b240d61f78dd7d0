package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import fr.apec.novapec.account.AccountName;
import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.selection.CallSettings;
import fr.apec.novapec.selection.RoundSummary;
import fr.apec.novapec.selection.SelectionService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application module's read façade for other modules: an application as its members or staff read it,
 * summaries for lists, and the selected projects.
 */
@Service
public class Applications {

	/**
	 * Staff see an application once it has been submitted: never a draft, nor one withdrawn as a draft. A
	 * condition on {@code grant_application g}, the predicate of V20's partial index, used here and by
	 * {@link StaffApplicationQueries}.
	 */
	static final String STAFF_VISIBLE = "g.status <> 'DRAFT' and g.submitted_at is not null";

	private final ApplicationQueries queries;

	private final StatusChangeRecordRepository history;

	private final OrganisationService organisations;

	private final AccountService accounts;

	private final SelectionService selection;

	private final DocumentVaultService vault;

	private final ObjectProvider<ReviewerAccess> reviewerAccess;

	Applications(ApplicationQueries queries, StatusChangeRecordRepository history, OrganisationService organisations,
			AccountService accounts, SelectionService selection, DocumentVaultService vault,
			ObjectProvider<ReviewerAccess> reviewerAccess) {
		this.queries = queries;
		this.reviewerAccess = reviewerAccess;
		this.history = history;
		this.organisations = organisations;
		this.accounts = accounts;
		this.selection = selection;
		this.vault = vault;
	}

	/**
	 * The application as staff read it, only once it was submitted (never a draft).
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional(readOnly = true)
	public ApplicationDraft submittedApplication(long id) {
		return read(id, null, true);
	}

	/**
	 * The application as a reviewer reads it: its content only (never its thread with the organisation nor
	 * its history), once it was submitted, and only when the review module's {@link ReviewerAccess} says
	 * this reviewer may read it (assigned, no conflict of interest declared).
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 * @throws AccessDeniedException when this reviewer may not read it (a 403)
	 */
	@PreAuthorize("hasRole('REVIEWER')")
	@Transactional(readOnly = true)
	public ApplicationDraft applicationForReviewer(long id, CurrentAccount who) {
		ReviewerAccess access = this.reviewerAccess.getIfAvailable();
		if (access == null || !access.mayRead(id, who.id())) {
			throw new AccessDeniedException("Reviewer " + who.id() + " may not read application " + id);
		}
		return read(id, null, true);
	}

	/**
	 * What the review module lists of these applications once submitted (never a draft): title,
	 * organisation, call, round and state, by id, in a fixed number of statements; other ids are left out.
	 * Nothing of their content: the caller answers for who reads the list.
	 */
	@Transactional(readOnly = true)
	public Map<Long, ApplicationUnderReview> underReview(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return new LinkedHashMap<>();
		}
		Map<Long, ApplicationQueries.UnderReviewRow> found = this.queries.underReview(ids);
		Map<Long, ApplicationUnderReview> rows = new LinkedHashMap<>();
		Map<Long, Long> roundIds = new LinkedHashMap<>();
		found.forEach((id, row) -> {
			rows.put(id, new ApplicationUnderReview(row.id(), row.reference(), row.title(), row.organisationId(), null,
					row.status(), row.callId(), null));
			if (row.roundId() != null) {
				roundIds.put(id, row.roundId());
			}
		});
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, String> names = this.organisations
			.names(rows.values().stream().map(ApplicationUnderReview::organisationId).distinct().toList());
		Map<Long, RoundSummary> rounds = roundIds.isEmpty() ? Map.of()
				: this.selection.rounds(roundIds.values().stream().distinct().toList());
		rows.replaceAll((id, row) -> {
			RoundSummary round = rounds.get(roundIds.get(id));
			return new ApplicationUnderReview(row.id(), row.reference(), row.title(), row.organisationId(),
					names.get(row.organisationId()), row.status(), row.callId(), (round != null) ? round.label() : null);
		});
		return rows;
	}

	/**
	 * Those of these applications whose round's decisions are published (whatever the decision), in two
	 * statements.
	 */
	@Transactional(readOnly = true)
	public Set<Long> decidedInPublishedRound(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		Map<Long, Long> roundIds = this.queries.roundIds(ids);
		Set<Long> published = this.selection.publishedRounds(new HashSet<>(roundIds.values()));
		return roundIds.entrySet()
			.stream()
			.filter((entry) -> published.contains(entry.getValue()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	/** The summaries of these applications by id, in one query; unknown ids are left out. */
	@Transactional(readOnly = true)
	public Map<Long, ApplicationSummary> summaries(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return new LinkedHashMap<>();
		}
		Map<Long, ApplicationSummary> summaries = this.queries.summaries(ids);
		Map<Long, String> names = this.organisations
			.names(summaries.values().stream().map(ApplicationSummary::organisationId).distinct().toList());
		summaries.replaceAll((id, summary) -> new ApplicationSummary(summary.id(), summary.reference(), summary.title(),
				summary.organisationId(), names.get(summary.organisationId()), summary.status(), summary.callId()));
		return summaries;
	}

	/**
	 * The applications of this round that staff see, by reference, with their organisations' names when
	 * {@code withNames}: two statements, or one without the names, whatever their number.
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional(readOnly = true)
	public List<RoundApplication> ofRound(long roundId, boolean withNames) {
		List<RoundApplication> rows = this.queries.ofRound(roundId, null);
		if (!withNames || rows.isEmpty()) {
			return rows;
		}
		Map<Long, String> names = this.organisations
			.names(rows.stream().map(RoundApplication::organisationId).distinct().toList());
		return rows.stream().map((row) -> row.named(names.get(row.organisationId()))).toList();
	}

	/**
	 * Those of these applications that are in this round (staff see them), without their organisations' names, in
	 * one statement: what a committee's form names, read without the rest of a large round.
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional(readOnly = true)
	public List<RoundApplication> ofRound(long roundId, Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.queries.ofRound(roundId, ids);
	}

	/** Every selected application with a start date, by id. */
	@Transactional(readOnly = true)
	public List<SelectedProject> selectedProjects() {
		return this.queries.selectedProjects();
	}

	/**
	 * Everything the application says, if this login is a member of its organisation.
	 * @throws ApplicationNotFoundException otherwise, or when there is no such application
	 */
	@Transactional(readOnly = true)
	public ApplicationDraft draft(long id, CurrentAccount who) {
		return read(id, who, false);
	}

	/**
	 * The application's own tables in one statement, then its organisation's name, its call's maximum and
	 * its round's label from their modules. A member's read checks membership with the organisation module;
	 * staff read it once submitted.
	 */
	private ApplicationDraft read(long id, CurrentAccount who, boolean staff) {
		ApplicationQueries.DraftRow row = this.queries.draftRow(id, staff).orElseThrow(ApplicationNotFoundException::new);
		if (!staff && !this.organisations.isMember(row.organisationId(), who.id())) {
			throw new ApplicationNotFoundException();
		}
		String organisationName = this.organisations.names(List.of(row.organisationId())).get(row.organisationId());
		CallSettings call = this.selection.call(row.callId());
		String roundLabel = (row.roundId() != null) ? this.selection.roundLabels(List.of(row.roundId())).get(row.roundId())
				: null;
		return row.toDraft(organisationName, roundLabel, call.maxAmount(), call.requiredDocuments());
	}

	/** The history of the application, oldest first, if this login is a member of its organisation. */
	@Transactional(readOnly = true)
	public List<StatusChange> history(long id, CurrentAccount who) {
		return historyOf(draft(id, who).organisationId(), id, false);
	}

	/**
	 * The history as staff read it, of an application they have just read (see {@link #submittedApplication}):
	 * the draft they hold says which organisation's members acted, without reading the application again.
	 */
	@Transactional(readOnly = true)
	List<StatusChange> historyForStaff(ApplicationDraft submitted) {
		return historyOf(submitted.organisationId(), submitted.id(), true);
	}

	/**
	 * The lines of the history. A change made by someone who is not a member of the organisation was made
	 * by Apec staff: members read it as the team's, without the person's name (as in the message thread);
	 * staff read the name. Names come from the account module, membership from the organisation module.
	 */
	private List<StatusChange> historyOf(long organisationId, long id, boolean staffView) {
		List<StatusChangeRecord> lines = this.history.findByApplicationId(id);
		Set<Long> changers = new LinkedHashSet<>();
		lines.stream().map(StatusChangeRecord::changedBy).filter(Objects::nonNull).forEach(changers::add);
		Map<Long, AccountName> names = changers.isEmpty() ? Map.of() : this.accounts.names(changers);
		Set<Long> members = this.organisations.membersAmong(organisationId, changers);
		List<StatusChange> changes = new ArrayList<>();
		for (StatusChangeRecord line : lines) {
			Long by = line.changedBy();
			boolean byStaff = by != null && !members.contains(by);
			String name = (by != null && names.containsKey(by)) ? names.get(by).displayName() : null;
			changes.add(new StatusChange(line.from(), line.to(), line.changedAt(), (byStaff && !staffView) ? null : name,
					line.reason(), byStaff));
		}
		return changes;
	}

	/**
	 * The documents of the organisation's vault attached to this application, in the vault's order; read
	 * for a member of the organisation only (the vault checks it).
	 */
	@Transactional(readOnly = true)
	public List<DocumentRow> attachedDocuments(ApplicationDraft draft, CurrentAccount who) {
		return this.vault.documents(draft.organisationId(), who)
			.stream()
			.filter((document) -> draft.documentIds().contains(document.id()))
			.toList();
	}

	/** The state of the application, whoever asks (for checks of this module only). */
	ApplicationStatus statusOf(long id) {
		return this.queries.statusOf(id).orElseThrow(ApplicationNotFoundException::new);
	}

}
