package fr.apec.novapec.application;

/** The application is in a state (submitted, in review, decided, withdrawn) where nothing of it changes. */
public class ApplicationNotEditableException extends RuntimeException {

	private final ApplicationStatus status;

	ApplicationNotEditableException(long applicationId, ApplicationStatus status) {
		super("Application " + applicationId + " is " + status + " and cannot be edited");
		this.status = status;
	}

	public ApplicationStatus status() {
		return this.status;
	}

}
