package fr.apec.novapec.application;

/**
 * What the thread needs to know of its application, read from grant_application (the application module's
 * own table) by {@link ApplicationMessageRepository}: whose it is, its state, whether staff may see it
 * (submitted at least once), and what a mail names it by.
 */
interface ThreadState {

	long getOrganisationId();

	String getStatus();

	boolean getSubmitted();

	String getReference();

	String getTitle();

	default ApplicationStatus status() {
		return ApplicationStatus.valueOf(getStatus());
	}

	/** Staff see an application once it has been submitted: never a draft, nor one withdrawn as a draft. */
	default boolean visibleToStaff() {
		return status() != ApplicationStatus.DRAFT && getSubmitted();
	}

}
