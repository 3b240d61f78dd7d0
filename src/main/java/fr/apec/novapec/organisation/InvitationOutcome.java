package fr.apec.novapec.organisation;

/** What became of an invitation that a member sent. */
public enum InvitationOutcome {

	/** The invitation is recorded and its mail queued. */
	SENT,

	/** The address already belongs to a member; no mail was sent. */
	ALREADY_MEMBER,

	/**
	 * The organisation has sent {@link OrganisationService#INVITATIONS_PER_DAY} invitations in the last 24
	 * hours; no mail was sent.
	 */
	DAILY_LIMIT_REACHED

}
