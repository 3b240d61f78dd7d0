package fr.apec.novapec.application;

import fr.apec.novapec.account.CurrentAccount;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import fr.apec.novapec.application.ApplicationDraft.City;
import fr.apec.novapec.application.ApplicationDraft.CoFunder;
import fr.apec.novapec.application.ApplicationDraft.Indicator;
import fr.apec.novapec.application.ApplicationDraft.Partner;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.organisation.DocumentUpload;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.organisation.MemberRow;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.shared.Formats;
import fr.apec.novapec.shared.mail.MailAttachment;
import fr.apec.novapec.shared.mail.MailOutbox;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grant applications: what applicants and staff see of them, writing a draft step by step, and every
 * change of state. Each method that takes an application id and a login answers only if that login is a
 * member of the application's organisation: anyone else, like an id that does not exist, gets
 * {@link ApplicationNotFoundException} (a 404). A step is saved whole in one transaction, or not at all.
 */
@Service
public class ApplicationService {

	private final JdbcClient jdbc;

	private final OrganisationService organisations;

	private final DocumentVaultService vault;

	private final MailOutbox mail;

	private final Formats formats;

	private final ApplicationPdf pdf;

	private final StatusChangeMail statusMail;

	ApplicationService(JdbcClient jdbc, OrganisationService organisations, DocumentVaultService vault,
			MailOutbox mail, Formats formats, ApplicationPdf pdf, StatusChangeMail statusMail) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.vault = vault;
		this.mail = mail;
		this.formats = formats;
		this.pdf = pdf;
		this.statusMail = statusMail;
	}

	/**
	 * The applications of every organisation the account with this login belongs to, most recently
	 * changed first. Membership is part of the query, so no other organisation's application can appear.
	 */
	@Transactional(readOnly = true)
	public List<ApplicationRow> applicationsOfMember(CurrentAccount who) {
		String email = who.email();
		return this.jdbc.sql("""
				select g.id, g.reference, g.title, o.name as organisation_name, g.status, r.label as round_label,
				       g.updated_at
				from grant_application g
				join organisation o on o.id = g.organisation_id
				join membership m on m.organisation_id = o.id
				join account a on a.id = m.account_id
				left join selection_round r on r.id = g.round_id
				where a.email = :email
				order by g.updated_at desc, g.id desc
				""")
			.param("email", normalise(email))
			.query((rs, row) -> new ApplicationRow(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
					rs.getString("organisation_name"), ApplicationStatus.valueOf(rs.getString("status")),
					rs.getString("round_label"), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/** How many applications are in each state; every state is present, with zero where none is. */
	@Transactional(readOnly = true)
	public Map<ApplicationStatus, Long> countsByStatus() {
		Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
		for (ApplicationStatus status : ApplicationStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) as n from grant_application group by status")
			.query((RowCallbackHandler) (rs) -> counts.put(ApplicationStatus.valueOf(rs.getString("status")),
					rs.getLong("n")));
		return counts;
	}

	/**
	 * Creates a draft of this organisation for the open Novapec call, and the first line of its history.
	 * @return its id
	 * @throws ApplicationNotFoundException when this login is not a member of the organisation
	 */
	@Transactional
	public long createDraft(CurrentAccount who, long organisationId, String title) {
		String email = who.email();
		long accountId = this.jdbc.sql("""
				select a.id from account a join membership m on m.account_id = a.id
				where a.email = :email and m.organisation_id = :organisation""")
			.param("email", normalise(email))
			.param("organisation", organisationId)
			.query(Long.class)
			.optional()
			.orElseThrow(ApplicationNotFoundException::new);
		long id = this.jdbc.sql("""
				insert into grant_application (organisation_id, call_id, title)
				select :organisation, c.id, :title from call_for_projects c where c.slug = 'novapec'
				returning id""")
			.param("organisation", organisationId)
			.param("title", title)
			.query(Long.class)
			.single();
		record(id, null, ApplicationStatus.DRAFT, accountId, null);
		return id;
	}

	/**
	 * Everything the application says, if this login is a member of its organisation.
	 * @throws ApplicationNotFoundException otherwise, or when there is no such application
	 */
	@Transactional(readOnly = true)
	public ApplicationDraft draft(long id, CurrentAccount who) {
		String email = who.email();
		return read(id, email, false);
	}

	/** The application as staff read it: only once submitted, never a draft. */
	@Transactional(readOnly = true)
	ApplicationDraft draftForStaff(long id) {
		return read(id, "", true);
	}

	private ApplicationDraft read(long id, String email, boolean staff) {
		Map<String, Object> row = this.jdbc.sql("""
				select g.id, g.reference, g.organisation_id, o.name as organisation_name, g.status, r.label as round_label,
				       g.updated_at, g.title, g.summary, g.description, g.theme_code, g.start_date, g.duration_months,
				       g.total_budget, g.requested_amount, c.max_amount
				from grant_application g
				join organisation o on o.id = g.organisation_id
				join call_for_projects c on c.id = g.call_id
				left join selection_round r on r.id = g.round_id
				where g.id = :id""" + " and " + (staff ? STAFF_VISIBLE : MEMBER))
			.param("id", id)
			.param("email", normalise(email))
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(ApplicationNotFoundException::new);
		List<String> publics = this.jdbc.sql("""
				select p.public_code from application_public p join target_public t on t.code = p.public_code
				where p.application_id = :id order by t.position""")
			.param("id", id)
			.query(String.class)
			.list();
		List<String> regions = new ArrayList<>();
		String[] lead = new String[1];
		this.jdbc.sql("""
				select a.region_code, a.lead from application_region a join region r on r.code = a.region_code
				where a.application_id = :id order by r.position""")
			.param("id", id)
			.query((RowCallbackHandler) (rs) -> {
				regions.add(rs.getString("region_code"));
				if (rs.getBoolean("lead")) {
					lead[0] = rs.getString("region_code");
				}
			});
		List<City> cities = this.jdbc.sql("""
				select name, region_code, priority_neighbourhood from application_city
				where application_id = :id order by position""")
			.param("id", id)
			.query((rs, n) -> new City(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.list();
		Map<String, Integer> planned = new LinkedHashMap<>();
		this.jdbc.sql("""
				select b.public_code, b.planned from application_beneficiary b
				join target_public t on t.code = b.public_code
				where b.application_id = :id order by t.position""")
			.param("id", id)
			.query((RowCallbackHandler) (rs) -> planned.put(rs.getString(1), rs.getInt(2)));
		List<CoFunder> coFunders = this.jdbc.sql("""
				select name, amount from co_funder where application_id = :id order by position""")
			.param("id", id)
			.query((rs, n) -> new CoFunder(rs.getString(1), rs.getBigDecimal(2)))
			.list();
		List<Partner> partners = this.jdbc.sql("""
				select name, role from application_partner where application_id = :id order by position""")
			.param("id", id)
			.query((rs, n) -> new Partner(rs.getString(1), rs.getString(2)))
			.list();
		List<Indicator> indicators = this.jdbc.sql("""
				select label, target from impact_indicator where application_id = :id order by position""")
			.param("id", id)
			.query((rs, n) -> new Indicator(rs.getString(1), rs.getInt(2)))
			.list();
		List<Long> documentIds = this.jdbc.sql("""
				select a.document_id from application_document a
				join organisation_document d on d.id = a.document_id
				join grant_application g on g.id = a.application_id and g.organisation_id = d.organisation_id
				where a.application_id = :id order by a.document_id""")
			.param("id", id)
			.query(Long.class)
			.list();
		Date start = (Date) row.get("start_date");
		return new ApplicationDraft(id, (String) row.get("reference"), ((Number) row.get("organisation_id")).longValue(),
				(String) row.get("organisation_name"), ApplicationStatus.valueOf((String) row.get("status")),
				(String) row.get("round_label"), ((java.sql.Timestamp) row.get("updated_at")).toInstant(),
				(String) row.get("title"), (String) row.get("summary"), (String) row.get("description"),
				(String) row.get("theme_code"), List.copyOf(publics), List.copyOf(regions), lead[0],
				List.copyOf(cities), planned, (start != null) ? start.toLocalDate() : null,
				(Integer) row.get("duration_months"), (BigDecimal) row.get("total_budget"),
				(BigDecimal) row.get("requested_amount"), List.copyOf(coFunders), (BigDecimal) row.get("max_amount"),
				List.copyOf(partners), List.copyOf(indicators), List.copyOf(documentIds));
	}

	/** The history of the application, oldest first, if this login is a member of its organisation. */
	@Transactional(readOnly = true)
	public List<StatusChange> history(long id, CurrentAccount who) {
		String email = who.email();
		requireMember(id, email);
		return historyOf(id, false);
	}

	/** The history as staff read it, for an application they may see (see {@link #draftForStaff}). */
	@Transactional(readOnly = true)
	List<StatusChange> historyForStaff(long id) {
		draftForStaff(id);
		return historyOf(id, true);
	}

	/**
	 * The lines of the history. A change made by someone who is not a member of the organisation was made
	 * by Apec staff: members read it as the team's, without the person's name (as in the message thread);
	 * staff read the name.
	 */
	private List<StatusChange> historyOf(long id, boolean staffView) {
		return this.jdbc.sql("""
				select s.from_status, s.to_status, s.changed_at, a.display_name, s.reason,
				       s.changed_by is not null and not exists (
				           select 1 from membership m join grant_application g on g.organisation_id = m.organisation_id
				           where g.id = s.application_id and m.account_id = s.changed_by) as by_staff
				from application_status_change s left join account a on a.id = s.changed_by
				where s.application_id = :id order by s.changed_at, s.id""")
			.param("id", id)
			.query((rs, n) -> {
				boolean byStaff = rs.getBoolean("by_staff");
				return new StatusChange((rs.getString(1) != null) ? ApplicationStatus.valueOf(rs.getString(1)) : null,
						ApplicationStatus.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(),
						(byStaff && !staffView) ? null : rs.getString(4), rs.getString(5), byStaff);
			})
			.list();
	}

	/** Saves the project step. @throws ApplicationNotEditableException when the application is not editable */
	@Transactional
	public void saveProject(long id, CurrentAccount who, DraftParts.Project project) {
		String email = who.email();
		lockEditable(id, email);
		this.jdbc.sql("""
				update grant_application set title = :title, summary = :summary, description = :description,
				       updated_at = now()
				where id = :id""")
			.param("title", project.title())
			.param("summary", project.summary())
			.param("description", project.description())
			.param("id", id)
			.update();
	}

	/**
	 * Saves the theme and the publics; the beneficiaries planned for a public no longer chosen go with it.
	 * @throws ApplicationNotEditableException when the application is not editable
	 */
	@Transactional
	public void saveThemeAndPublics(long id, CurrentAccount who, DraftParts.ThemeAndPublics part) {
		String email = who.email();
		lockEditable(id, email);
		this.jdbc.sql("update grant_application set theme_code = :theme, updated_at = now() where id = :id")
			.param("theme", part.themeCode())
			.param("id", id)
			.update();
		this.jdbc.sql("delete from application_public where application_id = :id and not (public_code = any (:codes))")
			.param("id", id)
			.param("codes", part.publics().toArray(new String[0]))
			.update();
		for (String code : part.publics()) {
			this.jdbc.sql("""
					insert into application_public (application_id, public_code) values (:id, :code)
					on conflict do nothing""")
				.param("id", id)
				.param("code", code)
				.update();
		}
		updatePlannedTotal(id);
	}

	/** Saves the regions, the lead region and the cities. @throws ApplicationNotEditableException as above */
	@Transactional
	public void saveTerritories(long id, CurrentAccount who, DraftParts.Territories part) {
		String email = who.email();
		lockEditable(id, email);
		this.jdbc.sql("delete from application_city where application_id = :id").param("id", id).update();
		this.jdbc.sql("delete from application_region where application_id = :id").param("id", id).update();
		for (String code : part.regions()) {
			this.jdbc.sql("insert into application_region (application_id, region_code, lead) values (:id, :code, :lead)")
				.param("id", id)
				.param("code", code)
				.param("lead", code.equals(part.leadRegion()))
				.update();
		}
		replaceRows(id, "application_city", List.of("name", "region_code", "priority_neighbourhood"),
				part.cities(), (city) -> Arrays.asList(city.name(), city.regionCode(), city.priorityNeighbourhood()));
		touch(id);
	}

	/**
	 * Saves the planned beneficiaries (only for publics the application targets), start and duration.
	 * @throws ApplicationNotEditableException as above
	 */
	@Transactional
	public void saveSchedule(long id, CurrentAccount who, DraftParts.Schedule part) {
		String email = who.email();
		lockEditable(id, email);
		this.jdbc.sql("""
				update grant_application set start_date = :start, duration_months = :duration, updated_at = now()
				where id = :id""")
			.param("start", part.startDate())
			.param("duration", part.durationMonths())
			.param("id", id)
			.update();
		this.jdbc.sql("delete from application_beneficiary where application_id = :id").param("id", id).update();
		part.planned().forEach((code, planned) -> this.jdbc.sql("""
				insert into application_beneficiary (application_id, public_code, planned)
				select application_id, public_code, :planned from application_public
				where application_id = :id and public_code = :code""")
			.param("planned", planned)
			.param("id", id)
			.param("code", code)
			.update());
		updatePlannedTotal(id);
	}

	/** Saves the budget and the co-funders. @throws ApplicationNotEditableException as above */
	@Transactional
	public void saveBudget(long id, CurrentAccount who, DraftParts.Budget part) {
		String email = who.email();
		lockEditable(id, email);
		this.jdbc.sql("""
				update grant_application set total_budget = :total, requested_amount = :requested, updated_at = now()
				where id = :id""")
			.param("total", part.totalBudget())
			.param("requested", part.requestedAmount())
			.param("id", id)
			.update();
		replaceRows(id, "co_funder", List.of("name", "amount"), part.coFunders(),
				(funder) -> Arrays.asList(funder.name(), funder.amount()));
	}

	/** Saves the partners, replacing those saved before. @throws ApplicationNotEditableException as above */
	@Transactional
	public void savePartners(long id, CurrentAccount who, DraftParts.Partners part) {
		String email = who.email();
		lockEditable(id, email);
		replaceRows(id, "application_partner", List.of("name", "role"), part.partners(),
				(partner) -> Arrays.asList(partner.name(), partner.role()));
		touch(id);
	}

	/** Saves the impact indicators and their targets. @throws ApplicationNotEditableException as above */
	@Transactional
	public void saveIndicators(long id, CurrentAccount who, DraftParts.Indicators part) {
		String email = who.email();
		lockEditable(id, email);
		replaceRows(id, "impact_indicator", List.of("label", "target"), part.indicators(),
				(indicator) -> Arrays.asList(indicator.label(), indicator.target()));
		touch(id);
	}

	/**
	 * Attaches exactly these documents of the vault. Only a document of the application's own organisation
	 * can be attached: the insert joins them on it, so any other id is left out.
	 * @throws ApplicationNotEditableException as above
	 */
	@Transactional
	public void saveDocuments(long id, CurrentAccount who, DraftParts.Documents part) {
		String email = who.email();
		lockEditable(id, email);
		this.jdbc.sql("delete from application_document where application_id = :id").param("id", id).update();
		this.jdbc.sql("""
				insert into application_document (application_id, document_id)
				select g.id, d.id from grant_application g
				join organisation_document d on d.organisation_id = g.organisation_id
				where g.id = :id and d.id = any (:ids)""")
			.param("id", id)
			.param("ids", part.documentIds().toArray(new Long[0]))
			.update();
		touch(id);
	}

	/**
	 * Keeps a file in the vault of the application's organisation and attaches it to the application, in
	 * one transaction: both, or neither. The same file sent again as the same kind stays one document.
	 * @return the id of the document in the vault
	 * @throws RejectedDocumentException when the vault refuses the file (empty, too large, type not accepted)
	 * @throws ApplicationNotEditableException when the application is not editable
	 */
	@Transactional
	public long uploadDocument(long id, CurrentAccount who, DocumentUpload upload) {
		String email = who.email();
		lockEditable(id, email);
		long organisationId = this.jdbc.sql("select organisation_id from grant_application where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		long documentId = this.vault.store(organisationId, who, upload);
		this.jdbc.sql("""
				insert into application_document (application_id, document_id)
				select g.id, d.id from grant_application g
				join organisation_document d on d.organisation_id = g.organisation_id
				where g.id = :id and d.id = :document
				on conflict do nothing""")
			.param("id", id)
			.param("document", documentId)
			.update();
		touch(id);
		return documentId;
	}

	/**
	 * Moves the application to another state if the lifecycle allows this actor to, and writes the change
	 * to its history (who, when, from, to, why) in the same transaction. The update names the state it was
	 * read in, so of two concurrent changes from one state only one passes. An applicant must be a member
	 * of the application's organisation; staff and the committee act on any application. A submission
	 * goes through {@link #submit}, with its full validation and its attestation: asked here, it is refused
	 * with {@link AttestationMissingException}. Every member of the organisation is told of
	 * any other change by mail, queued in the same transaction (rolled back, no mail).
	 * @throws ApplicationNotFoundException when there is no such application (or the applicant is no member)
	 * @throws IllegalTransitionException when the change is not allowed, or another change came first
	 * @throws SubmissionBlockedException when a submission is not complete or not eligible
	 * @throws AttestationMissingException for a submission, which needs its member's attestation
	 */
	@Transactional
	public void changeStatus(long id, CurrentAccount who, Actor actor, ApplicationStatus to, String reason) {
		String email = who.email();
		if (to == ApplicationStatus.SUBMITTED && actor == Actor.APPLICANT) {
			submit(id, who, false);
			return;
		}
		ApplicationStatus from = (actor == Actor.APPLICANT) ? requireMember(id, email)
				: this.jdbc.sql("select status from grant_application where id = :id")
					.param("id", id)
					.query(String.class)
					.optional()
					.map(ApplicationStatus::valueOf)
					.orElseThrow(ApplicationNotFoundException::new);
		Lifecycle.check(id, from, to, actor);
		transition(id, from, to, email, reason, null);
	}

	/**
	 * What still blocks the submission of the application: each part of the form not complete or not
	 * plausible today (see {@link Section#implausible}), then each eligibility rule of the call it breaks (see {@link Eligibility}); read for a member only.
	 * @throws ApplicationNotFoundException when this login is not a member of its organisation
	 */
	@Transactional(readOnly = true)
	public Review review(long id, CurrentAccount who) {
		ApplicationDraft draft = draft(id, who);
		return new Review(draft, attachedDocuments(draft, who), blockers(draft, who));
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

	/**
	 * Submits a draft, or an application staff returned for changes: after a full validation it becomes
	 * SUBMITTED (read-only), joins the next open selection round of its call (the earliest whose
	 * submission deadline has not passed) or waits for one, and every member of its organisation gets a
	 * receipt by mail with the PDF of the application as submitted. The member who submits must certify
	 * it ({@code attested}): their account, their name as it is now and the time of the submission are
	 * kept with the application (replacing those of an earlier submission) and printed in its PDF. The
	 * application is locked while this happens, and the update is conditional on its state, so a double
	 * click submits once: the second finds it submitted and is refused.
	 * @throws ApplicationNotFoundException when this login is not a member of its organisation
	 * @throws IllegalTransitionException when it is in a state that cannot be submitted (already submitted)
	 * @throws SubmissionBlockedException when something still blocks it; nothing changed
	 * @throws AttestationMissingException when {@code attested} is false (and nothing blocks it); nothing changed
	 */
	@Transactional
	public Submission submit(long id, CurrentAccount who, boolean attested) {
		String email = who.email();
		ApplicationStatus from = findStatus(id, email, " for update of g")
			.orElseThrow(ApplicationNotFoundException::new);
		Lifecycle.check(id, from, ApplicationStatus.SUBMITTED, Actor.APPLICANT);
		ApplicationDraft draft = draft(id, who);
		List<Blocker> blockers = blockers(draft, who);
		if (!blockers.isEmpty()) {
			throw new SubmissionBlockedException(id, blockers);
		}
		if (!attested) {
			throw new AttestationMissingException(id);
		}
		Optional<Map<String, Object>> round = this.jdbc.sql("""
				select r.id, r.label from selection_round r
				join grant_application g on g.call_id = r.call_id
				where g.id = :id and r.submission_deadline >= current_date
				order by r.submission_deadline, r.committee_date, r.id limit 1""")
			.param("id", id)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		Long roundId = round.map((r) -> ((Number) r.get("id")).longValue()).orElse(null);
		String roundLabel = round.map((r) -> (String) r.get("label")).orElse(null);
		transition(id, from, ApplicationStatus.SUBMITTED, email, null, roundId);
		this.jdbc.sql("""
				update grant_application g
				set attested_by = a.id, attested_by_name = a.display_name, attested_at = g.submitted_at
				from account a where g.id = :id and a.email = :email""")
			.param("id", id)
			.param("email", normalise(email))
			.update();
		sendReceipts(draft(id, who), who, filing(id), roundLabel);
		return new Submission(id, roundLabel);
	}

	/**
	 * The PDF of the whole application as it stands, in the language of the request, if this login is a
	 * member of its organisation.
	 * @throws ApplicationNotFoundException otherwise, or when there is no such application
	 */
	@Transactional(readOnly = true)
	public byte[] pdf(long id, CurrentAccount who) {
		return renderPdf(draft(id, who), who, LocaleContextHolder.getLocale());
	}

	/**
	 * The PDF of the whole application as it stands, in the language of the request, the same document its
	 * members download, for Apec staff.
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 */
	@Transactional(readOnly = true)
	public byte[] pdfForStaff(long id) {
		ApplicationDraft draft = draftForStaff(id);
		return renderPdf(draft, this.vault.documentsForStaff(draft.organisationId(), draft.documentIds()),
				LocaleContextHolder.getLocale());
	}

	/**
	 * The receipt of a submission, with the PDF of the application as submitted, to every member of its
	 * organisation: the one who submitted in the language of the request, the others in French (the portal
	 * keeps no language per account).
	 */
	private void sendReceipts(ApplicationDraft submitted, CurrentAccount who, Filing filing, String roundLabel) {
		Instant submittedAt = filing.submittedAt();
		Locale own = (LocaleContextHolder.getLocaleContext() != null) ? LocaleContextHolder.getLocale() : Locale.FRANCE;
		Map<Locale, byte[]> pdfs = new LinkedHashMap<>();
		for (MemberRow member : this.organisations.members(submitted.organisationId(), who)) {
			Locale locale = member.email().equalsIgnoreCase(who.email()) ? own : Locale.FRANCE;
			byte[] file = pdfs.computeIfAbsent(locale, (language) -> renderPdf(submitted, who, language));
			LocaleContext previous = LocaleContextHolder.getLocaleContext();
			LocaleContextHolder.setLocale(locale);
			try {
				Map<String, Object> model = new LinkedHashMap<>();
				model.put("applicationId", submitted.id());
				model.put("reference", submitted.reference());
				model.put("title", submitted.title());
				model.put("organisationName", submitted.organisationName());
				model.put("siret", filing.siret());
				model.put("submitterName", filing.submitterName());
				model.put("submitterEmail", filing.submitterEmail());
				model.put("submittedOn", this.formats.date(submittedAt));
				model.put("submittedAt", this.formats.time(submittedAt));
				model.put("roundLabel", roundLabel);
				this.mail.enqueue(normalise(member.email()), locale, "application-submitted", model,
						List.of(new MailAttachment(ApplicationPdf.fileName(submitted.id()), ApplicationPdf.MEDIA_TYPE,
								file)),
						submitted.title(), submitted.reference());
			}
			finally {
				LocaleContextHolder.setLocaleContext(previous);
			}
		}
	}

	private byte[] renderPdf(ApplicationDraft draft, CurrentAccount who, Locale locale) {
		return renderPdf(draft, attachedDocuments(draft, who), locale);
	}

	private byte[] renderPdf(ApplicationDraft draft, List<DocumentRow> attached, Locale locale) {
		Map<String, Object> row = this.jdbc
			.sql("select attested_by_name, attested_at from grant_application where id = :id")
			.param("id", draft.id())
			.query()
			.singleRow();
		Attestation attestation = (row.get("attested_at") != null) ? new Attestation(
				(String) row.get("attested_by_name"), ((java.sql.Timestamp) row.get("attested_at")).toInstant()) : null;
		return this.pdf.render(draft, filing(draft.id()), attestation, attached, locale);
	}

	/** The SIRET of the application's organisation, and when and by whom it was last submitted. */
	private Filing filing(long id) {
		return this.jdbc.sql("""
				select o.siret, g.submitted_at, a.display_name, a.email
				from grant_application g
				join organisation o on o.id = g.organisation_id
				left join lateral (select s.changed_by from application_status_change s
				                   where s.application_id = g.id and s.to_status = 'SUBMITTED'
				                   order by s.changed_at desc, s.id desc limit 1) s on true
				left join account a on a.id = s.changed_by
				where g.id = :id""")
			.param("id", id)
			.query((rs, n) -> new Filing(rs.getString("siret"),
					(rs.getTimestamp("submitted_at") != null) ? rs.getTimestamp("submitted_at").toInstant() : null,
					rs.getString("display_name"), rs.getString("email")))
			.single();
	}

	/**
	 * Withdraws the application (from a draft, submitted or returned), with the reason the member gave.
	 * @throws ApplicationNotFoundException when this login is not a member of its organisation
	 * @throws IllegalTransitionException from any other state
	 */
	@Transactional
	public void withdraw(long id, CurrentAccount who, String reason) {
		changeStatus(id, who, Actor.APPLICANT, ApplicationStatus.WITHDRAWN, reason);
	}

	private List<Blocker> blockers(ApplicationDraft draft, CurrentAccount who) {
		Set<Blocker> blockers = new LinkedHashSet<>();
		LocalDate today = LocalDate.now(Formats.PARIS);
		for (Section section : Section.values()) {
			for (String key : section.missing(draft)) {
				blockers.add(Blocker.step(section, key));
			}
			for (String key : section.implausible(draft, today)) {
				blockers.add(Blocker.step(section, key));
			}
		}
		blockers.addAll(Eligibility.check(this.organisations.profile(draft.organisationId(), who),
				draft.publics(), this.vault.documents(draft.organisationId(), who), today));
		return List.copyOf(blockers);
	}

	/**
	 * The change itself: the update names the state it was read in (only one of two concurrent changes
	 * passes), and the history gets its line in the same transaction. A submission also sets its round
	 * (or none, to wait for the next) and its date.
	 */
	private void transition(long id, ApplicationStatus from, ApplicationStatus to, String email, String reason,
			Long roundId) {
		int changed = this.jdbc.sql("""
				update grant_application set status = :to, updated_at = now(),
				       submitted_at = case when :to = 'SUBMITTED' then now() else submitted_at end,
				       round_id = case when :to = 'SUBMITTED' then cast(:round as bigint) else round_id end
				where id = :id and status = :from""")
			.param("to", to.name())
			.param("round", roundId, java.sql.Types.BIGINT)
			.param("id", id)
			.param("from", from.name())
			.update();
		if (changed != 1) {
			throw new IllegalTransitionException(id, from, to);
		}
		Long accountId = this.jdbc.sql("select id from account where email = :email")
			.param("email", normalise(email))
			.query(Long.class)
			.optional()
			.orElse(null);
		record(id, from, to, accountId, reason);
		if (to != ApplicationStatus.SUBMITTED) {
			// The submission's receipt is sent by submit(); every other change is told to every member.
			this.statusMail.changed(id, to, reason);
		}
	}

	private void record(long id, ApplicationStatus from, ApplicationStatus to, Long accountId, String reason) {
		this.jdbc.sql("""
				insert into application_status_change (application_id, from_status, to_status, changed_by, reason)
				values (:id, :from, :to, :by, :reason)""")
			.param("id", id)
			.param("from", (from != null) ? from.name() : null)
			.param("to", to.name())
			.param("by", accountId)
			.param("reason", reason)
			.update();
	}

	/** Staff see an application once it has been submitted: never a draft, nor one withdrawn as a draft. */
	static final String STAFF_VISIBLE = "g.status <> 'DRAFT' and g.submitted_at is not null";

	private static final String MEMBER = """
			exists (select 1 from membership m join account a on a.id = m.account_id
			        where m.organisation_id = g.organisation_id and a.email = :email)""";

	/** The state of the application if this login is a member of its organisation. */
	private ApplicationStatus requireMember(long id, String email) {
		return findStatus(id, email, "").orElseThrow(ApplicationNotFoundException::new);
	}

	/** Locks the application for a change of its content, which only its members make, and only when editable. */
	private void lockEditable(long id, String email) {
		ApplicationStatus status = findStatus(id, email, " for update of g")
			.orElseThrow(ApplicationNotFoundException::new);
		if (!Lifecycle.editable(status)) {
			throw new ApplicationNotEditableException(id, status);
		}
	}

	private Optional<ApplicationStatus> findStatus(long id, String email, String lock) {
		return this.jdbc.sql("select g.status from grant_application g where g.id = :id and " + MEMBER + lock)
			.param("id", id)
			.param("email", normalise(email))
			.query(String.class)
			.optional()
			.map(ApplicationStatus::valueOf);
	}

	/**
	 * Replaces the application's rows of a list table (cities, co-funders, partners, indicators) with these,
	 * numbered from 1 in their order. The table and column names are this class's constants, never input.
	 */
	private <T> void replaceRows(long id, String table, List<String> columns, List<T> rows,
			Function<T, List<Object>> values) {
		this.jdbc.sql("delete from " + table + " where application_id = ?").param(id).update();
		String insert = "insert into " + table + " (application_id, position, " + String.join(", ", columns)
				+ ") values (?, ?" + ", ?".repeat(columns.size()) + ")";
		int position = 1;
		for (T row : rows) {
			List<Object> params = new ArrayList<>(List.of(id, position++));
			params.addAll(values.apply(row));
			this.jdbc.sql(insert).params(params).update();
		}
	}

	private void touch(long id) {
		this.jdbc.sql("update grant_application set updated_at = now() where id = :id").param("id", id).update();
	}

	/** Keeps the application's total of planned beneficiaries (read by exports and the showcase) in step. */
	private void updatePlannedTotal(long id) {
		this.jdbc.sql("""
				update grant_application set planned_beneficiaries =
				    (select sum(planned) from application_beneficiary where application_id = :id), updated_at = now()
				where id = :id""")
			.param("id", id)
			.update();
	}

	private static String normalise(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

}
