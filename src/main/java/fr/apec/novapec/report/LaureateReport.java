package fr.apec.novapec.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.MapKeyJdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A laureate's report on its project, the aggregate root of the report module: the beneficiaries reached
 * per public, the value achieved per impact indicator (by its position in the application), the text and
 * the documents of the organisation's vault attached, with where it stands. Its application and the
 * accounts that sent or decided it are other modules' aggregates, referred to by id.
 * <p>
 * The rules of its life are its methods: the organisation writes it while it is a draft or returned,
 * sends it once complete, and staff decide once on a sent report (approve, or return it with a comment).
 * Each method checks the state it starts from; the services load the report with a row lock before calling
 * them, so of two concurrent changes the second sees the first's outcome.
 */
@Entity
@Table(name = "laureate_report")
class LaureateReport {

	static final int TEXT_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false, updatable = false)
	private long applicationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 10)
	private ReportKind kind;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ReportStatus status = ReportStatus.DRAFT;

	private String text;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	/** The account (module account) that sent it last. */
	@Column(name = "submitted_by")
	private Long submittedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	/** The staff account (module account) that decided last. */
	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "staff_comment")
	private String staffComment;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** Beneficiaries reached by public code; a public left out has no figure yet. */
	@ElementCollection
	@CollectionTable(name = "report_beneficiary", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "public_code", length = 20)
	@Column(name = "reached", nullable = false)
	private Map<String, Integer> reached = new TreeMap<>();

	/** Value achieved by position (from 1) of the application's impact indicator. */
	@ElementCollection
	@CollectionTable(name = "report_indicator", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "position")
	@MapKeyJdbcTypeCode(SqlTypes.SMALLINT)
	@Column(name = "achieved", nullable = false)
	private Map<Integer, Integer> achieved = new TreeMap<>();

	/** Documents of the organisation's vault (module organisation) attached, by id. */
	@ElementCollection
	@CollectionTable(name = "report_document", joinColumns = @JoinColumn(name = "report_id"))
	@Column(name = "document_id", nullable = false)
	private Set<Long> documentIds = new LinkedHashSet<>();

	/** A change made from a report read before another change was committed fails rather than overwrite it. */
	@Version
	private long version;

	protected LaureateReport() {
	}

	/** A new draft; the services create reports through the repository's upsert, this serves the rules' tests. */
	LaureateReport(long applicationId, ReportKind kind, LocalDate dueOn, Instant now) {
		this.applicationId = applicationId;
		this.kind = kind;
		this.dueOn = dueOn;
		this.updatedAt = now;
	}

	/** Whether the organisation may still change it: a draft, or returned by staff. */
	boolean editable() {
		return this.status.editable();
	}

	/**
	 * Keeps what the report says, complete or not: a figure for a public the application does not target, or
	 * for an indicator it does not have, is left out, and so is a document not among {@code ownDocuments}.
	 * @param publics the public codes of the application
	 * @param indicatorCount how many impact indicators the application has
	 * @param ownDocuments the ids among the content's documents that are the organisation's own
	 * @throws ReportNotEditableException when it was sent or approved; nothing changed
	 */
	void write(ReportContent content, Collection<String> publics, int indicatorCount, Set<Long> ownDocuments,
			Instant now) {
		if (!editable()) {
			throw new ReportNotEditableException(this.status);
		}
		String typed = (content.text() != null) ? content.text().strip() : "";
		if (typed.length() > TEXT_MAX) {
			throw new IllegalArgumentException("A report's text has at most " + TEXT_MAX + " characters");
		}
		this.text = typed.isEmpty() ? null : typed;
		this.reached.clear();
		content.reached().forEach((code, value) -> {
			if (publics.contains(code) && value != null) {
				this.reached.put(code, requirePositive(value));
			}
		});
		this.achieved.clear();
		content.achieved().forEach((position, value) -> {
			if (position != null && position >= 1 && position <= indicatorCount && value != null) {
				this.achieved.put(position, requirePositive(value));
			}
		});
		this.documentIds.clear();
		content.documentIds().stream().filter(ownDocuments::contains).forEach(this.documentIds::add);
		this.updatedAt = now;
	}

	/**
	 * Keeps what the report says and sends it to staff, once it gives a figure for every public of the
	 * application, a value for every indicator and the text.
	 * @param by the account sending it
	 * @throws ReportNotEditableException when it was already sent or approved; nothing changed
	 * @throws IncompleteReportException when a figure or the text is missing; nothing changed
	 */
	void submit(ReportContent content, Collection<String> publics, int indicatorCount, Set<Long> ownDocuments,
			long by, Instant now) {
		if (!editable()) {
			throw new ReportNotEditableException(this.status);
		}
		if (!complete(content, publics, indicatorCount)) {
			throw new IncompleteReportException();
		}
		write(content, publics, indicatorCount, ownDocuments, now);
		this.status = ReportStatus.SUBMITTED;
		this.submittedAt = now;
		this.submittedBy = by;
	}

	/**
	 * Approves the sent report.
	 * @param by the staff account deciding
	 * @throws ReportAlreadyDecidedException when it is no longer waiting for a decision
	 */
	void approve(long by, Instant now) {
		decide(ReportStatus.APPROVED, by, null, now);
	}

	/**
	 * Returns the sent report to its organisation with what to change; it becomes editable again.
	 * @param by the staff account deciding
	 * @throws IllegalArgumentException when the comment is empty or longer than 2 000 characters
	 * @throws ReportAlreadyDecidedException when it is no longer waiting for a decision
	 */
	void returnForChanges(long by, String comment, Instant now) {
		String trimmed = (comment != null) ? comment.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > TEXT_MAX) {
			throw new IllegalArgumentException("A comment of 1 to 2000 characters is needed to return a report");
		}
		decide(ReportStatus.RETURNED, by, trimmed, now);
	}

	/** The beneficiaries reached over every public, or null while no figure is given. */
	Integer reachedInAll() {
		return this.reached.isEmpty() ? null : this.reached.values().stream().mapToInt(Integer::intValue).sum();
	}

	private void decide(ReportStatus to, long by, String comment, Instant now) {
		if (this.status != ReportStatus.SUBMITTED) {
			throw new ReportAlreadyDecidedException(this.status);
		}
		this.status = to;
		this.decidedAt = now;
		this.decidedBy = by;
		this.staffComment = comment;
		this.updatedAt = now;
	}

	private static boolean complete(ReportContent content, Collection<String> publics, int indicatorCount) {
		if (content.text() == null || content.text().isBlank()) {
			return false;
		}
		for (String code : publics) {
			if (content.reached().get(code) == null) {
				return false;
			}
		}
		for (int position = 1; position <= indicatorCount; position++) {
			if (content.achieved().get(position) == null) {
				return false;
			}
		}
		return true;
	}

	private static int requirePositive(int value) {
		if (value < 0) {
			throw new IllegalArgumentException("A figure of a report is positive or zero");
		}
		return value;
	}

	/** The report as its organisation reads it. */
	ReportView view() {
		return new ReportView(this.id, this.applicationId, this.kind, this.dueOn, this.status, this.text,
				new TreeMap<>(this.reached), new TreeMap<>(this.achieved), List.copyOf(new TreeSet<>(this.documentIds)),
				this.staffComment, this.submittedAt, this.decidedAt);
	}

	Long getId() {
		return this.id;
	}

	long getApplicationId() {
		return this.applicationId;
	}

	ReportKind getKind() {
		return this.kind;
	}

	LocalDate getDueOn() {
		return this.dueOn;
	}

	ReportStatus getStatus() {
		return this.status;
	}

	String getText() {
		return this.text;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Long getSubmittedBy() {
		return this.submittedBy;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	String getStaffComment() {
		return this.staffComment;
	}

	Map<String, Integer> getReached() {
		return Map.copyOf(this.reached);
	}

	Map<Integer, Integer> getAchieved() {
		return Map.copyOf(this.achieved);
	}

	Set<Long> getDocumentIds() {
		return Set.copyOf(this.documentIds);
	}

}
