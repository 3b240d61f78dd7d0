package fr.apec.novapec.application;

import java.time.Instant;

/**
 * A private note of staff on an application, as staff read it.
 *
 * @param authorName the display name of who wrote it, or null when that account no longer exists
 */
public record StaffNote(long id, String authorName, String body, Instant createdAt) {
}
