package fr.apec.novapec.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.apec.novapec.account.AccountName;
import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.shared.AuditedAction;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The private notes of Apec staff on an application: staff and administrators write and read them (by the
 * security context as well as by the URL rules and the roles of the account that acts); nothing an
 * applicant reads (their pages, the PDF, the thread, the mail) ever takes them. Each note is a line of the
 * audit journal (NOTE, without its text), in the transaction that writes it.
 */
@Service
@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
public class StaffNotes {

	/** The longest text of a note, in characters, once its line breaks are normalised. */
	public static final int MAX_LENGTH = ApplicationNote.MAX_LENGTH;

	private final ApplicationNoteRepository notes;

	private final Applications applications;

	private final AccountService accounts;

	private final Audit audit;

	private final Clock clock;

	StaffNotes(ApplicationNoteRepository notes, Applications applications, AccountService accounts, Audit audit,
			Clock clock) {
		this.notes = notes;
		this.applications = applications;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Writes a note of this staff account on an application staff may see.
	 * @return the note's id
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 * @throws IllegalArgumentException when the text is blank or longer than {@link #MAX_LENGTH}
	 * @throws AccessDeniedException when the account that acts is not staff
	 */
	@Transactional
	public long add(long applicationId, CurrentAccount who, String text) {
		if (!who.isStaff()) {
			throw new AccessDeniedException("Staff only");
		}
		this.applications.submittedApplication(applicationId);
		ApplicationNote note = this.notes.save(ApplicationNote.write(applicationId, who.id(), text,
				this.clock.instant()));
		this.audit.record(applicationId, who.id(), AuditedAction.Action.NOTE, null, null);
		return note.getId();
	}

	/** The notes of an application, newest first, with their authors' names. */
	@Transactional(readOnly = true)
	public List<StaffNote> notesOf(long applicationId) {
		List<ApplicationNote> found = this.notes.findByApplicationIdOrderByCreatedAtDescIdDesc(applicationId);
		List<Long> authors = found.stream().map(ApplicationNote::getAuthorId).filter(Objects::nonNull).distinct().toList();
		Map<Long, AccountName> names = authors.isEmpty() ? Map.of() : this.accounts.names(authors);
		return found.stream().map((note) -> {
			AccountName author = (note.getAuthorId() != null) ? names.get(note.getAuthorId()) : null;
			return new StaffNote(note.getId(), (author != null) ? author.displayName() : null, note.getBody(),
					note.getCreatedAt());
		}).toList();
	}

}
