package fr.apec.novapec.application;

import java.util.List;

/**
 * The message thread of an application, oldest message first.
 *
 * @param open whether a message may be written now: once the application is submitted, and until it is
 * withdrawn (staff never see a draft, and a withdrawn application is closed)
 */
public record MessageThread(long applicationId, ApplicationStatus status, boolean open,
		List<ThreadMessage> messages) {

	/** Whether the latest message comes from the applicant, so that staff owe an answer. */
	public boolean awaitingStaff() {
		return !this.messages.isEmpty() && !this.messages.get(this.messages.size() - 1).fromStaff();
	}

}
