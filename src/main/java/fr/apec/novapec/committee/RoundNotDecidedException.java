package fr.apec.novapec.committee;

/** Applications of the round still wait for the committee's decision: the round cannot be published yet. */
public class RoundNotDecidedException extends RuntimeException {

	private final int undecided;

	public RoundNotDecidedException(long roundId, int undecided) {
		super(String.format("%d applications of round %d are still to decide", undecided, roundId));
		this.undecided = undecided;
	}

	/** How many applications of the round still wait for a decision. */
	public int undecided() {
		return this.undecided;
	}

}
