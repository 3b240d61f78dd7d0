package fr.apec.novapec.application;

import fr.apec.novapec.account.CurrentAccount;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.apec.novapec.application.MessageRefusedException.Problem;
import fr.apec.novapec.organisation.AcceptedFileType;
import fr.apec.novapec.organisation.DocumentFile;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.organisation.RejectedDocumentException;
import fr.apec.novapec.shared.mail.MailOutbox;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message thread of each application between the members of its organisation and Apec staff, with
 * a file or not per message. A member reads and writes only the threads of its organisation's
 * applications; staff only those of applications submitted at least once (never a draft). To anyone
 * else, and for any message or file id that is not of that application, there is nothing:
 * {@link ApplicationNotFoundException} (a 404). A thread is open from the submission until a withdrawal.
 * Files are checked as the organisation's vault checks them: 10 MB at most, type recognised from the bytes.
 */
@Service
public class ApplicationMessages {

	/** The longest text of a message, in characters, once its line breaks are normalised. */
	public static final int MAX_LENGTH = 5000;

	/** The largest file a message takes: the vault's 10 MB. */
	public static final long MAX_FILE_SIZE = DocumentVaultService.MAX_SIZE;


	private final JdbcClient jdbc;

	private final MailOutbox mail;

	ApplicationMessages(JdbcClient jdbc, MailOutbox mail) {
		this.jdbc = jdbc;
		this.mail = mail;
	}

	/**
	 * The thread as a member reads it, oldest first: staff messages carry no person's name.
	 * @throws ApplicationNotFoundException when this login is not a member of the organisation
	 */
	@Transactional(readOnly = true)
	public MessageThread thread(long applicationId, CurrentAccount who) {
		String email = who.email();
		ApplicationStatus status = memberStatus(applicationId, email, "");
		return new MessageThread(applicationId, status, open(status), messages(applicationId, false));
	}

	/**
	 * The thread as staff read it, with the names of staff authors.
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 */
	@Transactional(readOnly = true)
	public MessageThread threadForStaff(long applicationId) {
		ApplicationStatus status = staffStatus(applicationId, "");
		return new MessageThread(applicationId, status, open(status), messages(applicationId, true));
	}

	/**
	 * Writes a message of a member, with its file if any, whole or not at all.
	 * @return the message's id
	 * @throws ApplicationNotFoundException when this login is not a member of the organisation
	 * @throws MessageThreadClosedException when the application is a draft or withdrawn
	 * @throws MessageRefusedException when the text or the file breaks a rule
	 */
	@Transactional
	public long write(long applicationId, CurrentAccount who, String body, MessageUpload file) {
		String email = who.email();
		ApplicationStatus status = memberStatus(applicationId, email, " for update of g");
		if (!open(status)) {
			throw new MessageThreadClosedException(applicationId, status);
		}
		Checked message = check(body, file);
		long author = accountId(email).orElseThrow(ApplicationNotFoundException::new);
		return insert(applicationId, author, false, message);
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
	@Transactional
	public long writeAsStaff(long applicationId, CurrentAccount who, String body, MessageUpload file) {
		String email = who.email();
		ApplicationStatus status = staffStatus(applicationId, " for update of g");
		if (!open(status)) {
			throw new MessageThreadClosedException(applicationId, status);
		}
		long id = insert(applicationId, accountId(email).orElse(null), true, check(body, file));
		StatusChangeMail.toMembers(this.jdbc, this.mail, applicationId, "application-message", Map.of());
		return id;
	}

	/**
	 * A file of a message of the application, with its bytes, for a member.
	 * @throws ApplicationNotFoundException when this login is not a member, or the message is not of this
	 * application, or the file not of this message
	 */
	@Transactional(readOnly = true)
	public DocumentFile file(long applicationId, long messageId, long fileId, CurrentAccount who) {
		String email = who.email();
		return file(applicationId, messageId, fileId, MEMBER, normalise(email));
	}

	/**
	 * A file of a message of the application, with its bytes, for staff.
	 * @throws ApplicationNotFoundException as {@link #file(long, long, long, String)}, or when the
	 * application was never submitted
	 */
	@Transactional(readOnly = true)
	public DocumentFile fileForStaff(long applicationId, long messageId, long fileId) {
		return file(applicationId, messageId, fileId, ApplicationService.STAFF_VISIBLE, "");
	}

	/** Writes a message of staff without mail (the caller tells the members its own way). */
	long writeQuietlyAsStaff(long applicationId, String email, String body) {
		return insert(applicationId, accountId(email).orElse(null), true, check(body, null));
	}

	/** Whether a message may be written in this state: submitted at least once and not withdrawn. */
	static boolean open(ApplicationStatus status) {
		return status != ApplicationStatus.DRAFT && status != ApplicationStatus.WITHDRAWN;
	}

	/**
	 * The text as it will be kept (line breaks as {@code \n}, no other control character, no surrounding
	 * spaces) and the file's type, or every problem found in either.
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
		return new Checked(text, file, type);
	}

	static String clean(String body) {
		if (body == null) {
			return "";
		}
		String text = body.replace("\r\n", "\n").replace('\r', '\n');
		return text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
	}


	private long insert(long applicationId, Long author, boolean fromStaff, Checked message) {
		long id = this.jdbc.sql("""
				insert into application_message (application_id, author_id, from_staff, body)
				values (:application, :author, :staff, :body) returning id""")
			.param("application", applicationId)
			.param("author", author, java.sql.Types.BIGINT)
			.param("staff", fromStaff)
			.param("body", message.text())
			.query(Long.class)
			.single();
		if (message.file() != null) {
			byte[] content = message.file().content();
			this.jdbc.sql("""
					insert into application_message_file (message_id, original_name, media_type, size_bytes, sha256,
					                                      content)
					values (:message, :name, :type, :size, :sha256, :content)""")
				.param("message", id)
				.param("name", message.type().fileName(message.file().originalName()))
				.param("type", message.type().mediaType())
				.param("size", content.length)
				.param("sha256", sha256(content))
				.param("content", content)
				.update();
		}
		this.jdbc.sql("update grant_application set updated_at = now() where id = :id").param("id", applicationId).update();
		return id;
	}

	private List<ApplicationMessage> messages(long applicationId, boolean staffReader) {
		Map<Long, ApplicationMessage> messages = new LinkedHashMap<>();
		this.jdbc.sql("""
				select m.id, m.from_staff, m.body, m.created_at, a.display_name,
				       f.id as file_id, f.original_name, f.media_type, f.size_bytes
				from application_message m
				left join account a on a.id = m.author_id
				left join application_message_file f on f.message_id = m.id
				where m.application_id = :id
				order by m.created_at, m.id, f.id""")
			.param("id", applicationId)
			.query((RowCallbackHandler) (rs) -> {
				long id = rs.getLong("id");
				ApplicationMessage message = messages.get(id);
				if (message == null) {
					boolean fromStaff = rs.getBoolean("from_staff");
					message = new ApplicationMessage(id, (fromStaff && !staffReader) ? null : rs.getString("display_name"),
							fromStaff, rs.getString("body"), rs.getTimestamp("created_at").toInstant(), new ArrayList<>());
					messages.put(id, message);
				}
				if (rs.getObject("file_id") != null) {
					message.files().add(new ApplicationMessage.Attachment(rs.getLong("file_id"),
							rs.getString("original_name"), rs.getString("media_type"), rs.getLong("size_bytes")));
				}
			});
		return messages.values().stream()
			.map((m) -> new ApplicationMessage(m.id(), m.authorName(), m.fromStaff(), m.body(), m.createdAt(),
					List.copyOf(m.files())))
			.toList();
	}

	private DocumentFile file(long applicationId, long messageId, long fileId, String condition, String email) {
		return this.jdbc.sql("""
				select f.original_name, f.media_type, f.content, f.sha256
				from application_message_file f
				join application_message m on m.id = f.message_id
				join grant_application g on g.id = m.application_id
				where f.id = :file and m.id = :message and g.id = :application""" + " and " + condition)
			.param("file", fileId)
			.param("message", messageId)
			.param("application", applicationId)
			.param("email", email)
			.query(DocumentFile.class)
			.optional()
			.orElseThrow(ApplicationNotFoundException::new);
	}

	private static final String MEMBER = """
			exists (select 1 from membership m join account a on a.id = m.account_id
			        where m.organisation_id = g.organisation_id and a.email = :email)""";

	private ApplicationStatus memberStatus(long applicationId, String email, String lock) {
		return this.jdbc.sql("select g.status from grant_application g where g.id = :id and " + MEMBER + lock)
			.param("id", applicationId)
			.param("email", normalise(email))
			.query(String.class)
			.optional()
			.map(ApplicationStatus::valueOf)
			.orElseThrow(ApplicationNotFoundException::new);
	}

	/** The state of an application staff may see, locked when asked. */
	ApplicationStatus staffStatus(long applicationId, String lock) {
		return this.jdbc.sql("select g.status from grant_application g where g.id = :id and "
				+ ApplicationService.STAFF_VISIBLE + lock)
			.param("id", applicationId)
			.query(String.class)
			.optional()
			.map(ApplicationStatus::valueOf)
			.orElseThrow(ApplicationNotFoundException::new);
	}

	private Optional<Long> accountId(String email) {
		return this.jdbc.sql("select id from account where email = :email")
			.param("email", normalise(email))
			.query(Long.class)
			.optional();
	}

	private static String normalise(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** A message that passed the checks: its cleaned text, its file and the file's type (or none). */
	record Checked(String text, MessageUpload file, AcceptedFileType type) {
	}

}
