package fr.apec.novapec.organisation;

import fr.apec.novapec.account.CurrentAccount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document vault of each organisation: statutes, accounts, bank details and the like, kept in the
 * database with their SHA-256. Only the members of an organisation list, download or delete its
 * documents; anyone else gets {@link OrganisationNotFoundException}, for an organisation id as for a
 * document id. A document that a record sent to Apec keeps (see {@link DocumentHolders}) cannot be deleted.
 */
@Service
public class DocumentVaultService {

	/** The largest file the vault takes: 10 MB. */
	public static final long MAX_SIZE = 10L * 1024 * 1024;

	/** File names longer than this are shortened, keeping their extension. */

	private final JdbcClient jdbc;

	private final Members members;

	private final ObjectProvider<DocumentHolders> holders;

	DocumentVaultService(JdbcClient jdbc, Members members, ObjectProvider<DocumentHolders> holders) {
		this.jdbc = jdbc;
		this.members = members;
		this.holders = holders;
	}

	/**
	 * The documents of the organisation, by kind then newest first, without their bytes, in one query.
	 * @throws OrganisationNotFoundException when this login is not a member
	 */
	@Transactional(readOnly = true)
	public List<DocumentRow> documents(long organisationId, CurrentAccount who) {
		String email = who.email();
		List<DocumentRow> rows = new ArrayList<>();
		boolean[] member = { false };
		// The membership is part of the query: no row at all means no such organisation for this login,
		// a row without document an empty vault.
		this.jdbc.sql("""
				select d.id, d.kind, d.original_name, d.media_type, d.size_bytes, d.valid_until, d.uploaded_at
				from organisation o
				join membership m on m.organisation_id = o.id
				join account a on a.id = m.account_id
				left join organisation_document d on d.organisation_id = o.id
				where o.id = :organisation and a.email = :email
				order by d.uploaded_at desc, d.id desc""")
			.param("organisation", organisationId)
			.param("email", Members.normalise(email))
			.query((RowCallbackHandler) (rs) -> {
				member[0] = true;
				if (rs.getObject("id") != null) {
					rows.add(row(rs));
				}
			});
		if (!member[0]) {
			throw new OrganisationNotFoundException();
		}
		// By kind in the order of DocumentKind; the sort is stable, so newest first within a kind.
		rows.sort(Comparator.comparing(DocumentRow::kind));
		return rows;
	}

	/**
	 * The documents of the organisation among these ids, for Apec staff reading one of its applications
	 * (they see the documents attached to it, not the rest of the vault); by kind then newest first. The
	 * caller answers for the reader being staff.
	 */
	@Transactional(readOnly = true)
	public List<DocumentRow> documentsForStaff(long organisationId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<DocumentRow> rows = new ArrayList<>(this.jdbc.sql("""
				select d.id, d.kind, d.original_name, d.media_type, d.size_bytes, d.valid_until, d.uploaded_at
				from organisation_document d
				where d.organisation_id = :organisation and d.id in (:ids)
				order by d.uploaded_at desc, d.id desc""")
			.param("organisation", organisationId)
			.param("ids", ids)
			.query((rs, n) -> row(rs))
			.list());
		rows.sort(Comparator.comparing(DocumentRow::kind));
		return rows;
	}

	/**
	 * The bytes of one of the organisation's documents, for a caller that has already checked that its
	 * reader may have them (staff downloading a document attached to an application).
	 * @return empty when the organisation has no document with this id
	 */
	@Transactional(readOnly = true)
	public Optional<DocumentFile> file(long organisationId, long documentId) {
		return this.jdbc.sql("""
				select d.original_name, d.media_type, d.content, d.sha256 from organisation_document d
				where d.id = :document and d.organisation_id = :organisation""")
			.param("document", documentId)
			.param("organisation", organisationId)
			.query(DocumentFile.class)
			.optional();
	}

	/** Which of these documents are the organisation's, in one query: the others are not its to attach. */
	@Transactional(readOnly = true)
	public Set<Long> idsOwnedBy(long organisationId, Collection<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc
			.sql("select id from organisation_document where organisation_id = :organisation and id in (:ids)")
			.param("organisation", organisationId)
			.param("ids", Set.copyOf(documentIds))
			.query(Long.class)
			.list());
	}

	/**
	 * Keeps a file in the vault under a generated name, after checking its size and recognising its type
	 * from its bytes. The same file sent again as the same kind (a double click) stays one document, with
	 * the latest validity date.
	 * @return the document's id
	 * @throws RejectedDocumentException when the file is empty, too large or of a type not accepted
	 * @throws OrganisationNotFoundException when this login is not a member
	 */
	@Transactional
	public long store(long organisationId, CurrentAccount who, DocumentUpload upload) {
		String email = who.email();
		long accountId = this.members.require(organisationId, email);
		byte[] content = upload.content();
		AcceptedFileType type = AcceptedFileType.accept(content);
		return this.jdbc.sql("""
				insert into organisation_document (organisation_id, stored_name, kind, original_name, media_type,
				                                   size_bytes, sha256, content, valid_until, uploaded_by)
				values (:organisation, :storedName, :kind, :originalName, :mediaType, :size, :sha256, :content,
				        :validUntil, :account)
				on conflict (organisation_id, kind, sha256) do update
				set original_name = excluded.original_name, valid_until = excluded.valid_until,
				    uploaded_by = excluded.uploaded_by, uploaded_at = now()
				returning id""")
			.param("organisation", organisationId)
			.param("storedName", UUID.randomUUID())
			.param("kind", upload.kind().name())
			.param("originalName", type.fileName(upload.originalName()))
			.param("mediaType", type.mediaType())
			.param("size", content.length)
			.param("sha256", Tokens.sha256(content))
			.param("content", content)
			.param("validUntil", upload.validUntil())
			.param("account", accountId)
			.query(Long.class)
			.single();
	}

	/**
	 * The document with its bytes.
	 * @throws OrganisationNotFoundException when this login is not a member of the organisation or the
	 * document is not one of the organisation's
	 */
	@Transactional(readOnly = true)
	public DocumentFile download(long organisationId, long documentId, CurrentAccount who) {
		String email = who.email();
		return this.jdbc.sql("""
				select d.original_name, d.media_type, d.content, d.sha256
				from organisation_document d
				join membership m on m.organisation_id = d.organisation_id
				join account a on a.id = m.account_id
				where d.id = :document and d.organisation_id = :organisation and a.email = :email""")
			.param("document", documentId)
			.param("organisation", organisationId)
			.param("email", Members.normalise(email))
			.query(DocumentFile.class)
			.optional()
			.orElseThrow(OrganisationNotFoundException::new);
	}

	/**
	 * The document as its deletion would be confirmed: its name, and everything that has it attached. Not a
	 * read-only transaction: the {@link DocumentHolders} lock what they name, as they do for a deletion.
	 * @throws OrganisationNotFoundException as {@link #download}
	 */
	@Transactional
	public DocumentDeletion deletion(long organisationId, long documentId, CurrentAccount who) {
		String email = who.email();
		return deletion(organisationId, documentId, email, "");
	}

	/**
	 * Deletes the document, and so detaches it from the drafts that had it attached, unless a record sent to
	 * Apec keeps it. The document is locked first, then what holds it, in one transaction: a submission
	 * at the same time either comes first, and the deletion is refused, or waits for it.
	 * @return its file name, to tell the member which one went
	 * @throws DocumentKeptException when something sent to Apec keeps it; nothing is deleted
	 * @throws OrganisationNotFoundException as {@link #download}
	 */
	@Transactional
	public String delete(long organisationId, long documentId, CurrentAccount who) {
		String email = who.email();
		DocumentDeletion deletion = deletion(organisationId, documentId, email, " for update of d");
		if (deletion.refused()) {
			throw new DocumentKeptException(deletion);
		}
		this.jdbc.sql("delete from organisation_document where id = :document")
			.param("document", documentId)
			.update();
		return deletion.originalName();
	}

	private DocumentDeletion deletion(long organisationId, long documentId, String email, String lock) {
		DocumentDeletion document = this.jdbc.sql("""
				select d.id, d.kind, d.original_name
				from organisation_document d
				join membership m on m.organisation_id = d.organisation_id
				join account a on a.id = m.account_id
				where d.id = :document and d.organisation_id = :organisation and a.email = :email""" + lock)
			.param("document", documentId)
			.param("organisation", organisationId)
			.param("email", Members.normalise(email))
			.query((rs, row) -> new DocumentDeletion(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")),
					rs.getString("original_name"), List.of()))
			.optional()
			.orElseThrow(OrganisationNotFoundException::new);
		List<DocumentHolder> holding = this.holders.orderedStream()
			.flatMap((holder) -> holder.holding(organisationId, documentId).stream())
			.toList();
		return new DocumentDeletion(document.id(), document.kind(), document.originalName(), holding);
	}


	private static DocumentRow row(ResultSet rs) throws SQLException {
		Timestamp uploadedAt = rs.getTimestamp("uploaded_at");
		return new DocumentRow(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")),
				rs.getString("original_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
				rs.getObject("valid_until", LocalDate.class), uploadedAt.toInstant());
	}

}
