package fr.apec.novapec.application;

import java.time.Instant;

/**
 * One line of the thread's single query: a message and one of its files (the file's fields null for a
 * message without one). The file's bytes are not in it.
 */
record MessageLine(long messageId, Long authorId, boolean fromStaff, String body, Instant createdAt, Long fileId,
		String originalName, String mediaType, Integer sizeBytes) {
}
