package fr.apec.novapec.application;

import java.time.Instant;
import java.util.List;

/**
 * A message of an application's thread as a page shows it (a read model: the aggregate that writes it is
 * {@link ApplicationMessage}).
 *
 * @param authorName the author's name; for a message of staff read by a member, {@code null} (the page
 * shows the team's name, never a person's), and {@code null} too when the account no longer exists
 * @param fromStaff whether Apec staff wrote it
 * @param body the text as written, line breaks kept
 * @param files its attached files, without their bytes
 */
public record ThreadMessage(long id, String authorName, boolean fromStaff, String body, Instant createdAt,
		List<Attachment> files) {

	/** A file attached to a message, without its bytes. */
	public record Attachment(long id, String originalName, String mediaType, long sizeBytes) {
	}

}
