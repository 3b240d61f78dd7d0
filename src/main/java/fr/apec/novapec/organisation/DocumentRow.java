package fr.apec.novapec.organisation;

import java.time.Instant;
import java.time.LocalDate;

import fr.apec.novapec.shared.Formats;

/**
 * A document of the vault as the list shows it, without its bytes.
 *
 * @param validUntil the last day the document is valid, or {@code null} when it does not expire
 */
public record DocumentRow(long id, DocumentKind kind, String originalName, String mediaType, long sizeBytes,
		LocalDate validUntil, Instant uploadedAt) {

	/** Whether its validity date has passed (in Paris). */
	public boolean expired() {
		return this.validUntil != null && this.validUntil.isBefore(LocalDate.now(Formats.PARIS));
	}

	/** The short name of its type ({@code PDF}, {@code DOCX}…). */
	public String typeLabel() {
		return AcceptedFileType.ofMediaType(this.mediaType).map(Enum::name).orElse("");
	}

}
