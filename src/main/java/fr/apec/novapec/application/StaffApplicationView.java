package fr.apec.novapec.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.organisation.OrganisationIdentity;
import fr.apec.novapec.shared.Formats;

/**
 * Everything staff read of an application: what it says, who carries it, who submitted it, the vault
 * documents attached to it, its history, its thread, and the changes of state staff may make now.
 *
 * @param organisation the organisation that carries it and its members
 * @param submitter who submitted it last, or null when that account no longer exists
 * @param regionNames the name of every region by its INSEE code
 * @param weightedScore its reviewers' weighted mean (see the review module), or null while no sheet is submitted
 * @param actions the states staff may take it to now (in review, returned, rejected as not eligible), in the
 * lifecycle's order; whether this reader may decide eligibility is {@link EligibilityCheck#mayDecide()}
 */
public record StaffApplicationView(ApplicationDraft draft, OrganisationIdentity organisation, Submitter submitter,
		Map<String, String> regionNames, List<AttachedDocument> documents, List<StatusChange> history,
		MessageThread thread, List<ApplicationStatus> actions, java.math.BigDecimal weightedScore) {

	/** Whether staff may take it to this state now. */
	public boolean allows(String status) {
		return this.actions.contains(ApplicationStatus.valueOf(status));
	}

	/** The planned beneficiaries by public code. */
	public Map<String, Integer> planned() {
		return this.draft.planned();
	}

	/** The name of the region with this INSEE code (the code itself if it is not a region's). */
	public String regionName(String code) {
		return this.regionNames.getOrDefault(code, code);
	}

	/** Who submitted the application, and when. */
	public record Submitter(String displayName, String email, Instant submittedAt) {
	}

	/** A document of the organisation's vault attached to the application, without its bytes. */
	public record AttachedDocument(long id, String kind, String originalName, long sizeBytes, LocalDate validUntil) {

		/** Whether its validity date has passed (in Paris), as the vault says. */
		public boolean expired() {
			return this.validUntil != null && this.validUntil.isBefore(LocalDate.now(Formats.PARIS));
		}

	}

}
