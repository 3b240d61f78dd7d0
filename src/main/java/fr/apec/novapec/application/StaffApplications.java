package fr.apec.novapec.application;

import fr.apec.novapec.account.CurrentAccount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.Role;
import fr.apec.novapec.account.StaffDirectory;
import fr.apec.novapec.journal.AuditJournal;
import fr.apec.novapec.organisation.DocumentFile;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.organisation.OrganisationSummary;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.shared.AuditedAction;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications as Apec staff work on them: the list (never a draft: staff see an application once it
 * has been submitted), one application read whole, and the changes of state the lifecycle gives staff:
 * putting it in review, and returning it for changes with a message that is both the reason in its
 * history and a message in its thread. Any id staff may not see answers {@link ApplicationNotFoundException}.
 * Staff and administrators only, by the security context as well as by the URL rules: anyone else gets
 * {@link org.springframework.security.access.AccessDeniedException}.
 */
@Service
@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
public class StaffApplications {

	private final Applications applications;

	private final ApplicationSubmissions submissions;

	private final ApplicationTransitions transitions;

	private final ApplicationMessages messages;

	private final OrganisationService organisations;

	private final AccountService accounts;

	private final ReferenceDataService reference;

	private final DocumentVaultService vault;

	private final StaffApplicationQueries queries;

	private final SelectionService selection;

	private final Audit audit;

	private final StaffDirectory directory;

	private final java.time.Clock clock;

	private final ApplicationOpinions opinions;

	private final StaffNotes notes;

	private final AuditJournal journal;

	StaffApplications(Applications applications, ApplicationSubmissions submissions,
			ApplicationTransitions transitions, ApplicationMessages messages, OrganisationService organisations,
			AccountService accounts, ReferenceDataService reference, StaffApplicationQueries queries,
			SelectionService selection, DocumentVaultService vault, StaffDirectory directory, Audit audit,
			java.time.Clock clock, ApplicationOpinions opinions, StaffNotes notes, AuditJournal journal) {
		this.opinions = opinions;
		this.notes = notes;
		this.journal = journal;
		this.audit = audit;
		this.clock = clock;
		this.vault = vault;
		this.directory = directory;
		this.applications = applications;
		this.submissions = submissions;
		this.transitions = transitions;
		this.messages = messages;
		this.organisations = organisations;
		this.accounts = accounts;
		this.reference = reference;
		this.queries = queries;
		this.selection = selection;
	}

	/**
	 * One page of the applications staff see, in this state or in any (null), most recently submitted
	 * first, in a fixed number of statements whatever the page's size.
	 * @param page from 1; a page past the end is empty
	 */
	@Transactional(readOnly = true)
	public StaffApplicationPage page(ApplicationStatus status, int page, int size) {
		return page(status, null, page, size);
	}

	/**
	 * One page of the applications staff see, as {@link #page(ApplicationStatus, int, int)}, narrowed to
	 * those whose reference (NOVA-2026-000123, or a part of it such as 000123), title or organisation's
	 * name contains the words searched, whatever their case. A fixed number of statements whatever the
	 * page's size: the organisations named like the search (when searching), the count, the page's rows,
	 * then their organisations' names and their rounds, each in one.
	 * @param search what staff typed, or null (or blank) for every application
	 */
	@Transactional(readOnly = true)
	public StaffApplicationPage page(ApplicationStatus status, String search, int page, int size) {
		String pattern = likePattern(search);
		StaffApplicationQueries.Criteria criteria = StaffApplicationQueries.Criteria.of(status, pattern,
				organisationsNamedLike(pattern));
		long total = this.queries.count(criteria);
		List<StaffApplicationQueries.Row> rows = this.queries.page(criteria, StaffInboxSort.NEWEST, size,
				offset(page, size));
		List<Long> roundIds = rows.stream()
			.map(StaffApplicationQueries.Row::roundId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		Map<Long, String> rounds = roundLabels(roundIds);
		return new StaffApplicationPage(items(rows, rounds), total, Math.max(page, 1), size);
	}

	/**
	 * The staff inbox: one page of the applications staff see narrowed by the filter, in its order, with how
	 * many match in each state (every filter but the state) and the rounds to choose from. The team is
	 * resolved here, from who asks, never from the request: by default (a null team) a staff member of a
	 * regional team sees the applications with one of its regions (lead or not), while an administrator or a
	 * staff member without a team sees all; {@link StaffInboxFilter.Team#MY_REGIONS} without a team is all.
	 * A fixed number of statements whatever the page's size and the filters: the team's regions, the
	 * organisations named like the search (only when searching), the rounds' ids and labels, the counts, the
	 * page's rows and their organisations' names (only when the page has rows).
	 * @param page from 1; a page past the end is empty
	 */
	@Transactional(readOnly = true)
	public StaffInbox inbox(CurrentAccount who, StaffInboxFilter filter, int page, int size) {
		Set<String> teamRegions = this.directory.regionsOf(who.id());
		StaffInboxFilter.Team team = team(who, filter, teamRegions);
		StaffApplicationQueries.Criteria criteria = criteria(filter, team, teamRegions);
		// Every round that has applications, with its label: the filter's options, and the rows' rounds.
		Map<Long, String> rounds = roundLabels(this.queries.roundIds());
		Map<ApplicationStatus, Long> counts = this.queries.countsByStatus(criteria);
		long total = (filter.status() != null) ? counts.getOrDefault(filter.status(), 0L)
				: counts.values().stream().mapToLong(Long::longValue).sum();
		List<StaffApplicationQueries.Row> rows = this.queries.page(criteria, filter.sort(), size, offset(page, size));
		StaffApplicationPage result = new StaffApplicationPage(items(rows, rounds), total, Math.max(page, 1), size);
		return new StaffInbox(result, counts, rounds, teamRegions, team);
	}

	/**
	 * Every application of the inbox for this filter (its team resolved as {@link #inbox} does, so that an
	 * export holds exactly what the page lists, all pages together), in its order, handed one by one to
	 * {@code each} as the database sends them, inside one read-only transaction: nothing but the rows' codes and
	 * the organisations' names is held in memory. A fixed number of statements however many rows: the team's
	 * regions, the organisations named like the search (only when searching), the rows' organisations and
	 * their names and SIRET, the rounds' ids and labels, then the rows themselves.
	 */
	@Transactional(readOnly = true)
	public void export(CurrentAccount who, StaffInboxFilter filter, Consumer<InboxExportRow> each) {
		Set<String> teamRegions = this.directory.regionsOf(who.id());
		StaffApplicationQueries.Criteria criteria = criteria(filter, team(who, filter, teamRegions), teamRegions);
		Map<Long, OrganisationSummary> organisations = this.organisations
			.summaries(this.queries.organisationIds(criteria));
		Map<Long, String> rounds = roundLabels(this.queries.roundIds());
		this.queries.export(criteria, filter.sort(), (row) -> {
			OrganisationSummary organisation = organisations.get(row.organisationId());
			each.accept(new InboxExportRow(row.reference(), row.title(),
					(organisation != null) ? organisation.name() : null,
					(organisation != null) ? organisation.siret() : null, row.leadRegionCode(), row.regionCodes(),
					row.themeCode(), row.publicCodes(), row.status(),
					(row.roundId() != null) ? rounds.get(row.roundId()) : null, row.requestedAmount(),
					row.submittedAt()));
		});
	}

	/**
	 * Whose applications the inbox lists, resolved from who asks, never from the request: by default (a null
	 * team) a staff member of a regional team sees its regions, an administrator or a staff member without a
	 * team all; {@link StaffInboxFilter.Team#MY_REGIONS} without a team is all.
	 */
	private static StaffInboxFilter.Team team(CurrentAccount who, StaffInboxFilter filter, Set<String> teamRegions) {
		StaffInboxFilter.Team team = filter.team();
		if (team == null) {
			team = (!teamRegions.isEmpty() && !who.has(Role.ADMIN)) ? StaffInboxFilter.Team.MY_REGIONS
					: StaffInboxFilter.Team.ALL;
		}
		return teamRegions.isEmpty() ? StaffInboxFilter.Team.ALL : team;
	}

	/** The SQL criteria of the filter, for this team (the organisations named like the search asked here). */
	private StaffApplicationQueries.Criteria criteria(StaffInboxFilter filter, StaffInboxFilter.Team team,
			Set<String> teamRegions) {
		String pattern = likePattern(filter.search());
		return new StaffApplicationQueries.Criteria(filter.status(), filter.roundId(), filter.themeCode(),
				filter.regionCode(), filter.publicCode(),
				(team == StaffInboxFilter.Team.MY_REGIONS) ? teamRegions.stream().sorted().toArray(String[]::new)
						: null,
				pattern, organisationsNamedLike(pattern), filter.awaitingAnswer(), filter.minScore());
	}

	private static long offset(int page, int size) {
		return (long) (Math.max(page, 1) - 1) * size;
	}

	private Long[] organisationsNamedLike(String pattern) {
		return (pattern != null) ? this.organisations.idsNamedLike(pattern).toArray(Long[]::new) : null;
	}

	private Map<Long, String> roundLabels(List<Long> roundIds) {
		return roundIds.isEmpty() ? Map.of() : this.selection.roundLabels(roundIds);
	}

	/** The rows with their organisations' names, asked in one statement, and their rounds' labels. */
	private List<StaffApplicationRow> items(List<StaffApplicationQueries.Row> rows, Map<Long, String> rounds) {
		Map<Long, String> organisationNames = rows.isEmpty() ? Map.of()
				: this.organisations.names(rows.stream().map(StaffApplicationQueries.Row::organisationId).distinct().toList());
		return rows.stream()
			.map((row) -> new StaffApplicationRow(row.id(), row.reference(), row.title(),
					organisationNames.get(row.organisationId()), row.status(),
					(row.roundId() != null) ? rounds.get(row.roundId()) : null, row.submittedAt(),
					row.requestedAmount(), row.awaitingAnswer(), row.weightedScore()))
			.toList();
	}

	/** A pattern for ilike that finds the words searched anywhere, their % and _ taken literally; null for none. */
	static String likePattern(String search) {
		if (search == null || search.isBlank()) {
			return null;
		}
		String words = search.strip().replaceAll("\\s+", " ");
		return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/**
	 * The whole application as staff read it.
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 */
	@Transactional(readOnly = true)
	public StaffApplicationView application(long id) {
		ApplicationDraft draft = this.applications.submittedApplication(id);
		return view(draft, this.queries.lastSubmission(id));
	}

	/**
	 * The application's page for staff in one read transaction, the application read once: the whole
	 * application ({@link #application}), its eligibility check ({@link #eligibility}), the opinions given on it
	 * and the regions for which this account may give one ({@link ApplicationOpinions}), its private notes
	 * ({@link StaffNotes}) and its audit journal.
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 */
	@Transactional(readOnly = true)
	public StaffApplicationRead read(long id, CurrentAccount who) {
		ApplicationDraft draft = this.applications.submittedApplication(id);
		Optional<Map.Entry<Long, Instant>> submission = this.queries.lastSubmission(id);
		return new StaffApplicationRead(view(draft, submission), eligibility(draft, who, submission),
				this.opinions.opinions(id), this.opinions.regionsFor(draft, who), this.notes.notesOf(id),
				this.journal.entriesOf(id));
	}

	private StaffApplicationView view(ApplicationDraft draft, Optional<Map.Entry<Long, Instant>> submission) {
		// The vault's rows of the attached documents, ordered by kind then name as the page lists them.
		List<StaffApplicationView.AttachedDocument> documents = this.vault
			.documentsForStaff(draft.organisationId(), draft.documentIds())
			.stream()
			.map((row) -> new StaffApplicationView.AttachedDocument(row.id(), row.kind().name(), row.originalName(),
					row.sizeBytes(), row.validUntil()))
			.sorted(java.util.Comparator.comparing(StaffApplicationView.AttachedDocument::kind)
				.thenComparing(StaffApplicationView.AttachedDocument::originalName))
			.toList();
		List<ApplicationStatus> actions = Lifecycle.next(draft.status())
			.entrySet()
			.stream()
			.filter((next) -> next.getValue() == Actor.STAFF)
			// Review happens within a round: an application still waiting for one cannot be put in review.
			.filter((next) -> next.getKey() != ApplicationStatus.IN_REVIEW || draft.roundLabel() != null)
			.map(java.util.Map.Entry::getKey)
			.toList();
		Map<String, String> regionNames = new LinkedHashMap<>();
		this.reference.regions().forEach((region) -> regionNames.put(region.code(), region.name()));
		return new StaffApplicationView(draft, this.organisations.identityForStaff(draft.organisationId()),
				submitter(submission), regionNames, documents, this.applications.historyForStaff(draft),
				this.messages.threadForStaff(draft.id()), actions, this.queries.weightedScore(draft.id()));
	}

	/**
	 * The eligibility rules of the submission run again on today's data (the organisation's standing and its
	 * vault), with each document that counts and whether it was valid at the submission and is today, and
	 * whether this account may decide the application's eligibility.
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 */
	@Transactional(readOnly = true)
	public EligibilityCheck eligibility(long id, CurrentAccount who) {
		return eligibility(this.applications.submittedApplication(id), who, this.queries.lastSubmission(id));
	}

	private EligibilityCheck eligibility(ApplicationDraft draft, CurrentAccount who,
			Optional<Map.Entry<Long, Instant>> submission) {
		LocalDate today = LocalDate.now(this.clock.withZone(fr.apec.novapec.shared.Formats.PARIS));
		LocalDate submittedOn = submission
			.map((change) -> LocalDate.ofInstant(change.getValue(), fr.apec.novapec.shared.Formats.PARIS))
			.orElse(null);
		List<DocumentRow> vault = this.vault.vaultForStaff(draft.organisationId());
		List<Blocker> blockers = Eligibility.check(this.organisations.profileForStaff(draft.organisationId()),
				draft.publics(), vault, today);
		List<EligibilityCheck.CheckedDocument> documents = vault.stream()
			.filter((row) -> Eligibility.REQUIRED_DOCUMENTS.contains(row.kind()) || draft.documentIds().contains(row.id()))
			.map((row) -> new EligibilityCheck.CheckedDocument(row.kind().name(), row.originalName(),
					Eligibility.REQUIRED_DOCUMENTS.contains(row.kind()), draft.documentIds().contains(row.id()),
					LocalDate.ofInstant(row.uploadedAt(), fr.apec.novapec.shared.Formats.PARIS), row.validUntil(),
					(submittedOn != null) ? validOn(row, submittedOn) : null, validOn(row, today)))
			.toList();
		return new EligibilityCheck(today, submittedOn, blockers, documents,
				this.transitions.decidesEligibility(who, draft.leadRegion()));
	}

	/** Valid that day: not expired (a document valid until that very day still counts, as at submission). */
	private static boolean validOn(DocumentRow row, LocalDate day) {
		return row.validUntil() == null || !row.validUntil().isBefore(day);
	}

	/** Who made the last submission of the application (the last change to SUBMITTED), and when. */
	private StaffApplicationView.Submitter submitter(Optional<Map.Entry<Long, Instant>> submission) {
		return submission
			.flatMap((change) -> Optional.ofNullable(this.accounts.names(Set.of(change.getKey())).get(change.getKey()))
				.map((account) -> new StaffApplicationView.Submitter(account.displayName(), account.email(),
						change.getValue())))
			.orElse(null);
	}

	/**
	 * The PDF of the whole application, the one its members download, for staff; the audit journal keeps who
	 * downloaded it.
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 */
	public byte[] pdf(long id, CurrentAccount who) {
		return this.submissions.pdfForStaff(id, who);
	}

	/**
	 * A document of the vault attached to an application staff may see, with its bytes. Only a document
	 * attached to that application is given: staff do not browse an organisation's vault through it. The audit
	 * journal keeps who downloaded it.
	 * @throws ApplicationNotFoundException otherwise (not attached, another application's, never submitted)
	 */
	@Transactional
	public DocumentFile document(long id, long documentId, CurrentAccount who) {
		ApplicationDraft draft = this.applications.submittedApplication(id);
		if (!draft.documentIds().contains(documentId)) {
			throw new ApplicationNotFoundException();
		}
		DocumentFile file = this.vault.file(draft.organisationId(), documentId)
			.orElseThrow(ApplicationNotFoundException::new);
		this.audit.record(id, who.id(), AuditedAction.Action.DOCUMENT_DOWNLOAD, file.originalName(), null);
		return file;
	}

	/**
	 * Puts a submitted application in review; its members are told by mail.
	 * @throws ApplicationNotFoundException when staff may not see it
	 * @throws IllegalTransitionException when it is no longer submitted (another change came first)
	 * @throws WaitingForRoundException when it waits for the next selection round, in which it is reviewed
	 */
	@Transactional
	public void putInReview(long id, CurrentAccount who) {
		this.messages.lockForStaff(id);
		this.transitions.putInReview(id, who);
	}

	/**
	 * Finds a submitted application not eligible: it is rejected with this reason, kept in its history and
	 * mailed to its members. Only an administrator or staff of the lead region's team decide.
	 * @throws ApplicationNotFoundException when staff may not see it
	 * @throws org.springframework.security.access.AccessDeniedException when this account may not decide
	 * @throws IllegalTransitionException when it is no longer submitted (another decision came first)
	 */
	@Transactional
	public void declareIneligible(long id, CurrentAccount who, String reason) {
		this.messages.lockForStaff(id);
		this.transitions.declareIneligible(id, who, reason.strip());
	}

	/**
	 * Returns a submitted application to its organisation for changes: the message saying what to change
	 * is the reason in its history and a message of staff in its thread, and the members get it by mail;
	 * all in one transaction.
	 * @throws ApplicationNotFoundException when staff may not see it
	 * @throws MessageRefusedException when the message is empty or too long; nothing changed
	 * @throws IllegalTransitionException when it is no longer submitted (another change came first)
	 */
	@Transactional
	public void returnForChanges(long id, CurrentAccount who, String message) {
		this.messages.lockForStaff(id);
		String reason = ApplicationMessages.check(message, null).text();
		this.transitions.returnForChanges(id, who, reason);
		this.messages.writeQuietlyAsStaff(id, who, reason);
	}

}
