package fr.apec.novapec.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A file of a message, a child of {@link ApplicationMessage}: checked as the organisation's vault checks
 * its files (type from the bytes, 10 MB at most), kept with its SHA-256. The entity carries the bytes only
 * to write them: the thread lists its files through a projection without them, and a download reads them
 * alone, so no list ever loads a file's content.
 */
@Entity
@Table(name = "application_message_file")
class MessageFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "message_id", nullable = false, updatable = false)
	private ApplicationMessage message;

	@Column(name = "original_name", nullable = false, updatable = false)
	private String originalName;

	@Column(name = "media_type", nullable = false, updatable = false, length = 100)
	private String mediaType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private int sizeBytes;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(nullable = false, updatable = false, length = 64)
	private String sha256;

	@Column(nullable = false, updatable = false)
	private byte[] content;

	protected MessageFile() {
	}

	MessageFile(ApplicationMessage message, String originalName, String mediaType, byte[] content, String sha256) {
		this.message = message;
		this.originalName = originalName;
		this.mediaType = mediaType;
		this.sizeBytes = content.length;
		this.content = content;
		this.sha256 = sha256;
	}

	Long getId() {
		return this.id;
	}

	String getOriginalName() {
		return this.originalName;
	}

	String getMediaType() {
		return this.mediaType;
	}

	int getSizeBytes() {
		return this.sizeBytes;
	}

	String getSha256() {
		return this.sha256;
	}

}
