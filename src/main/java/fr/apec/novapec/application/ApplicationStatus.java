package fr.apec.novapec.application;

/** Where an application stands in its lifecycle (see DESIGN.md). */
public enum ApplicationStatus {

	DRAFT, SUBMITTED, RETURNED, IN_REVIEW, SELECTED, REJECTED, WITHDRAWN

}
