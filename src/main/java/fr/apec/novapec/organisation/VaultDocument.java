package fr.apec.novapec.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A document of an organisation's vault (table organisation_document), without its bytes: this entity
 * does not map the content column, so nothing that loads it (a list, a deletion) reads the file. The
 * bytes are read by {@link VaultDocumentRepository#file} only, for a download. Documents are written by
 * the vault's upsert ({@link VaultDocumentRepository#upsert}) and deleted through this entity.
 */
@Entity
@Table(name = "organisation_document")
class VaultDocument {

	@Id
	private Long id;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private long organisationId;

	@Column(name = "stored_name", nullable = false, updatable = false)
	private UUID storedName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private DocumentKind kind;

	@Column(name = "original_name", nullable = false)
	private String originalName;

	@Column(name = "media_type", nullable = false, updatable = false)
	private String mediaType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private int sizeBytes;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(nullable = false, updatable = false, length = 64)
	private String sha256;

	@Column(name = "valid_until")
	private LocalDate validUntil;

	@Column(name = "uploaded_by")
	private Long uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected VaultDocument() {
	}

	Long getId() {
		return this.id;
	}

	long getOrganisationId() {
		return this.organisationId;
	}

	DocumentKind getKind() {
		return this.kind;
	}

	String getOriginalName() {
		return this.originalName;
	}

	/** The document as a list shows it. */
	DocumentRow row() {
		return new DocumentRow(this.id, this.kind, this.originalName, this.mediaType, this.sizeBytes, this.validUntil,
				this.uploadedAt);
	}

	/** The document as its deletion would be confirmed, with what has it attached. */
	DocumentDeletion deletion(List<DocumentHolder> holders) {
		return new DocumentDeletion(this.id, this.kind, this.originalName, holders);
	}

}
