package fr.apec.novapec.review;

/** The grid of a call whose first score was saved does not change any more. */
public class GridFrozenException extends ReviewRefusedException {

	public GridFrozenException() {
		super("review.grid.frozen");
	}

}
