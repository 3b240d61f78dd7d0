package fr.apec.novapec.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.shared.Formats;

/**
 * Everything staff read of an application: what it says, the vault documents attached to it, its
 * history, its thread, and the changes of state staff may make now.
 *
 * @param actions the states staff may take it to now (in review, returned), in the lifecycle's order
 */
public record StaffApplicationView(ApplicationDraft draft, List<AttachedDocument> documents,
		List<StatusChange> history, MessageThread thread, List<ApplicationStatus> actions) {

	/** Whether staff may take it to this state now. */
	public boolean allows(String status) {
		return this.actions.contains(ApplicationStatus.valueOf(status));
	}

	/** The planned beneficiaries by public code. */
	public Map<String, Integer> planned() {
		return this.draft.planned();
	}

	/** A document of the organisation's vault attached to the application, without its bytes. */
	public record AttachedDocument(long id, String kind, String originalName, long sizeBytes, LocalDate validUntil) {

		/** Whether its validity date has passed (in Paris), as the vault says. */
		public boolean expired() {
			return this.validUntil != null && this.validUntil.isBefore(LocalDate.now(Formats.PARIS));
		}

	}

}
