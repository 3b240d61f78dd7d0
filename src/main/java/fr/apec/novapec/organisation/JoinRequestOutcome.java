package fr.apec.novapec.organisation;

/** What became of a request to join an organisation by its SIRET. */
public enum JoinRequestOutcome {

	/** The request is recorded and the members are told by mail. */
	SENT,

	/** The same person already has a request waiting for this organisation; nothing was sent again. */
	ALREADY_PENDING,

	/** The person is already a member. */
	ALREADY_MEMBER,

	/** No organisation on the portal has this SIRET. */
	NO_SUCH_ORGANISATION

}
