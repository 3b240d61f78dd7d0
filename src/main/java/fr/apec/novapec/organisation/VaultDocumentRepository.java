package fr.apec.novapec.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface VaultDocumentRepository extends Repository<VaultDocument, Long> {

	/**
	 * The vault of the organisation, if this account is one of its members, in one query: no element means
	 * no such organisation for this account, a single {@code null} an empty vault.
	 */
	@Query("""
			select d from Organisation o join o.memberships m
			left join VaultDocument d on d.organisationId = o.id
			where o.id = :organisationId and m.accountId = :accountId
			order by d.uploadedAt desc, d.id desc""")
	List<VaultDocument> vaultOfMember(long organisationId, long accountId);

	/** The same, among these ids only. */
	@Query("""
			select new fr.apec.novapec.organisation.DocumentRow(d.id, d.kind, d.originalName, d.mediaType,
			       cast(d.sizeBytes as Long), d.validUntil, d.uploadedAt)
			from VaultDocument d where d.organisationId = :organisationId and d.id in :ids
			order by d.uploadedAt desc, d.id desc""")
	List<DocumentRow> rows(long organisationId, Collection<Long> ids);

	/** Every document of the organisation, without bytes. */
	@Query("""
			select new fr.apec.novapec.organisation.DocumentRow(d.id, d.kind, d.originalName, d.mediaType,
			       cast(d.sizeBytes as Long), d.validUntil, d.uploadedAt)
			from VaultDocument d where d.organisationId = :organisationId""")
	List<DocumentRow> rows(long organisationId);

	@Query("select d.id from VaultDocument d where d.organisationId = :organisationId and d.id in :ids")
	List<Long> idsOwnedBy(long organisationId, Collection<Long> ids);

	/** The document with its row locked until the transaction ends: a submission attaching it waits. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from VaultDocument d where d.id = :id and d.organisationId = :organisationId")
	Optional<VaultDocument> findLocked(long id, long organisationId);

	Optional<VaultDocument> findByIdAndOrganisationId(long id, long organisationId);

	void delete(VaultDocument document);

	/**
	 * The bytes of a document, for a download: the only statement that reads the content column.
	 */
	@Query(nativeQuery = true, value = """
			select d.original_name as "originalName", d.media_type as "mediaType", d.content as "content",
			       d.sha256 as "sha256"
			from organisation_document d where d.id = :id and d.organisation_id = :organisationId""")
	Optional<FileContent> file(long id, long organisationId);

	/**
	 * Keeps a file, or, when the organisation has the same bytes as the same kind already (a double
	 * click), updates that document's name, validity and upload. A PostgreSQL upsert: JPA has none.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into organisation_document (organisation_id, stored_name, kind, original_name, media_type,
			                                   size_bytes, sha256, content, valid_until, uploaded_by)
			values (:organisationId, :storedName, :kind, :originalName, :mediaType, :size, :sha256, :content,
			        cast(:validUntil as date), :accountId)
			on conflict (organisation_id, kind, sha256) do update
			set original_name = excluded.original_name, valid_until = excluded.valid_until,
			    uploaded_by = excluded.uploaded_by, uploaded_at = now()""")
	int upsert(long organisationId, UUID storedName, String kind, String originalName, String mediaType, int size,
			String sha256, byte[] content, String validUntil, long accountId);

	@Query("""
			select d.id from VaultDocument d
			where d.organisationId = :organisationId and d.kind = :kind and d.sha256 = :sha256""")
	long idOf(long organisationId, DocumentKind kind, String sha256);

	/** A document's bytes and what a download names them by. */
	interface FileContent {

		String getOriginalName();

		String getMediaType();

		byte[] getContent();

		String getSha256();

		default DocumentFile toFile() {
			return new DocumentFile(getOriginalName(), getMediaType(), getContent(), getSha256());
		}

	}

}
