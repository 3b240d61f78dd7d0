package fr.apec.novapec.application;

import java.util.List;

/** The application cannot be submitted yet: nothing changed, and {@link #blockers()} says why. */
public class SubmissionBlockedException extends RuntimeException {

	private final List<Blocker> blockers;

	SubmissionBlockedException(long applicationId, List<Blocker> blockers) {
		super("Application " + applicationId + " cannot be submitted: " + blockers.size() + " blocker(s)");
		this.blockers = List.copyOf(blockers);
	}

	public List<Blocker> blockers() {
		return this.blockers;
	}

}
