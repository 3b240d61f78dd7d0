package fr.apec.novapec.application;

/** Who may make a change of state: the applicant's members, Apec staff, or the selection committee. */
public enum Actor {

	APPLICANT, STAFF, COMMITTEE

}
