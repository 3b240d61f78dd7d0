package fr.apec.novapec.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.apec.novapec.account.AccountName;
import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.ApplicationSummary;
import fr.apec.novapec.application.Applications;
import fr.apec.novapec.laureate.LaureateService;
import fr.apec.novapec.organisation.DocumentFile;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.shared.mail.MailOutbox;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's side of laureate reports: the reports waiting for a decision, a sent report with planned
 * against reached and target against achieved, its documents, and the decision, taken once: a decision locks
 * the report's row before the aggregate checks that it is still waiting, so of two concurrent decisions the
 * second waits for the first and is refused with {@link ReportAlreadyDecidedException}. The members are told
 * by mail, and approved figures go to the laureate's public record. Staff and administrators only, here as
 * well as in the URL rules.
 */
@Service
@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
public class ReportReview {

	private final LaureateReportRepository reports;

	private final Applications applications;

	private final DocumentVaultService vault;

	private final OrganisationService organisations;

	private final AccountService accounts;

	private final LaureateService laureates;

	private final MailOutbox mail;

	private final Clock clock;

	ReportReview(LaureateReportRepository reports, Applications applications, DocumentVaultService vault,
			OrganisationService organisations, AccountService accounts, LaureateService laureates, MailOutbox mail,
			Clock clock) {
		this.reports = reports;
		this.applications = applications;
		this.vault = vault;
		this.organisations = organisations;
		this.accounts = accounts;
		this.laureates = laureates;
		this.mail = mail;
		this.clock = clock;
	}

	/** The reports sent and waiting for a decision, the earliest sent first: one query, and one for their applications. */
	@Transactional(readOnly = true)
	public List<SubmittedReportRow> submittedReports() {
		List<WaitingReport> waiting = this.reports.waiting();
		Map<Long, ApplicationSummary> summaries = this.applications
			.summaries(waiting.stream().map(WaitingReport::applicationId).collect(Collectors.toSet()));
		List<SubmittedReportRow> rows = new ArrayList<>();
		for (WaitingReport report : waiting) {
			ApplicationSummary application = summaries.get(report.applicationId());
			if (application != null) {
				rows.add(new SubmittedReportRow(report.id(), application.organisationName(), application.title(),
						report.kind(), report.dueOn(), report.submittedAt(), application.reference()));
			}
		}
		return rows;
	}

	/**
	 * A report as staff read it, once its organisation has sent it (a draft is the organisation's own).
	 * @throws ReportNotFoundException when there is no such sent report
	 */
	@Transactional(readOnly = true)
	public StaffReport staffReport(long reportId) {
		LaureateReport report = sent(reportId);
		ApplicationDraft application = this.applications.submittedApplication(report.getApplicationId());
		Map<String, Integer> reached = report.getReached();
		List<StaffReport.PublicFigures> publics = application.publics()
			.stream()
			.map((code) -> new StaffReport.PublicFigures(code, application.planned().get(code), reached.get(code)))
			.toList();
		Map<Integer, Integer> achieved = report.getAchieved();
		List<StaffReport.IndicatorFigures> indicators = new ArrayList<>();
		for (int i = 0; i < application.indicators().size(); i++) {
			ApplicationDraft.Indicator indicator = application.indicators().get(i);
			indicators.add(new StaffReport.IndicatorFigures(indicator.label(), indicator.target(), achieved.get(i + 1)));
		}
		List<StaffReport.AttachedDocument> documents = this.vault
			.documentsForStaff(application.organisationId(), report.getDocumentIds())
			.stream()
			.map((document) -> new StaffReport.AttachedDocument(document.id(), document.kind(), document.originalName()))
			.sorted(Comparator.comparing(StaffReport.AttachedDocument::kind).thenComparing(StaffReport.AttachedDocument::id))
			.toList();
		String submittedBy = (report.getSubmittedBy() != null) ? this.accounts.names(Set.of(report.getSubmittedBy()))
			.values()
			.stream()
			.map(AccountName::displayName)
			.findFirst()
			.orElse(null) : null;
		return new StaffReport(report.getId(), report.getApplicationId(), application.organisationName(),
				application.title(), report.getKind(), report.getDueOn(), report.getStatus(), report.getText(),
				report.getSubmittedAt(), submittedBy, report.getDecidedAt(), report.getStaffComment(), publics,
				indicators, documents, application.reference());
	}

	/**
	 * A document attached to a sent report, with its bytes. Only a document attached to that report is given:
	 * staff do not browse an organisation's vault through a report.
	 * @throws ReportNotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public DocumentFile document(long reportId, long documentId) {
		LaureateReport report = sent(reportId);
		if (!report.getDocumentIds().contains(documentId)) {
			throw new ReportNotFoundException();
		}
		return this.vault.file(organisationOf(report).organisationId(), documentId)
			.orElseThrow(ReportNotFoundException::new);
	}

	/**
	 * Approves a sent report and records this account as its decider. In the same transaction the laureate
	 * project of the application, if there is one, gets as its reached beneficiaries the sum of the figures of
	 * its latest approved report (the final one over the interim one), and every member of the organisation is
	 * told by mail.
	 * @throws ReportNotFoundException when there is no such sent report
	 * @throws ReportAlreadyDecidedException when it is no longer waiting (another decision came first)
	 */
	@Transactional
	public void approve(long reportId, CurrentAccount who) {
		LaureateReport report = lockedSent(reportId);
		report.approve(who.id(), this.clock.instant());
		Integer reached = this.reports.findByApplicationIdAndStatus(report.getApplicationId(), ReportStatus.APPROVED)
			.stream()
			.min(Comparator.comparing((LaureateReport approved) -> approved.getKind() != ReportKind.FINAL))
			.map(LaureateReport::reachedInAll)
			.orElse(null);
		if (reached != null) {
			// No laureate project yet (the round's publication is later): nothing to update now, and the
			// publication must then take the reached beneficiaries from the latest approved report.
			this.laureates.recordReachedBeneficiaries(report.getApplicationId(), reached);
		}
		tellMembers(report, "report-approved", null);
	}

	/**
	 * Returns a sent report to its organisation with what to change: it can be changed and sent again, and
	 * every member of the organisation is told by mail with the comment.
	 * @throws IllegalArgumentException when the comment is empty or longer than 2 000 characters
	 * @throws ReportNotFoundException when there is no such sent report
	 * @throws ReportAlreadyDecidedException when it is no longer waiting (another decision came first)
	 */
	@Transactional
	public void returnForChanges(long reportId, CurrentAccount who, String comment) {
		LaureateReport report = lockedSent(reportId);
		report.returnForChanges(who.id(), comment, this.clock.instant());
		tellMembers(report, "report-returned", report.getStaffComment());
	}

	private LaureateReport sent(long reportId) {
		return this.reports.findById(reportId)
			.filter((report) -> report.getStatus() != ReportStatus.DRAFT)
			.orElseThrow(ReportNotFoundException::new);
	}

	private LaureateReport lockedSent(long reportId) {
		return this.reports.findLockedById(reportId)
			.filter((report) -> report.getStatus() != ReportStatus.DRAFT)
			.orElseThrow(ReportNotFoundException::new);
	}

	private ApplicationSummary organisationOf(LaureateReport report) {
		ApplicationSummary summary = this.applications.summaries(List.of(report.getApplicationId()))
			.get(report.getApplicationId());
		if (summary == null) {
			throw new ReportNotFoundException();
		}
		return summary;
	}

	private void tellMembers(LaureateReport report, String template, String comment) {
		ApplicationSummary application = organisationOf(report);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("applicationId", report.getApplicationId());
		model.put("title", application.title());
		model.put("organisationName", application.organisationName());
		model.put("kind", report.getKind().name());
		model.put("kindSlug", report.getKind().slug());
		model.put("comment", comment);
		for (String member : this.organisations.memberEmails(application.organisationId())) {
			this.mail.enqueue(member, template, model, application.title());
		}
	}

}
