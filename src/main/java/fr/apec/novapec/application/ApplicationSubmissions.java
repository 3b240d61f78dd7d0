package fr.apec.novapec.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.apec.novapec.account.AccountName;
import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.organisation.MemberRow;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.selection.RoundSummary;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.shared.AuditedAction;
import fr.apec.novapec.shared.Formats;
import fr.apec.novapec.shared.mail.MailAttachment;
import fr.apec.novapec.shared.mail.MailOutbox;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting an application: what still blocks it (the form's completeness and plausibility, the call's
 * eligibility rules), the submission itself with its attestation and its round, the receipt by mail with
 * the PDF of the application as submitted, and that PDF.
 */
@Service
public class ApplicationSubmissions {

	private final StatusChangeRecordRepository history;

	private final AccountService accounts;

	private final Applications applications;

	private final ApplicationAccess access;

	private final GrantApplicationRepository repository;

	private final OrganisationService organisations;

	private final DocumentVaultService vault;

	private final SelectionService selection;

	private final MailOutbox mail;

	private final Formats formats;

	private final ApplicationPdf pdf;

	private final Audit audit;

	private final Clock clock;

	private final StaffNotifications staffNotifications;

	ApplicationSubmissions(Applications applications, ApplicationAccess access, GrantApplicationRepository repository,
			StatusChangeRecordRepository history, OrganisationService organisations, AccountService accounts,
			DocumentVaultService vault, SelectionService selection, MailOutbox mail, Formats formats, ApplicationPdf pdf,
			Audit audit, Clock clock, StaffNotifications staffNotifications) {
		this.audit = audit;
		this.staffNotifications = staffNotifications;
		this.history = history;
		this.accounts = accounts;
		this.applications = applications;
		this.access = access;
		this.repository = repository;
		this.organisations = organisations;
		this.vault = vault;
		this.selection = selection;
		this.mail = mail;
		this.formats = formats;
		this.pdf = pdf;
		this.clock = clock;
	}

	/**
	 * What still blocks the submission of the application: each part of the form not complete or not
	 * plausible today (see {@link Section#implausible}), then each eligibility rule of the call it breaks (see {@link Eligibility}); read for a member only.
	 * @throws ApplicationNotFoundException when this login is not a member of its organisation
	 */
	@Transactional(readOnly = true)
	public Review review(long id, CurrentAccount who) {
		ApplicationDraft draft = this.applications.draft(id, who);
		return new Review(draft, this.applications.attachedDocuments(draft, who), blockers(draft, who));
	}

	/**
	 * Submits a draft, or an application staff returned for changes: after a full validation it becomes
	 * SUBMITTED (read-only), joins the next open selection round of its call (the earliest whose
	 * submission deadline has not passed) or waits for one, and every member of its organisation gets a
	 * receipt by mail with the PDF of the application as submitted. The member who submits must certify
	 * it ({@code attested}): their account, their name as it is now and the time of the submission are
	 * kept with the application (replacing those of an earlier submission) and printed in its PDF. The
	 * application is locked while this happens, and the update is conditional on its state, so a double
	 * click submits once: the second finds it submitted and is refused. The audit journal gets the change of
	 * state and, when it joins a round it was not in, that round, in the same transaction.
	 * @throws ApplicationNotFoundException when this login is not a member of its organisation
	 * @throws IllegalTransitionException when it is in a state that cannot be submitted (already submitted)
	 * @throws SubmissionBlockedException when something still blocks it; nothing changed
	 * @throws AttestationMissingException when {@code attested} is false (and nothing blocks it); nothing changed
	 */
	@Transactional
	public Submission submit(long id, CurrentAccount who, boolean attested) {
		GrantApplication application = this.access.lockedForMember(id, who);
		Lifecycle.check(id, application.status(), ApplicationStatus.SUBMITTED, Actor.APPLICANT);
		ApplicationDraft draft = this.applications.draft(id, who);
		List<Blocker> blockers = blockers(draft, who);
		if (!blockers.isEmpty()) {
			throw new SubmissionBlockedException(id, blockers);
		}
		if (!attested) {
			throw new AttestationMissingException(id);
		}
		// Locks the call against a round being created at this moment (see RoundJoining).
		Optional<RoundSummary> round = this.selection.roundToJoin(application.callId(), LocalDate.now(this.clock));
		ApplicationStatus from = application.status();
		Long previousRound = application.roundId();
		application.submit(who.id(), who.displayName(), round.map(RoundSummary::id).orElse(null),
				Instant.now(this.clock));
		try {
			this.repository.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new IllegalTransitionException(id, from, ApplicationStatus.SUBMITTED);
		}
		this.audit.statusChange(id, who.id(), from, ApplicationStatus.SUBMITTED, null);
		round.filter((joined) -> !Long.valueOf(joined.id()).equals(previousRound))
			.ifPresent((joined) -> this.audit.record(id, who.id(), AuditedAction.Action.ROUND_JOINED, joined.label(),
					null));
		String roundLabel = round.map(RoundSummary::label).orElse(null);
		// The staff of its regions are told too, each as it chose (a mail now, the digest, or nothing).
		this.staffNotifications.tell(application, (from == ApplicationStatus.RETURNED)
				? StaffNotifications.Event.RESUBMITTED : StaffNotifications.Event.SUBMITTED);
		sendReceipts(this.applications.draft(id, who), who, filing(id), roundLabel);
		return new Submission(id, roundLabel);
	}

	/**
	 * The PDF of the whole application as it stands, in the language of the request, if this login is a
	 * member of its organisation.
	 * @throws ApplicationNotFoundException otherwise, or when there is no such application
	 */
	@Transactional(readOnly = true)
	public byte[] pdf(long id, CurrentAccount who) {
		return renderPdf(this.applications.draft(id, who), who, LocaleContextHolder.getLocale());
	}

	/**
	 * The PDF of the whole application as it stands, in the language of the request, the same document its
	 * members download, for Apec staff: the audit journal keeps who downloaded it.
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional
	public byte[] pdfForStaff(long id, CurrentAccount who) {
		ApplicationDraft draft = this.applications.submittedApplication(id);
		byte[] file = renderPdf(draft, this.vault.documentsForStaff(draft.organisationId(), draft.documentIds()),
				LocaleContextHolder.getLocale());
		this.audit.record(id, who.id(), AuditedAction.Action.PDF_DOWNLOAD, ApplicationPdf.fileName(id), null);
		return file;
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
		return renderPdf(draft, this.applications.attachedDocuments(draft, who), locale);
	}

	private byte[] renderPdf(ApplicationDraft draft, List<DocumentRow> attached, Locale locale) {
		GrantApplication application = this.repository.findById(draft.id()).orElseThrow(ApplicationNotFoundException::new);
		Attestation attestation = (application.attestedAt() != null)
				? new Attestation(application.attestedByName(), application.attestedAt()) : null;
		return this.pdf.render(draft, filing(draft.id()), attestation, attached, locale);
	}

	/** The SIRET of the application's organisation, and when and by whom it was last submitted. */
	private Filing filing(long id) {
		GrantApplication application = this.repository.findById(id).orElseThrow(ApplicationNotFoundException::new);
		String siret = this.organisations.identityForStaff(application.organisationId()).details().siret();
		Long submitter = this.history.findByApplicationId(id)
			.stream()
			.filter((line) -> line.to() == ApplicationStatus.SUBMITTED)
			.reduce((first, second) -> second)
			.map(StatusChangeRecord::changedBy)
			.orElse(null);
		AccountName account = (submitter != null) ? this.accounts.names(List.of(submitter)).get(submitter) : null;
		return new Filing(siret, application.submittedAt(), (account != null) ? account.displayName() : null,
				(account != null) ? account.email() : null);
	}

	private List<Blocker> blockers(ApplicationDraft draft, CurrentAccount who) {
		Set<Blocker> blockers = new LinkedHashSet<>();
		LocalDate today = LocalDate.now(this.clock);
		for (Section section : Section.values()) {
			for (String key : section.missing(draft)) {
				blockers.add(Blocker.step(section, key));
			}
			for (String key : section.implausible(draft, today)) {
				blockers.add(Blocker.step(section, key));
			}
		}
		blockers.addAll(Eligibility.check(this.organisations.profile(draft.organisationId(), who),
				draft.publics(), this.vault.documents(draft.organisationId(), who), draft.callRequiredDocuments(), today));
		return List.copyOf(blockers);
	}

	private static String normalise(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

}
