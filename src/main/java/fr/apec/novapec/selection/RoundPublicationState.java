package fr.apec.novapec.selection;

import java.time.Instant;

/**
 * A round and whether it was published.
 *
 * @param publishedAt when it was published, or null while it is not
 * @param publishedBy the staff account that published it, or null while it is not
 */
public record RoundPublicationState(RoundSummary round, Instant publishedAt, Long publishedBy) {

	public boolean published() {
		return this.publishedAt != null;
	}

}
