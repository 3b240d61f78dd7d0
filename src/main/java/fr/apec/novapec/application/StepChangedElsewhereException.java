package fr.apec.novapec.application;

/**
 * A step was saved from a page rendered before another change of the application (another tab, another
 * member saved since): nothing was saved, so that the other change is not overwritten silently. The page
 * tells the reader and keeps what they typed.
 */
public class StepChangedElsewhereException extends RuntimeException {

	private final long applicationId;

	StepChangedElsewhereException(long applicationId, long renderedVersion, long currentVersion) {
		super("Application " + applicationId + " is at version " + currentVersion + ", the page was rendered at "
				+ renderedVersion);
		this.applicationId = applicationId;
	}

	public long applicationId() {
		return this.applicationId;
	}

	/** The message for the reader. */
	public String messageKey() {
		return "application.step.changedElsewhere";
	}

}
