package fr.apec.novapec.organisation;

import java.time.LocalDate;

/**
 * A file a member sends to the vault.
 *
 * @param originalName the name the browser gave; kept for display only
 * @param validUntil the last day it is valid, or {@code null}
 */
public record DocumentUpload(DocumentKind kind, LocalDate validUntil, String originalName, byte[] content) {
}
