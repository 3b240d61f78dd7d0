package fr.apec.novapec.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.ApplicationMessages;
import fr.apec.novapec.application.ApplicationOpinions;
import fr.apec.novapec.application.Opinion;
import fr.apec.novapec.application.StaffApplicationView;
import fr.apec.novapec.application.StaffApplications;
import fr.apec.novapec.application.StaffNote;
import fr.apec.novapec.application.StaffNotes;
import fr.apec.novapec.application.StatusChange;
import fr.apec.novapec.application.ThreadMessage;
import fr.apec.novapec.budget.TranchePlan;
import fr.apec.novapec.committee.DecisionLetter;
import fr.apec.novapec.committee.RecordedDecision;
import fr.apec.novapec.committee.RoundPublication;
import fr.apec.novapec.journal.AuditJournal;
import fr.apec.novapec.journal.JournalEntry;
import fr.apec.novapec.organisation.DocumentFile;
import fr.apec.novapec.review.GridCriterion;
import fr.apec.novapec.review.ReviewAssignments;
import fr.apec.novapec.review.ScoreInput;
import fr.apec.novapec.review.ScoreSheet;
import fr.apec.novapec.shared.FileNames;
import fr.apec.novapec.shared.Formats;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The dossier of one application as a ZIP, for staff and administrators only: its PDF, the vault documents
 * attached to it, its message thread (a text file, with the messages' files), its reviewers' scores with their
 * comments and the regional teams' opinions, its private staff notes, its history and its audit journal, and the
 * committee's decision once there is one (with the letter sent, once its round is published). Files are read one at a time and written
 * straight to the answer: never all of an application's files in memory at once. The PDF and each file are
 * read through the same services as their own downloads, so the journal keeps, as for those, who downloaded
 * each one; the texts are in the language of the request.
 */
@Service
@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
public class ApplicationDossier {

	/** Lines end as Windows' Notepad expects; every other editor reads them too. */
	private static final String LINE = "\r\n";

	private final StaffApplications applications;

	private final ApplicationMessages messages;

	private final StaffNotes notes;

	private final ApplicationOpinions opinions;

	private final ReviewAssignments reviews;

	private final AuditJournal journal;

	private final MessageSource texts;

	private final Formats formats;

	private final RoundPublication decisions;

	ApplicationDossier(StaffApplications applications, ApplicationMessages messages, StaffNotes notes,
			ApplicationOpinions opinions, ReviewAssignments reviews, AuditJournal journal, MessageSource texts,
			Formats formats, RoundPublication decisions) {
		this.applications = applications;
		this.messages = messages;
		this.notes = notes;
		this.opinions = opinions;
		this.reviews = reviews;
		this.journal = journal;
		this.texts = texts;
		this.formats = formats;
		this.decisions = decisions;
	}

	/**
	 * The name of the dossier's file, {@code NOVA-2026-000123-dossier.zip}.
	 * @throws fr.apec.novapec.application.ApplicationNotFoundException when staff may not see the application
	 */
	public String fileName(long applicationId) {
		return this.applications.application(applicationId).draft().reference() + "-dossier.zip";
	}

	/**
	 * Writes the dossier to this stream as a ZIP (the stream is left open).
	 * @throws fr.apec.novapec.application.ApplicationNotFoundException when staff may not see the application
	 */
	public void write(long applicationId, CurrentAccount who, OutputStream out) throws IOException {
		StaffApplicationView view = this.applications.application(applicationId);
		try (DossierZip zip = new DossierZip(out)) {
			zip.file(view.draft().reference() + ".pdf", this.applications.pdf(applicationId, who));
			for (StaffApplicationView.AttachedDocument document : view.documents()) {
				DocumentFile file = this.applications.document(applicationId, document.id(), who);
				zip.file(text("export.dossier.folder.documents") + "/"
						+ FileNames.forMediaType(file.originalName(), file.mediaType()), file.content());
			}
			messages(applicationId, view.thread().messages(), who, zip);
			zip.text(text("export.dossier.file.evaluation"), evaluation(view));
			zip.text(text("export.dossier.file.notes"), notes(this.notes.notesOf(applicationId)));
			zip.text(text("export.dossier.file.history"), history(view.history(), this.journal.entriesOf(applicationId)));
			Optional<RecordedDecision> decision = this.decisions.decisionOf(applicationId);
			if (decision.isPresent()) {
				zip.text(text("export.dossier.file.decision"), decision(decision.get()));
				if (decision.get().published()) {
					zip.file(decision.get().letter().fileName(), decision.get().letterPdf());
				}
			}
		}
	}

	/** The thread as a text file, each message with its files, which follow it in the same folder. */
	private void messages(long applicationId, List<ThreadMessage> thread, CurrentAccount who, DossierZip zip)
			throws IOException {
		String folder = text("export.dossier.folder.messages") + "/";
		StringBuilder out = new StringBuilder();
		heading(out, text("export.dossier.messages.title"));
		if (thread.isEmpty()) {
			line(out, text("export.dossier.none"));
		}
		for (ThreadMessage message : thread) {
			line(out, "— " + when(message.createdAt()) + ", " + message.authorName() + " ("
					+ text(message.fromStaff() ? "export.dossier.messages.staff" : "export.dossier.messages.applicant")
					+ ")");
			line(out, message.body());
			for (ThreadMessage.Attachment attachment : message.files()) {
				String name = message.id() + "-" + FileNames.forMediaType(attachment.originalName(), attachment.mediaType());
				line(out, text("export.dossier.messages.file") + " " + name);
				zip.file(folder + name, this.messages.fileForStaff(applicationId, message.id(), attachment.id(), who).content());
			}
			line(out, "");
		}
		zip.text(folder + text("export.dossier.file.messages"), out.toString());
	}

	/** Each reviewer's sheet (a conflicted reviewer's: only that it declared a conflict), then the regions' opinions. */
	private String evaluation(StaffApplicationView view) {
		long applicationId = view.draft().id();
		ReviewAssignments.Evaluation evaluation = this.reviews.evaluation(applicationId);
		StringBuilder out = new StringBuilder();
		heading(out, text("export.dossier.evaluation.title"));
		line(out, text("export.dossier.evaluation.mean") + " " + shown(evaluation.mean()) + " — "
				+ text("export.dossier.evaluation.spread") + " " + shown(evaluation.spread()));
		line(out, "");
		for (ScoreSheet sheet : evaluation.sheets()) {
			line(out, "— " + sheet.reviewerName() + " : " + text(sheet.conflicted() ? "export.dossier.evaluation.conflict"
					: sheet.submitted() ? "export.dossier.evaluation.submitted" : "export.dossier.evaluation.draft"));
			if (sheet.conflicted()) {
				continue;
			}
			for (GridCriterion criterion : evaluation.criteria()) {
				ScoreInput score = sheet.score(criterion.code());
				line(out, "  " + criterion.label() + " (× " + this.formats.number(criterion.weight()) + ") : "
						+ ((score.score() != null) ? score.score() : "—")
						+ ((score.comment() != null && !score.comment().isBlank()) ? " — " + score.comment() : ""));
			}
			line(out, "  " + text("export.dossier.evaluation.weighted") + " " + shown(sheet.shownWeighted()));
		}
		line(out, "");
		heading(out, text("export.dossier.opinions.title"));
		List<Opinion> given = this.opinions.opinions(applicationId);
		if (given.isEmpty()) {
			line(out, text("export.dossier.none"));
		}
		for (Opinion opinion : given) {
			line(out, "— " + view.regionName(opinion.regionCode()) + " : " + text("opinion." + opinion.opinion().name()) + " ("
					+ opinion.authorName() + ", " + when(opinion.at()) + ")"
					+ ((opinion.comment() != null && !opinion.comment().isBlank()) ? " — " + opinion.comment() : ""));
		}
		return out.toString();
	}

	/** The committee's decision: the round, the decision with its amount and tranches or its reason, when. */
	private String decision(RecordedDecision decision) {
		DecisionLetter letter = decision.letter();
		StringBuilder out = new StringBuilder();
		heading(out, text("export.dossier.decision.title"));
		line(out, text("export.dossier.decision.round") + " " + letter.roundLabel() + " ("
				+ this.formats.date(letter.committeeDate()) + ")");
		line(out, text("export.dossier.decision.decision") + " "
				+ text(letter.selected() ? "status.SELECTED" : "status.REJECTED"));
		if (letter.selected()) {
			line(out, text("export.dossier.decision.amount") + " " + this.formats.moneyToTheCent(letter.amount()));
			for (TranchePlan.Tranche tranche : letter.tranches()) {
				line(out, "  " + tranche.rank() + ". " + this.formats.moneyToTheCent(tranche.amount()) + " ("
						+ tranche.percent() + " %) " + text("letter.tranches." + tranche.condition().name()));
			}
		}
		else {
			line(out, text("export.dossier.decision.reason") + " " + letter.reason());
		}
		line(out, text("export.dossier.decision.recorded") + " " + when(decision.decidedAt()));
		line(out, decision.published()
				? text("export.dossier.decision.published") + " " + when(decision.publishedAt()) + " — "
						+ letter.fileName()
				: text("export.dossier.decision.unpublished"));
		return out.toString();
	}

	private String notes(List<StaffNote> notes) {
		StringBuilder out = new StringBuilder();
		heading(out, text("export.dossier.notes.title"));
		if (notes.isEmpty()) {
			line(out, text("export.dossier.none"));
		}
		for (StaffNote note : notes) {
			line(out, "— " + when(note.createdAt()) + ", " + note.authorName());
			line(out, note.body());
			line(out, "");
		}
		return out.toString();
	}

	private String history(List<StatusChange> history, List<JournalEntry> entries) {
		StringBuilder out = new StringBuilder();
		heading(out, text("export.dossier.history.title"));
		for (StatusChange change : history) {
			line(out, "— " + when(change.changedAt()) + " : "
					+ ((change.from() != null) ? text("status." + change.from().name()) + " → " : "")
					+ text("status." + change.to().name())
					+ ((change.changedBy() != null) ? " (" + change.changedBy() + ")" : "")
					+ ((change.reason() != null && !change.reason().isBlank()) ? " — " + change.reason() : ""));
		}
		line(out, "");
		heading(out, text("export.dossier.journal.title"));
		for (JournalEntry entry : entries) {
			line(out, "— " + when(entry.at()) + " : " + text("audit.action." + entry.action().name())
					+ ((entry.detail() != null) ? " — " + entry.detail() : "")
					+ ((entry.actorName() != null) ? " (" + entry.actorName() + ")" : "")
					+ ((entry.reason() != null && !entry.reason().isBlank()) ? " — " + entry.reason() : ""));
		}
		return out.toString();
	}

	/** A day and time as people read them, in Paris ({@code 26 novembre 2026 14:32}). */
	private String when(Instant instant) {
		return this.formats.date(instant) + " " + this.formats.time(instant);
	}

	private String shown(BigDecimal value) {
		return (value != null) ? this.formats.number(value) : "—";
	}

	private static void heading(StringBuilder out, String title) {
		line(out, title);
		line(out, "=".repeat(title.length()));
	}

	private static void line(StringBuilder out, String text) {
		out.append(text).append(LINE);
	}

	private String text(String key) {
		return this.texts.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
