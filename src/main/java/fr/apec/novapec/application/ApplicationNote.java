package fr.apec.novapec.application;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A private note of Apec staff on an application: written once, never changed (so no version and no
 * setter), read by staff only. It names its application and its author by id. Only {@link #write} builds
 * one, which normalises and checks its text.
 */
@Entity
@Immutable
@Table(name = "application_note")
class ApplicationNote {

	/** The longest text of a note, in characters, once its line breaks are normalised. */
	static final int MAX_LENGTH = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false, updatable = false)
	private Long applicationId;

	/** Null for an account deleted since (the foreign key sets it so). */
	@Column(name = "author_id", updatable = false)
	private Long authorId;

	@Column(nullable = false, updatable = false)
	private String body;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected ApplicationNote() {
	}

	private ApplicationNote(long applicationId, long authorId, String body, Instant createdAt) {
		this.applicationId = applicationId;
		this.authorId = authorId;
		this.body = body;
		this.createdAt = createdAt;
	}

	/**
	 * A new note by this account on this application.
	 * @throws IllegalArgumentException when its text is blank or longer than {@link #MAX_LENGTH} once normalised
	 * (the form refuses both first, beside its field)
	 */
	static ApplicationNote write(long applicationId, long authorId, String text, Instant now) {
		String body = normalise(text);
		if (body.isEmpty() || body.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("A note needs 1 to " + MAX_LENGTH + " characters");
		}
		return new ApplicationNote(applicationId, authorId, body, now);
	}

	/** Line breaks as {@code \n}, no surrounding spaces; empty for null. */
	static String normalise(String text) {
		return (text == null) ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
	}

	Long getId() {
		return this.id;
	}

	Long getApplicationId() {
		return this.applicationId;
	}

	Long getAuthorId() {
		return this.authorId;
	}

	String getBody() {
		return this.body;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
