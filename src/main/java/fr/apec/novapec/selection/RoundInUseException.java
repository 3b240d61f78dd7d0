package fr.apec.novapec.selection;

/**
 * The round cannot be deleted: an application joined it or a laureate was selected in it (the foreign keys
 * of grant_application and laureate_project on selection_round say so). Nothing was deleted.
 */
public class RoundInUseException extends RuntimeException {

	public RoundInUseException(long roundId) {
		super("Round " + roundId + " has applications or laureates");
	}

}
