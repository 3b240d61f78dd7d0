package fr.apec.novapec.committee;

import java.time.Instant;

import fr.apec.novapec.application.RoundDecisionQueries.RoundTally;
import fr.apec.novapec.selection.RoundSummary;

/**
 * What publishing a round will do, or did: its decisions counted, and whether it was published.
 *
 * @param publishedAt when it was published, or null while it is not
 */
public record PublicationPreview(RoundSummary round, RoundTally tally, Instant publishedAt) {

	public boolean published() {
		return this.publishedAt != null;
	}

	/** Whether staff may publish it now: not yet published, and nothing left to decide. */
	public boolean publishable() {
		return !published() && this.tally.undecided() == 0;
	}

}
