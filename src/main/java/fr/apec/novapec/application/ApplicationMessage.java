package fr.apec.novapec.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.application.MessageRefusedException.Problem;
import fr.apec.novapec.organisation.AcceptedFileType;
import fr.apec.novapec.organisation.RejectedDocumentException;
import fr.apec.novapec.shared.Sha256;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A message of an application's thread, with its files: an aggregate of its own, written once and never
 * changed (so it needs no version). It names its application and its author by id: the application is
 * another aggregate, the author an account of another module. It is only ever built by {@link #write},
 * which checks the rules; pages read the thread through a projection ({@link MessageLine}) and a file's
 * bytes only for a download, never by loading this entity.
 */
@Entity
@Table(name = "application_message")
class ApplicationMessage {

	/** The longest text of a message, in characters, once its line breaks are normalised. */
	static final int MAX_LENGTH = 5000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false, updatable = false)
	private Long applicationId;

	/** Null for an account deleted since (the foreign key sets it so). */
	@Column(name = "author_id", updatable = false)
	private Long authorId;

	@Column(name = "from_staff", nullable = false, updatable = false)
	private boolean fromStaff;

	@Column(nullable = false, updatable = false)
	private String body;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<MessageFile> files = new ArrayList<>();

	protected ApplicationMessage() {
	}

	private ApplicationMessage(long applicationId, long authorId, boolean fromStaff, String body, Instant createdAt) {
		this.applicationId = applicationId;
		this.authorId = authorId;
		this.fromStaff = fromStaff;
		this.body = body;
		this.createdAt = createdAt;
	}

	/**
	 * A new message in the thread of an application in this state, by this account, with its file if any.
	 * @param status the application's state, read under the lock that orders this message with a change of
	 * state (a withdrawal)
	 * @throws MessageThreadClosedException when the thread is not open in this state
	 * @throws MessageRefusedException when the text or the file breaks a rule (every problem at once)
	 */
	static ApplicationMessage write(long applicationId, ApplicationStatus status, long authorId, boolean fromStaff,
			String body, MessageUpload upload, Instant now) {
		if (!open(status)) {
			throw new MessageThreadClosedException(applicationId, status);
		}
		Checked checked = check(body, upload);
		ApplicationMessage message = new ApplicationMessage(applicationId, authorId, fromStaff, checked.text(), now);
		if (upload != null) {
			message.files.add(new MessageFile(message, checked.type().fileName(upload.originalName()),
					checked.type().mediaType(), upload.content(), Sha256.hex(upload.content())));
		}
		return message;
	}

	/** Whether a message may be written in this state: submitted at least once and not withdrawn. */
	static boolean open(ApplicationStatus status) {
		return status != ApplicationStatus.DRAFT && status != ApplicationStatus.WITHDRAWN;
	}

	/**
	 * The text as it will be kept (line breaks as {@code \n}, no other control character, no surrounding
	 * spaces) and the file's type, or every problem found in either.
	 * @throws MessageRefusedException with every problem found
	 */
	static Checked check(String body, MessageUpload file) {
		List<Problem> problems = new ArrayList<>();
		String text = clean(body);
		if (text.isEmpty()) {
			problems.add(Problem.TEXT_EMPTY);
		}
		else if (text.length() > MAX_LENGTH) {
			problems.add(Problem.TEXT_TOO_LONG);
		}
		AcceptedFileType type = null;
		if (file != null) {
			try {
				type = AcceptedFileType.accept(file.content());
			}
			catch (RejectedDocumentException ex) {
				problems.add(switch (ex.reason()) {
					case EMPTY -> Problem.FILE_EMPTY;
					case TOO_LARGE -> Problem.FILE_TOO_LARGE;
					case TYPE_NOT_ACCEPTED -> Problem.FILE_TYPE_NOT_ACCEPTED;
				});
			}
		}
		if (!problems.isEmpty()) {
			throw new MessageRefusedException(problems);
		}
		return new Checked(text, type);
	}

	static String clean(String body) {
		if (body == null) {
			return "";
		}
		String text = body.replace("\r\n", "\n").replace('\r', '\n');
		return text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
	}

	Long getId() {
		return this.id;
	}

	long getApplicationId() {
		return this.applicationId;
	}

	Long getAuthorId() {
		return this.authorId;
	}

	boolean isFromStaff() {
		return this.fromStaff;
	}

	String getBody() {
		return this.body;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	List<MessageFile> getFiles() {
		return List.copyOf(this.files);
	}

	/** A text that passed the checks, cleaned, and the type of its file (null without a file). */
	record Checked(String text, AcceptedFileType type) {
	}

}
