package fr.apec.novapec.report;

import fr.apec.novapec.account.CurrentAccount;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.ApplicationService;
import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.laureate.LaureateService;
import fr.apec.novapec.organisation.DocumentFile;
import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.shared.EmailAddresses;
import fr.apec.novapec.shared.mail.MailOutbox;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of selected applications. The organisation's side answers only a member of the
 * application's organisation, only for a SELECTED application and only for a kind of report its call asks
 * for: anything else is {@link ReportNotFoundException} (a 404). A report is created when a member first
 * opens it, saved whole or not at all, and sent once: every change names the state it was read in, so of
 * two concurrent sends or decisions only one passes. Staff approve a sent report or return it with a
 * comment; the members are told by mail, and approved figures go to the laureate's public record.
 */
@Service
public class ReportService {

	private final JdbcClient jdbc;

	private final ApplicationService applications;

	private final LaureateService laureates;

	private final MailOutbox mail;

	ReportService(JdbcClient jdbc, ApplicationService applications, LaureateService laureates, MailOutbox mail) {
		this.jdbc = jdbc;
		this.applications = applications;
		this.laureates = laureates;
		this.mail = mail;
	}

	/**
	 * The reports a selected application owes, each with its due day and where it stands; empty for an
	 * application in any other state. The draft comes from {@link ApplicationService#draft}, which checked
	 * that its reader is a member.
	 */
	@Transactional(readOnly = true)
	public List<ReportDue> schedule(ApplicationDraft draft) {
		if (draft.status() != ApplicationStatus.SELECTED) {
			return List.of();
		}
		Map<ReportKind, ReportStatus> statuses = new LinkedHashMap<>();
		this.jdbc.sql("select kind, status from laureate_report where application_id = :id")
			.param("id", draft.id())
			.query((RowCallbackHandler) (rs) -> statuses.put(ReportKind.valueOf(rs.getString(1)),
					ReportStatus.valueOf(rs.getString(2))));
		return dueDates(draft).stream()
			.map((due) -> new ReportDue(due.kind(), due.dueOn(), statuses.get(due.kind())))
			.toList();
	}

	/**
	 * When the first reports of the programme are due: the earliest due day over every selected application
	 * (from its start, its duration and its call's settings), and the calls' interim delay, for the public
	 * to know when the first reached figures can come.
	 */
	@Transactional(readOnly = true)
	public FirstReports firstReports() {
		List<LocalDate> due = new ArrayList<>();
		this.jdbc.sql("""
				select g.start_date, g.duration_months, c.interim_report_months, c.final_report_due
				from grant_application g join call_for_projects c on c.id = g.call_id
				where g.status = 'SELECTED' and g.start_date is not null""")
			.query((RowCallbackHandler) (rs) -> ReportSchedule
				.of(rs.getObject("start_date", LocalDate.class), rs.getObject("duration_months", Integer.class),
						rs.getObject("interim_report_months", Integer.class), rs.getBoolean("final_report_due"))
				.forEach((d) -> due.add(d.dueOn())));
		Integer interimMonths = this.jdbc.sql("select min(interim_report_months) from call_for_projects")
			.query(Integer.class)
			.optional()
			.orElse(null);
		return new FirstReports(due.stream().min(LocalDate::compareTo).orElse(null), interimMonths);
	}

	/**
	 * The report of this kind, created (as a draft) the first time a member opens it, with its application.
	 * @throws ReportNotFoundException when this login is not a member of the application's organisation, the
	 * application is not selected, or its call does not ask for this kind of report
	 */
	@Transactional
	public ReportPage open(long applicationId, ReportKind kind, CurrentAccount who) {
		ApplicationDraft draft = selected(applicationId, who);
		long reportId = ensure(draft, kind);
		return new ReportPage(draft, read(reportId));
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
		long reportId = lockEditable(draft, kind);
		write(reportId, draft, content);
	}

	/**
	 * Saves the report and sends it to staff, once every figure (each public of the application, each
	 * indicator) and the text are given. The report row is locked and the change names the states it may
	 * come from, so a double click sends once: the second finds it sent and is refused.
	 * @throws ReportNotFoundException as {@link #open}
	 * @throws ReportNotEditableException when it was already sent or approved; nothing changed
	 * @throws IncompleteReportException when a figure or the text is missing; nothing changed
	 */
	@Transactional
	public void submit(long applicationId, ReportKind kind, CurrentAccount who, ReportContent content) {
		String email = who.email();
		ApplicationDraft draft = selected(applicationId, who);
		long reportId = lockEditable(draft, kind);
		if (!complete(draft, content)) {
			throw new IncompleteReportException();
		}
		write(reportId, draft, content);
		int sent = this.jdbc.sql("""
				update laureate_report set status = 'SUBMITTED', submitted_at = now(), updated_at = now(),
				       submitted_by = (select id from account where email = :email)
				where id = :id and status in ('DRAFT', 'RETURNED')""")
			.param("email", normalise(email))
			.param("id", reportId)
			.update();
		if (sent != 1) {
			throw new ReportNotEditableException(ReportStatus.SUBMITTED);
		}
	}

	/** The reports sent and waiting for a staff decision, the earliest sent first, in one query. */
	@Transactional(readOnly = true)
	public List<SubmittedReportRow> submittedReports() {
		return this.jdbc.sql("""
				select r.id, o.name, g.title, r.kind, r.due_on, r.submitted_at, g.reference
				from laureate_report r
				join grant_application g on g.id = r.application_id
				join organisation o on o.id = g.organisation_id
				where r.status = 'SUBMITTED'
				order by r.submitted_at, r.id""")
			.query((rs, n) -> new SubmittedReportRow(rs.getLong(1), rs.getString(2), rs.getString(3),
					ReportKind.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate(),
					rs.getTimestamp(6).toInstant(), rs.getString(7)))
			.list();
	}

	/**
	 * A report as staff read it, once its organisation has sent it (a draft is the organisation's own).
	 * @throws ReportNotFoundException when there is no such sent report
	 */
	@Transactional(readOnly = true)
	public StaffReport staffReport(long reportId) {
		Map<String, Object> row = this.jdbc.sql("""
				select r.id, r.application_id, g.reference, o.name as organisation_name, g.title, r.kind, r.due_on, r.status,
				       r.text, r.submitted_at, a.display_name as submitted_by, r.decided_at, r.staff_comment
				from laureate_report r
				join grant_application g on g.id = r.application_id
				join organisation o on o.id = g.organisation_id
				left join account a on a.id = r.submitted_by
				where r.id = :id and r.status <> 'DRAFT'""")
			.param("id", reportId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(ReportNotFoundException::new);
		long applicationId = ((Number) row.get("application_id")).longValue();
		List<StaffReport.PublicFigures> publics = this.jdbc.sql("""
				select p.public_code, b.planned, f.reached
				from application_public p
				join target_public t on t.code = p.public_code
				left join application_beneficiary b on b.application_id = p.application_id and b.public_code = p.public_code
				left join report_beneficiary f on f.report_id = :report and f.public_code = p.public_code
				where p.application_id = :application order by t.position""")
			.param("report", reportId)
			.param("application", applicationId)
			.query((rs, n) -> new StaffReport.PublicFigures(rs.getString(1), rs.getObject(2, Integer.class),
					rs.getObject(3, Integer.class)))
			.list();
		List<StaffReport.IndicatorFigures> indicators = this.jdbc.sql("""
				select i.label, i.target, f.achieved
				from impact_indicator i
				left join report_indicator f on f.report_id = :report and f.position = i.position
				where i.application_id = :application order by i.position""")
			.param("report", reportId)
			.param("application", applicationId)
			.query((rs, n) -> new StaffReport.IndicatorFigures(rs.getString(1), rs.getInt(2),
					rs.getObject(3, Integer.class)))
			.list();
		List<StaffReport.AttachedDocument> documents = this.jdbc.sql("""
				select d.id, d.kind, d.original_name from report_document rd
				join organisation_document d on d.id = rd.document_id
				where rd.report_id = :report order by d.kind, d.id""")
			.param("report", reportId)
			.query((rs, n) -> new StaffReport.AttachedDocument(rs.getLong(1), DocumentKind.valueOf(rs.getString(2)),
					rs.getString(3)))
			.list();
		return new StaffReport(reportId, applicationId, (String) row.get("organisation_name"),
				(String) row.get("title"), ReportKind.valueOf((String) row.get("kind")),
				((Date) row.get("due_on")).toLocalDate(), ReportStatus.valueOf((String) row.get("status")),
				(String) row.get("text"), instant(row.get("submitted_at")), (String) row.get("submitted_by"),
				instant(row.get("decided_at")), (String) row.get("staff_comment"), publics, indicators, documents,
				(String) row.get("reference"));
	}

	/**
	 * A document attached to a sent report, with its bytes, for staff. Only a document attached to that
	 * report is given: staff do not browse an organisation's vault through a report.
	 * @throws ReportNotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public DocumentFile document(long reportId, long documentId) {
		return this.jdbc.sql("""
				select d.original_name, d.media_type, d.content, d.sha256
				from report_document rd
				join laureate_report r on r.id = rd.report_id
				join organisation_document d on d.id = rd.document_id
				where rd.report_id = :report and rd.document_id = :document and r.status <> 'DRAFT'""")
			.param("report", reportId)
			.param("document", documentId)
			.query(DocumentFile.class)
			.optional()
			.orElseThrow(ReportNotFoundException::new);
	}

	/**
	 * Approves a sent report. In the same transaction the laureate project of the application, if there is
	 * one, gets as its reached beneficiaries the sum of the figures of its latest approved report (the final
	 * one over the interim one), and every member of the organisation is told by mail.
	 * @throws ReportNotFoundException when there is no such sent report
	 * @throws ReportAlreadyDecidedException when it is no longer waiting (another decision came first)
	 */
	@Transactional
	public void approve(long reportId, CurrentAccount who) {
		String staffEmail = who.email();
		long applicationId = decide(reportId, staffEmail, ReportStatus.APPROVED, null);
		Integer reached = this.jdbc.sql("""
				select sum(b.reached) from report_beneficiary b
				where b.report_id = (select r.id from laureate_report r
				                     where r.application_id = :application and r.status = 'APPROVED'
				                     order by case r.kind when 'FINAL' then 0 else 1 end limit 1)""")
			.param("application", applicationId)
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (reached != null) {
			// No laureate project yet (the round's publication is later): nothing to update now, and the
			// publication must then take the reached beneficiaries from the latest approved report.
			this.laureates.recordReachedBeneficiaries(applicationId, reached);
		}
		tellMembers(reportId, "report-approved", null);
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
		String staffEmail = who.email();
		String trimmed = (comment != null) ? comment.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > 2000) {
			throw new IllegalArgumentException("A comment of 1 to 2000 characters is needed to return a report");
		}
		decide(reportId, staffEmail, ReportStatus.RETURNED, trimmed);
		tellMembers(reportId, "report-returned", trimmed);
	}

	// The organisation's side

	private ApplicationDraft selected(long applicationId, CurrentAccount who) {
		ApplicationDraft draft = this.applications.draft(applicationId, who);
		if (draft.status() != ApplicationStatus.SELECTED) {
			throw new ReportNotFoundException();
		}
		return draft;
	}

	private List<ReportSchedule.Due> dueDates(ApplicationDraft draft) {
		Map<String, Object> call = this.jdbc.sql("""
				select c.interim_report_months, c.final_report_due from grant_application g
				join call_for_projects c on c.id = g.call_id where g.id = :id""")
			.param("id", draft.id())
			.query()
			.singleRow();
		return ReportSchedule.of(draft.startDate(), draft.durationMonths(), (Integer) call.get("interim_report_months"),
				(Boolean) call.get("final_report_due"));
	}

	/** The id of the report of this kind, created the first time; two first openings at once create one. */
	private long ensure(ApplicationDraft draft, ReportKind kind) {
		ReportSchedule.Due due = dueDates(draft).stream()
			.filter((d) -> d.kind() == kind)
			.findFirst()
			.orElseThrow(ReportNotFoundException::new);
		this.jdbc.sql("""
				insert into laureate_report (application_id, kind, due_on) values (:application, :kind, :due)
				on conflict (application_id, kind) do nothing""")
			.param("application", draft.id())
			.param("kind", kind.name())
			.param("due", due.dueOn())
			.update();
		return this.jdbc.sql("select id from laureate_report where application_id = :application and kind = :kind")
			.param("application", draft.id())
			.param("kind", kind.name())
			.query(Long.class)
			.single();
	}

	private long lockEditable(ApplicationDraft draft, ReportKind kind) {
		long reportId = ensure(draft, kind);
		ReportStatus status = ReportStatus.valueOf(this.jdbc.sql("select status from laureate_report where id = :id for update")
			.param("id", reportId)
			.query(String.class)
			.single());
		if (!status.editable()) {
			throw new ReportNotEditableException(status);
		}
		return reportId;
	}

	private ReportView read(long reportId) {
		Map<String, Object> row = this.jdbc.sql("select * from laureate_report where id = :id")
			.param("id", reportId)
			.query()
			.singleRow();
		Map<String, Integer> reached = new LinkedHashMap<>();
		this.jdbc.sql("select public_code, reached from report_beneficiary where report_id = :id")
			.param("id", reportId)
			.query((RowCallbackHandler) (rs) -> reached.put(rs.getString(1), rs.getInt(2)));
		Map<Integer, Integer> achieved = new LinkedHashMap<>();
		this.jdbc.sql("select position, achieved from report_indicator where report_id = :id order by position")
			.param("id", reportId)
			.query((RowCallbackHandler) (rs) -> achieved.put(rs.getInt(1), rs.getInt(2)));
		List<Long> documentIds = this.jdbc.sql("select document_id from report_document where report_id = :id order by document_id")
			.param("id", reportId)
			.query(Long.class)
			.list();
		return new ReportView(reportId, ((Number) row.get("application_id")).longValue(),
				ReportKind.valueOf((String) row.get("kind")), ((Date) row.get("due_on")).toLocalDate(),
				ReportStatus.valueOf((String) row.get("status")), (String) row.get("text"), reached, achieved,
				documentIds, (String) row.get("staff_comment"), instant(row.get("submitted_at")),
				instant(row.get("decided_at")));
	}

	private void write(long reportId, ApplicationDraft draft, ReportContent content) {
		String text = (content.text() != null && !content.text().isBlank()) ? content.text().strip() : null;
		this.jdbc.sql("update laureate_report set text = :text, updated_at = now() where id = :id")
			.param("text", text)
			.param("id", reportId)
			.update();
		this.jdbc.sql("delete from report_beneficiary where report_id = :id").param("id", reportId).update();
		content.reached().forEach((code, reached) -> {
			if (draft.publics().contains(code) && reached != null) {
				this.jdbc.sql("insert into report_beneficiary (report_id, public_code, reached) values (:id, :code, :reached)")
					.param("id", reportId)
					.param("code", code)
					.param("reached", reached)
					.update();
			}
		});
		this.jdbc.sql("delete from report_indicator where report_id = :id").param("id", reportId).update();
		content.achieved().forEach((position, achieved) -> {
			if (position >= 1 && position <= draft.indicators().size() && achieved != null) {
				this.jdbc.sql("insert into report_indicator (report_id, position, achieved) values (:id, :position, :achieved)")
					.param("id", reportId)
					.param("position", position)
					.param("achieved", achieved)
					.update();
			}
		});
		this.jdbc.sql("delete from report_document where report_id = :id").param("id", reportId).update();
		this.jdbc.sql("""
				insert into report_document (report_id, document_id)
				select :id, d.id from organisation_document d
				where d.organisation_id = :organisation and d.id = any (:ids)""")
			.param("id", reportId)
			.param("organisation", draft.organisationId())
			.param("ids", content.documentIds().toArray(new Long[0]))
			.update();
	}

	private static boolean complete(ApplicationDraft draft, ReportContent content) {
		if (content.text() == null || content.text().isBlank()) {
			return false;
		}
		for (String code : draft.publics()) {
			if (content.reached().get(code) == null) {
				return false;
			}
		}
		for (int position = 1; position <= draft.indicators().size(); position++) {
			if (content.achieved().get(position) == null) {
				return false;
			}
		}
		return true;
	}

	// Staff decisions

	/** The decision itself, named after the state it was read in: of two at once, only one passes. */
	private long decide(long reportId, String staffEmail, ReportStatus to, String comment) {
		Optional<Long> applicationId = this.jdbc.sql("""
				update laureate_report set status = :to, decided_at = now(), updated_at = now(),
				       decided_by = (select id from account where email = :email),
				       staff_comment = :comment
				where id = :id and status = 'SUBMITTED'
				returning application_id""")
			.param("to", to.name())
			.param("email", normalise(staffEmail))
			.param("comment", comment)
			.param("id", reportId)
			.query(Long.class)
			.optional();
		if (applicationId.isPresent()) {
			return applicationId.get();
		}
		ReportStatus now = this.jdbc.sql("select status from laureate_report where id = :id")
			.param("id", reportId)
			.query(String.class)
			.optional()
			.map(ReportStatus::valueOf)
			.orElseThrow(ReportNotFoundException::new);
		if (now == ReportStatus.DRAFT) {
			throw new ReportNotFoundException();
		}
		throw new ReportAlreadyDecidedException(now);
	}

	private void tellMembers(long reportId, String template, String comment) {
		Map<String, Object> row = this.jdbc.sql("""
				select r.application_id, r.kind, g.title, o.name as organisation_name, g.organisation_id
				from laureate_report r join grant_application g on g.id = r.application_id
				join organisation o on o.id = g.organisation_id where r.id = :id""")
			.param("id", reportId)
			.query()
			.singleRow();
		ReportKind kind = ReportKind.valueOf((String) row.get("kind"));
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("applicationId", row.get("application_id"));
		model.put("title", row.get("title"));
		model.put("organisationName", row.get("organisation_name"));
		model.put("kind", kind.name());
		model.put("kindSlug", kind.slug());
		model.put("comment", comment);
		List<String> members = this.jdbc.sql("""
				select a.email from membership m join account a on a.id = m.account_id
				where m.organisation_id = :organisation order by a.email""")
			.param("organisation", row.get("organisation_id"))
			.query(String.class)
			.list();
		for (String member : new ArrayList<>(members)) {
			this.mail.enqueue(member, template, model, row.get("title"));
		}
	}

	private static Instant instant(Object value) {
		return (value != null) ? ((Timestamp) value).toInstant() : null;
	}

	private static String normalise(String email) {
		return EmailAddresses.normalise(email);
	}

}
