package fr.apec.novapec.committee;

/** An application cannot be deferred: its call has no round after this one yet. Nothing was recorded. */
public class NoNextRoundException extends RuntimeException {

	NoNextRoundException(long roundId) {
		super("No round after round " + roundId);
	}

}
