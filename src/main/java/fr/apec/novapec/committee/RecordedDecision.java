package fr.apec.novapec.committee;

import java.time.Instant;

/**
 * The committee's decision on an application, as recorded and, once its round is published, as sent.
 *
 * @param letter what the decision letter says (issued on the publication's day, null before it)
 * @param decidedAt when the committee recorded it
 * @param publishedAt when its round was published, or null while the organisation does not know of it
 * @param letterPdf the letter sent, in PDF, or null before the publication
 */
public record RecordedDecision(DecisionLetter letter, Instant decidedAt, Instant publishedAt, byte[] letterPdf) {

	public boolean published() {
		return this.publishedAt != null;
	}

}
