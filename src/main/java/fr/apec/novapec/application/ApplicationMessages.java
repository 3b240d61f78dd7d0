package fr.apec.novapec.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.apec.novapec.account.AccountName;
import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.organisation.DocumentFile;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.shared.AuditedAction;
import fr.apec.novapec.shared.mail.MailOutbox;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message thread of each application between the members of its organisation and Apec staff, with
 * a file or not per message. A member reads and writes only the threads of its organisation's
 * applications; staff only those of applications submitted at least once (never a draft). To anyone
 * else, and for any message or file id that is not of that application, there is nothing:
 * {@link ApplicationNotFoundException} (a 404). A thread is open from the submission until a withdrawal.
 * Files are checked as the organisation's vault checks them: 10 MB at most, type recognised from the bytes.
 * Each message is an {@link ApplicationMessage} aggregate; the thread is read through a projection, and
 * a file's bytes only for its download. The staff methods ({@code *ForStaff}, {@code writeAsStaff}) check
 * the role of the security context themselves (staff or administrator), not only the URL rules.
 */
@Service
public class ApplicationMessages {

	/** The longest text of a message, in characters, once its line breaks are normalised. */
	public static final int MAX_LENGTH = ApplicationMessage.MAX_LENGTH;

	/** The largest file a message takes: the vault's 10 MB. */
	public static final long MAX_FILE_SIZE = DocumentVaultService.MAX_SIZE;

	private final ApplicationMessageRepository repository;

	private final ApplicationAccess access;

	private final OrganisationService organisations;

	private final AccountService accounts;

	private final MailOutbox mail;

	private final Audit audit;

	private final Clock clock;

	private final StaffNotifications staffNotifications;

	ApplicationMessages(ApplicationMessageRepository repository, ApplicationAccess access, OrganisationService organisations,
			AccountService accounts, MailOutbox mail, Audit audit, Clock clock, StaffNotifications staffNotifications) {
		this.audit = audit;
		this.staffNotifications = staffNotifications;
		this.repository = repository;
		this.access = access;
		this.organisations = organisations;
		this.accounts = accounts;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * The thread as a member reads it, oldest first: staff messages carry no person's name.
	 * @throws ApplicationNotFoundException when this account is not a member of the organisation
	 */
	@Transactional(readOnly = true)
	public MessageThread thread(long applicationId, CurrentAccount who) {
		ApplicationStatus status = memberState(applicationId, who).status();
		return new MessageThread(applicationId, status, ApplicationMessage.open(status), messages(applicationId, false));
	}

	/**
	 * The thread as staff read it, with the names of staff authors.
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional(readOnly = true)
	public MessageThread threadForStaff(long applicationId) {
		ApplicationStatus status = staffState(applicationId).status();
		return new MessageThread(applicationId, status, ApplicationMessage.open(status), messages(applicationId, true));
	}

	/**
	 * Writes a message of a member, with its file if any, whole or not at all. Two identical messages sent
	 * at once (a double click) are two messages: nothing is lost, and nothing needs guarding.
	 * @return the message's id
	 * @throws ApplicationNotFoundException when this account is not a member of the organisation
	 * @throws MessageThreadClosedException when the application is a draft or withdrawn
	 * @throws MessageRefusedException when the text or the file breaks a rule
	 */
	@Transactional
	public long write(long applicationId, CurrentAccount who, String body, MessageUpload file) {
		GrantApplication application = this.access.lockedForMember(applicationId, who);
		ApplicationMessage message = ApplicationMessage.write(applicationId, application.status(), who.id(), false, body,
				file, this.clock.instant());
		long id = save(application, message);
		journal(applicationId, who, message);
		// The staff of its regions are told that the applicant wrote (never what: the mail only links).
		this.staffNotifications.tell(application, StaffNotifications.Event.MESSAGE);
		return id;
	}

	/**
	 * Writes a message of staff, with its file if any, and queues a mail to every member of the
	 * organisation, in the same transaction. The mail says that a message is waiting and links to the
	 * application, without the message: what staff write may hold personal or financial details that
	 * have no place in a mailbox, and a link needs a login.
	 * @return the message's id
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 * @throws MessageThreadClosedException when the application is withdrawn
	 * @throws MessageRefusedException when the text or the file breaks a rule
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional
	public long writeAsStaff(long applicationId, CurrentAccount who, String body, MessageUpload file) {
		GrantApplication application = lockedForStaff(applicationId);
		ApplicationMessage message = ApplicationMessage.write(applicationId, application.status(), who.id(), true, body,
				file, this.clock.instant());
		long id = save(application, message);
		journal(applicationId, who, message);
		tellMembers(application);
		return id;
	}

	/**
	 * A file of a message of the application, with its bytes, for a member.
	 * @throws ApplicationNotFoundException when this account is not a member, or the message is not of this
	 * application, or the file not of this message
	 */
	@Transactional(readOnly = true)
	public DocumentFile file(long applicationId, long messageId, long fileId, CurrentAccount who) {
		memberState(applicationId, who);
		return this.repository.file(applicationId, messageId, fileId).orElseThrow(ApplicationNotFoundException::new);
	}

	/**
	 * A file of a message of the application, with its bytes, for staff: the audit journal keeps who
	 * downloaded it.
	 * @throws ApplicationNotFoundException as {@link #file(long, long, long, CurrentAccount)}, or when the
	 * application was never submitted
	 */
	@PreAuthorize("hasAnyRole('STAFF','ADMIN')")
	@Transactional
	public DocumentFile fileForStaff(long applicationId, long messageId, long fileId, CurrentAccount who) {
		staffState(applicationId);
		DocumentFile file = this.repository.file(applicationId, messageId, fileId)
			.orElseThrow(ApplicationNotFoundException::new);
		this.audit.record(applicationId, who.id(), AuditedAction.Action.DOCUMENT_DOWNLOAD, file.originalName(), null);
		return file;
	}

	/**
	 * Writes a message of staff without mail (the caller tells the members its own way), in the caller's
	 * transaction, which has already checked that staff may act on the application and locked it.
	 */
	long writeQuietlyAsStaff(long applicationId, CurrentAccount who, String body) {
		GrantApplication application = lockedForStaff(applicationId);
		return save(application, ApplicationMessage.write(applicationId, application.status(), who.id(), true, body,
				null, this.clock.instant()));
	}

	/**
	 * The text as it will be kept (line breaks as {@code \n}, no other control character, no surrounding
	 * spaces), or every problem found in it or in the file.
	 * @throws MessageRefusedException with every problem found
	 */
	static ApplicationMessage.Checked check(String body, MessageUpload file) {
		return ApplicationMessage.check(body, file);
	}

	/**
	 * Locks, until the transaction ends, the row of an application staff may see, so that a staff change
	 * and a message of its thread happen one after the other.
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 */
	void lockForStaff(long applicationId) {
		lockedForStaff(applicationId);
	}

	/**
	 * The message's line in the audit journal: who wrote it, and the name of its file as kept, if any (never its
	 * text, which stays in the thread).
	 */
	private void journal(long applicationId, CurrentAccount who, ApplicationMessage message) {
		String file = message.getFiles().stream().map(MessageFile::getOriginalName).findFirst().orElse(null);
		this.audit.record(applicationId, who.id(), AuditedAction.Action.MESSAGE, file, null);
	}

	private GrantApplication lockedForStaff(long applicationId) {
		GrantApplication application = this.access.lockedForStaff(applicationId);
		if (!application.visibleToStaff()) {
			throw new ApplicationNotFoundException();
		}
		return application;
	}

	/** The message, and the application's last activity: its lists show it first. */
	private long save(GrantApplication application, ApplicationMessage message) {
		ApplicationMessage saved = this.repository.save(message);
		application.touch(message.getCreatedAt());
		return saved.getId();
	}

	private List<ThreadMessage> messages(long applicationId, boolean staffReader) {
		List<MessageLine> lines = this.repository.thread(applicationId);
		Set<Long> authors = new LinkedHashSet<>();
		for (MessageLine line : lines) {
			// A member never reads the name of a person of staff: the page shows the team's.
			if (line.authorId() != null && (staffReader || !line.fromStaff())) {
				authors.add(line.authorId());
			}
		}
		Map<Long, AccountName> names = this.accounts.names(authors);
		Map<Long, ThreadMessage> messages = new LinkedHashMap<>();
		for (MessageLine line : lines) {
			ThreadMessage message = messages.computeIfAbsent(line.messageId(),
					(id) -> new ThreadMessage(id,
							(line.fromStaff() && !staffReader) ? null : authorName(names, line.authorId()),
							line.fromStaff(), line.body(), line.createdAt(), new ArrayList<>()));
			if (line.fileId() != null) {
				message.files()
					.add(new ThreadMessage.Attachment(line.fileId(), line.originalName(), line.mediaType(),
							line.sizeBytes()));
			}
		}
		return messages.values()
			.stream()
			.map((m) -> new ThreadMessage(m.id(), m.authorName(), m.fromStaff(), m.body(), m.createdAt(),
					List.copyOf(m.files())))
			.toList();
	}

	private static String authorName(Map<Long, AccountName> names, Long authorId) {
		AccountName name = (authorId != null) ? names.get(authorId) : null;
		return (name != null) ? name.displayName() : null;
	}

	/** The application, when this account is a member of its organisation. */
	private ThreadState memberState(long applicationId, CurrentAccount who) {
		ThreadState state = this.repository.state(applicationId).orElseThrow(ApplicationNotFoundException::new);
		if (!this.organisations.isMember(state.getOrganisationId(), who.id())) {
			throw new ApplicationNotFoundException();
		}
		return state;
	}

	/** The application, when staff may see it (submitted at least once). */
	private ThreadState staffState(long applicationId) {
		return this.repository.state(applicationId)
			.filter(ThreadState::visibleToStaff)
			.orElseThrow(ApplicationNotFoundException::new);
	}

	/** One mail per member (enabled account) of the organisation, queued in this transaction. */
	private void tellMembers(GrantApplication application) {
		long organisationId = application.organisationId();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("applicationId", application.id());
		model.put("reference", application.reference());
		model.put("title", application.title());
		model.put("organisationName", this.organisations.names(List.of(organisationId)).get(organisationId));
		for (String recipient : this.organisations.memberEmails(organisationId)) {
			this.mail.enqueue(recipient, "application-message", model, application.title(), application.reference());
		}
	}

}
