package fr.apec.novapec.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.apec.novapec.account.CurrentAccount;

import fr.apec.novapec.shared.Sha256;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document vault of each organisation: statutes, accounts, bank details and the like, kept in the
 * database with their SHA-256. Only the members of an organisation list, download or delete its
 * documents; anyone else gets {@link OrganisationNotFoundException}, for an organisation id as for a
 * document id. A document that a record sent to Apec keeps (see {@link DocumentHolders}) cannot be deleted.
 * Lists never read the files' bytes: only a download does.
 */
@Service
public class DocumentVaultService {

	/** The largest file the vault takes: 10 MB. */
	public static final long MAX_SIZE = 10L * 1024 * 1024;

	private final VaultDocumentRepository documents;

	private final Members members;

	private final ObjectProvider<DocumentHolders> holders;

	DocumentVaultService(VaultDocumentRepository documents, Members members, ObjectProvider<DocumentHolders> holders) {
		this.documents = documents;
		this.members = members;
		this.holders = holders;
	}

	/**
	 * The documents of the organisation, by kind then newest first, without their bytes.
	 * @throws OrganisationNotFoundException when this account is not a member
	 */
	@Transactional(readOnly = true)
	public List<DocumentRow> documents(long organisationId, CurrentAccount who) {
		// The membership is part of the query (the page's one statement).
		List<VaultDocument> vault = this.documents.vaultOfMember(organisationId, who.id());
		if (vault.isEmpty()) {
			throw new OrganisationNotFoundException();
		}
		return byKind(vault.stream().filter(Objects::nonNull).map(VaultDocument::row).toList());
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
		return byKind(this.documents.rows(organisationId, Set.copyOf(ids)));
	}

	/**
	 * Every document of the organisation's vault, without bytes, by kind then newest first, for Apec staff
	 * re-running the eligibility rules of an application (the rules look at the whole vault, as at its
	 * submission). The caller answers for the reader being staff.
	 */
	@Transactional(readOnly = true)
	public List<DocumentRow> vaultForStaff(long organisationId) {
		return byKind(this.documents.rows(organisationId));
	}

	/**
	 * The bytes of one of the organisation's documents, for a caller that has already checked that its
	 * reader may have them (staff downloading a document attached to an application).
	 * @return empty when the organisation has no document with this id
	 */
	@Transactional(readOnly = true)
	public Optional<DocumentFile> file(long organisationId, long documentId) {
		return this.documents.file(documentId, organisationId).map(VaultDocumentRepository.FileContent::toFile);
	}

	/** Which of these documents are the organisation's, in one query: the others are not its to attach. */
	@Transactional(readOnly = true)
	public Set<Long> idsOwnedBy(long organisationId, Collection<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.documents.idsOwnedBy(organisationId, Set.copyOf(documentIds)));
	}

	/**
	 * Keeps a file in the vault under a generated name, after checking its size and recognising its type
	 * from its bytes. The same file sent again as the same kind (a double click) stays one document, with
	 * the latest validity date.
	 * @return the document's id
	 * @throws RejectedDocumentException when the file is empty, too large or of a type not accepted
	 * @throws OrganisationNotFoundException when this account is not a member
	 */
	@Transactional
	public long store(long organisationId, CurrentAccount who, DocumentUpload upload) {
		this.members.require(organisationId, who);
		byte[] content = upload.content();
		AcceptedFileType type = AcceptedFileType.accept(content);
		String sha256 = Sha256.hex(content);
		this.documents.upsert(organisationId, UUID.randomUUID(), upload.kind().name(),
				type.fileName(upload.originalName()), type.mediaType(), content.length, sha256, content,
				(upload.validUntil() != null) ? upload.validUntil().toString() : null, who.id());
		return this.documents.idOf(organisationId, upload.kind(), sha256);
	}

	/**
	 * The document with its bytes.
	 * @throws OrganisationNotFoundException when this account is not a member of the organisation or the
	 * document is not one of the organisation's
	 */
	@Transactional(readOnly = true)
	public DocumentFile download(long organisationId, long documentId, CurrentAccount who) {
		this.members.require(organisationId, who);
		return file(organisationId, documentId).orElseThrow(OrganisationNotFoundException::new);
	}

	/**
	 * The document as its deletion would be confirmed: its name, and everything that has it attached. Not a
	 * read-only transaction: the {@link DocumentHolders} lock what they name, as they do for a deletion.
	 * @throws OrganisationNotFoundException as {@link #download}
	 */
	@Transactional
	public DocumentDeletion deletion(long organisationId, long documentId, CurrentAccount who) {
		this.members.require(organisationId, who);
		VaultDocument document = this.documents.findByIdAndOrganisationId(documentId, organisationId)
			.orElseThrow(OrganisationNotFoundException::new);
		return document.deletion(holding(organisationId, documentId));
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
		this.members.require(organisationId, who);
		VaultDocument document = this.documents.findLocked(documentId, organisationId)
			.orElseThrow(OrganisationNotFoundException::new);
		DocumentDeletion deletion = document.deletion(holding(organisationId, documentId));
		if (deletion.refused()) {
			throw new DocumentKeptException(deletion);
		}
		this.documents.delete(document);
		return deletion.originalName();
	}

	private List<DocumentHolder> holding(long organisationId, long documentId) {
		return this.holders.orderedStream()
			.flatMap((holder) -> holder.holding(organisationId, documentId).stream())
			.toList();
	}

	private static List<DocumentRow> byKind(List<DocumentRow> newestFirst) {
		// By kind in the order of DocumentKind; the sort is stable, so newest first within a kind.
		List<DocumentRow> rows = new ArrayList<>(newestFirst);
		rows.sort(Comparator.comparing(DocumentRow::kind));
		return rows;
	}

}
