package fr.apec.novapec.review;

/** The grid was changed by someone else since the page was read. */
public class GridChangedException extends ReviewRefusedException {

	public GridChangedException() {
		super("review.grid.stale");
	}

}
