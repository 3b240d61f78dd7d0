package fr.apec.novapec.application;

/**
 * A change of state the lifecycle does not allow, or that another change overtook (the application was no
 * longer in the state it was read in). Nothing was changed; the web layer shows {@link #messageKey()}.
 */
public class IllegalTransitionException extends RuntimeException {

	private final long applicationId;

	private final ApplicationStatus from;

	private final ApplicationStatus to;

	private final boolean overtaken;

	IllegalTransitionException(long applicationId, ApplicationStatus from, ApplicationStatus to, Actor by) {
		super("Transition " + from + " -> " + to + " by " + by + " is not allowed on application " + applicationId);
		this.applicationId = applicationId;
		this.from = from;
		this.to = to;
		this.overtaken = false;
	}

	IllegalTransitionException(long applicationId, ApplicationStatus from, ApplicationStatus to) {
		super("Application " + applicationId + " left " + from + " before it could go to " + to);
		this.applicationId = applicationId;
		this.from = from;
		this.to = to;
		this.overtaken = true;
	}

	public long applicationId() {
		return this.applicationId;
	}

	public ApplicationStatus from() {
		return this.from;
	}

	public ApplicationStatus to() {
		return this.to;
	}

	/** The message for the reader; its arguments are the labels of {@link #from()} and {@link #to()}. */
	public String messageKey() {
		return this.overtaken ? "application.transition.overtaken" : "application.transition.refused";
	}

}
