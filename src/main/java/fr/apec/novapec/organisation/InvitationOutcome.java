package fr.apec.novapec.organisation;

/** What became of an invitation that a member sent. */
public enum InvitationOutcome {

	/** The invitation is recorded and its mail queued. */
	SENT,

	/** The address already belongs to a member; no mail was sent. */
	ALREADY_MEMBER

}
