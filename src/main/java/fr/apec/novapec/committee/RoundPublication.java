package fr.apec.novapec.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.Applications;
import fr.apec.novapec.application.RoundDecisionQueries;
import fr.apec.novapec.application.RoundDecisionQueries.Decision;
import fr.apec.novapec.application.RoundDecisionQueries.RoundTally;
import fr.apec.novapec.budget.TranchePlan;
import fr.apec.novapec.laureate.LaureateRecords;
import fr.apec.novapec.laureate.NewLaureate;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.selection.RoundAlreadyPublishedException;
import fr.apec.novapec.selection.RoundPublicationState;
import fr.apec.novapec.selection.RoundSummary;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.shared.AuditedAction;
import fr.apec.novapec.shared.Formats;
import fr.apec.novapec.shared.mail.MailAttachment;
import fr.apec.novapec.shared.mail.MailOutbox;
import fr.apec.novapec.shared.pdf.PdfDocuments;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a round once its committee has decided: each decided application's members get a mail in French
 * with the decision letter in PDF (the amount awarded and its tranches, or the reason for a rejection), each
 * selected application becomes a laureate project, and the journal gets a line per application. All of it in
 * one transaction (the mails go through the outbox, so they leave only if it commits), which starts by locking
 * the round: a round is published once, whatever the clicks and tabs. A round with applications still in review
 * or not yet taken into review is not published: the committee has not finished. Staff only.
 */
@Service
@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
public class RoundPublication {

	/** The mail of a decision: {@code templates/mail/round-decision.html} and {@code .txt}. */
	static final String MAIL = "round-decision";

	private final SelectionService selection;

	private final RoundDecisionQueries decisions;

	private final Applications applications;

	private final OrganisationService organisations;

	private final LaureateRecords laureates;

	private final DecisionLetters letters;

	private final MailOutbox mail;

	private final ApplicationEventPublisher events;

	private final Formats formats;

	private final Clock clock;

	RoundPublication(SelectionService selection, RoundDecisionQueries decisions, Applications applications,
			OrganisationService organisations, LaureateRecords laureates, DecisionLetters letters, MailOutbox mail,
			ApplicationEventPublisher events, Formats formats, Clock clock) {
		this.selection = selection;
		this.decisions = decisions;
		this.applications = applications;
		this.organisations = organisations;
		this.laureates = laureates;
		this.letters = letters;
		this.mail = mail;
		this.events = events;
		this.formats = formats;
		this.clock = clock;
	}

	/**
	 * What publishing the round will do: how many applications are selected, rejected and still to decide, and
	 * whether it was published already.
	 * @throws fr.apec.novapec.selection.RoundNotFoundException when there is no such round (a 404)
	 */
	@Transactional(readOnly = true)
	public PublicationPreview preview(long roundId) {
		RoundPublicationState state = this.selection.publicationState(roundId);
		return new PublicationPreview(state.round(), this.decisions.tally(roundId), state.publishedAt());
	}

	/**
	 * Publishes the round (see the class): letters mailed, laureates created, journal lines, the round marked
	 * published by this account.
	 * @throws RoundAlreadyPublishedException when it was published before (another click, tab or person):
	 * nothing is done again
	 * @throws RoundNotDecidedException when applications of the round still wait for a decision; nothing is done
	 * @throws fr.apec.novapec.selection.RoundNotFoundException when there is no such round
	 */
	@Transactional
	public PublicationOutcome publish(long roundId, CurrentAccount who) {
		RoundSummary round = this.selection.publish(roundId, who);
		RoundTally tally = this.decisions.tally(roundId);
		if (tally.undecided() > 0) {
			throw new RoundNotDecidedException(roundId, tally.undecided());
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Formats.PARIS);
		int letterCount = 0;
		int laureateCount = 0;
		for (Decision decision : this.decisions.decisions(roundId)) {
			ApplicationDraft application = this.applications.submittedApplication(decision.applicationId());
			DecisionLetter letter = letter(round, decision, application, today);
			send(letter, decision);
			letterCount++;
			if (decision.selected()) {
				this.laureates.create(laureate(round, application));
				laureateCount++;
			}
			this.events.publishEvent(new AuditedAction(decision.applicationId(), who.id(),
					AuditedAction.Action.PUBLICATION, round.label(), null, this.clock.instant()));
		}
		return new PublicationOutcome(round.label(), letterCount, laureateCount);
	}

	/**
	 * The committee's decision on this application as its letter states it, with that letter in PDF once the round
	 * is published (the one its organisation received, dated from the publication); empty while the committee has
	 * not decided it. For the application's dossier.
	 */
	@Transactional(readOnly = true)
	public Optional<RecordedDecision> decisionOf(long applicationId) {
		return this.decisions.decisionOf(applicationId).map((decision) -> {
			RoundPublicationState state = this.selection.publicationState(decision.roundId());
			ApplicationDraft application = this.applications.submittedApplication(applicationId);
			LocalDate issuedOn = state.published() ? LocalDate.ofInstant(state.publishedAt(), Formats.PARIS) : null;
			DecisionLetter letter = letter(state.round(), decision, application, issuedOn);
			byte[] pdf = state.published() ? this.letters.render(letter, Locale.FRANCE) : null;
			return new RecordedDecision(letter, decision.decidedAt(), state.publishedAt(), pdf);
		});
	}

	/** The letter, in French, to each member of the organisation whose account is enabled. */
	private void send(DecisionLetter letter, Decision decision) {
		byte[] pdf = this.letters.render(letter, Locale.FRANCE);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("letter", letter);
		model.put("applicationId", decision.applicationId());
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		// Formats writes in the thread's language: French, as the mail is, whatever the publisher's.
		LocaleContextHolder.setLocale(Locale.FRANCE);
		try {
			model.put("amount", this.formats.moneyToTheCent(letter.amount()));
			for (String recipient : this.organisations.memberEmails(decision.organisationId())) {
				this.mail.enqueue(recipient, Locale.FRANCE, MAIL, model,
						List.of(new MailAttachment(letter.fileName(), PdfDocuments.MEDIA_TYPE, pdf)), letter.title(),
						letter.reference());
			}
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	private static DecisionLetter letter(RoundSummary round, Decision decision, ApplicationDraft application,
			LocalDate today) {
		return new DecisionLetter(decision.reference(), decision.title(), application.organisationName(),
				round.label(), round.committeeDate(), decision.selected(), decision.awardedAmount(),
				decision.selected() ? TranchePlan.standard(decision.awardedAmount()) : List.of(), decision.reason(),
				today);
	}

	private static NewLaureate laureate(RoundSummary round, ApplicationDraft application) {
		int planned = application.planned().values().stream().mapToInt(Integer::intValue).sum();
		return new NewLaureate(application.id(), round.id(), round.label(), round.committeeDate(), application.title(),
				application.organisationName(), application.themeCode(), application.regions(), application.publics(),
				application.cities()
					.stream()
					.map((city) -> new NewLaureate.City(city.name(), city.regionCode(), city.priorityNeighbourhood()))
					.toList(),
				(planned > 0) ? planned : null, application.summary(), application.description(),
				application.partners().stream().map(ApplicationDraft.Partner::name).toList());
	}

}
