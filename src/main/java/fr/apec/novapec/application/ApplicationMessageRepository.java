package fr.apec.novapec.application;

import java.util.List;
import java.util.Optional;

import fr.apec.novapec.organisation.DocumentFile;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The messages of the applications' threads, and what the thread reads of its application. */
interface ApplicationMessageRepository extends Repository<ApplicationMessage, Long> {

	ApplicationMessage save(ApplicationMessage message);

	/**
	 * The thread of an application in one statement, oldest message first, a line per file (one for a
	 * message without a file), without the files' bytes.
	 */
	@Query("""
			select new fr.apec.novapec.application.MessageLine(m.id, m.authorId, m.fromStaff, m.body, m.createdAt,
			       f.id, f.originalName, f.mediaType, f.sizeBytes)
			from ApplicationMessage m left join m.files f
			where m.applicationId = :applicationId
			order by m.createdAt, m.id, f.id""")
	List<MessageLine> thread(long applicationId);

	/** A file with its bytes, only when it is of this message and the message of this application. */
	@Query("""
			select new fr.apec.novapec.organisation.DocumentFile(f.originalName, f.mediaType, f.content, f.sha256)
			from MessageFile f join f.message m
			where f.id = :fileId and m.id = :messageId and m.applicationId = :applicationId""")
	Optional<DocumentFile> file(long applicationId, long messageId, long fileId);

	/** The application's state as the thread reads it (from this module's grant_application), for reading the thread. */
	@Query(nativeQuery = true, value = """
			select organisation_id as "organisationId", status as "status", submitted_at is not null as "submitted",
			       reference as "reference", title as "title"
			from grant_application where id = :applicationId""")
	Optional<ThreadState> state(long applicationId);

}
