package fr.apec.novapec.report;

import java.time.Clock;
import java.util.Set;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.application.Applications;
import fr.apec.novapec.organisation.DocumentVaultService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's side of laureate reports: open, save and send. It answers only a member of the
 * application's organisation, only for a SELECTED application and only for a kind of report its call asks
 * for: anything else is {@link ReportNotFoundException} (a 404). A report is created when a member first
 * opens it, saved whole or not at all, and sent once: a save or a send locks the report's row before the
 * aggregate checks its state, so of a double click (or two tabs) the second waits for the first and is then
 * refused with {@link ReportNotEditableException}.
 */
@Service
public class ReportWriting {

	private final LaureateReportRepository reports;

	private final Applications applications;

	private final ReportService schedule;

	private final DocumentVaultService vault;

	private final Clock clock;

	ReportWriting(LaureateReportRepository reports, Applications applications, ReportService schedule,
			DocumentVaultService vault, Clock clock) {
		this.reports = reports;
		this.applications = applications;
		this.schedule = schedule;
		this.vault = vault;
		this.clock = clock;
	}

	/**
	 * The report of this kind, created (as a draft) the first time a member opens it, with its application.
	 * @throws ReportNotFoundException when this account is not a member of the application's organisation,
	 * the application is not selected, or its call does not ask for this kind of report
	 */
	@Transactional
	public ReportPage open(long applicationId, ReportKind kind, CurrentAccount who) {
		ApplicationDraft draft = selected(applicationId, who);
		ensure(draft, kind);
		LaureateReport report = this.reports.findByApplicationIdAndKind(draft.id(), kind)
			.orElseThrow(ReportNotFoundException::new);
		return new ReportPage(draft, report.view());
	}

	/**
	 * Saves what the report says, complete or not: figures left out are not kept, a figure for a public the
	 * application does not target or an indicator it does not have is ignored, and only documents of the
	 * application's own organisation are attached.
	 * @throws ReportNotFoundException as {@link #open}
	 * @throws ReportNotEditableException when the report was sent or approved; nothing changed
	 */
	@Transactional
	public void save(long applicationId, ReportKind kind, CurrentAccount who, ReportContent content) {
		ApplicationDraft draft = selected(applicationId, who);
		LaureateReport report = locked(draft, kind);
		report.write(content, draft.publics(), draft.indicators().size(), ownDocuments(draft, content),
				this.clock.instant());
	}

	/**
	 * Saves the report and sends it to staff, once every figure (each public of the application, each
	 * indicator) and the text are given; records this account as its sender.
	 * @throws ReportNotFoundException as {@link #open}
	 * @throws ReportNotEditableException when it was already sent or approved (a second click, another tab);
	 * nothing changed
	 * @throws IncompleteReportException when a figure or the text is missing; nothing changed
	 */
	@Transactional
	public void submit(long applicationId, ReportKind kind, CurrentAccount who, ReportContent content) {
		ApplicationDraft draft = selected(applicationId, who);
		LaureateReport report = locked(draft, kind);
		report.submit(content, draft.publics(), draft.indicators().size(), ownDocuments(draft, content), who.id(),
				this.clock.instant());
	}

	private ApplicationDraft selected(long applicationId, CurrentAccount who) {
		ApplicationDraft draft = this.applications.draft(applicationId, who);
		if (draft.status() != ApplicationStatus.SELECTED) {
			throw new ReportNotFoundException();
		}
		return draft;
	}

	/** Creates the report of this kind unless it exists; a kind the call does not ask for is not found. */
	private void ensure(ApplicationDraft draft, ReportKind kind) {
		ReportSchedule.Due due = this.schedule.dueDates(draft)
			.stream()
			.filter((d) -> d.kind() == kind)
			.findFirst()
			.orElseThrow(ReportNotFoundException::new);
		this.reports.createIfAbsent(draft.id(), kind.name(), due.dueOn());
	}

	/** The report, created if need be, its row locked until the transaction ends. */
	private LaureateReport locked(ApplicationDraft draft, ReportKind kind) {
		ensure(draft, kind);
		return this.reports.findLocked(draft.id(), kind).orElseThrow(ReportNotFoundException::new);
	}

	private Set<Long> ownDocuments(ApplicationDraft draft, ReportContent content) {
		if (content.documentIds().isEmpty()) {
			return Set.of();
		}
		return this.vault.idsOwnedBy(draft.organisationId(), content.documentIds());
	}

}
