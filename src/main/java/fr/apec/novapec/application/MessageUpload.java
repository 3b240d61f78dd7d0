package fr.apec.novapec.application;

/**
 * A file sent with a message.
 *
 * @param originalName the name the browser gave; kept for display only
 * @param content its bytes, checked as the organisation's vault checks them
 */
public record MessageUpload(String originalName, byte[] content) {
}
