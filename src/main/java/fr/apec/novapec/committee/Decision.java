package fr.apec.novapec.committee;

/** What the committee decides for an application in review; no decision leaves it in review. */
public enum Decision {

	SELECTED, REJECTED, DEFERRED

}
