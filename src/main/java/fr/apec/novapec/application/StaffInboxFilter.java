package fr.apec.novapec.application;

/**
 * What the staff inbox is narrowed to, each filter null (or false) when not applied. The codes are those the
 * page offers (checked by its form); the team is not a list of regions but a choice, resolved on the server
 * from who asks (see {@link StaffApplications#inbox}).
 *
 * @param roundId the selection round
 * @param status one state
 * @param themeCode the application's theme
 * @param regionCode any of the application's regions, lead or not
 * @param publicCode any of the publics it targets
 * @param team the staff member's regions only, all, or null for the default (see {@link Team})
 * @param search words of the reference, the title (accents and case ignored) or the organisation's name
 * @param awaitingAnswer only those whose latest message comes from the applicant
 * @param minScore only those whose weighted mean is at least this (0 to 5): an application no reviewer has
 * scored yet has no mean, so it is left out
 * @param sort the order, null for {@link StaffInboxSort#NEWEST}
 */
public record StaffInboxFilter(Long roundId, ApplicationStatus status, String themeCode, String regionCode,
		String publicCode, Team team, String search, boolean awaitingAnswer, java.math.BigDecimal minScore,
		StaffInboxSort sort) {

	public StaffInboxFilter {
		sort = (sort != null) ? sort : StaffInboxSort.NEWEST;
	}

	/** Every application staff see, newest first, whoever asks. */
	public static StaffInboxFilter all() {
		return new StaffInboxFilter(null, null, null, null, null, Team.ALL, null, false, null, StaffInboxSort.NEWEST);
	}

	/** The same filter for another team choice (null for the default). */
	public StaffInboxFilter withTeam(Team other) {
		return new StaffInboxFilter(this.roundId, this.status, this.themeCode, this.regionCode, this.publicCode, other,
				this.search, this.awaitingAnswer, this.minScore, this.sort);
	}

	/** Whose applications: those of the staff member's regional team, or every one. */
	public enum Team {

		/** Those with one of the regions of the staff member's team (all when it has none). */
		MY_REGIONS,

		/** Every application. */
		ALL

	}

}
