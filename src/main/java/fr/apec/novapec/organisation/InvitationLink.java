package fr.apec.novapec.organisation;

/**
 * An invitation link as the person who opened it sees it.
 *
 * @param organisationId the organisation it invites to; 0 unless {@code status} is {@code VALID} or
 * {@code ALREADY_MEMBER}
 * @param organisationName its name, under the same condition
 * @param invitedEmail the address it was sent to, under the same condition or {@code WRONG_ACCOUNT}
 */
public record InvitationLink(Status status, long organisationId, String organisationName, String invitedEmail) {

	static InvitationLink of(Status status) {
		return new InvitationLink(status, 0, null, null);
	}

	/** Whether the link can be used, and why not. */
	public enum Status {

		/** It can be accepted by the account that opened it. */
		VALID,

		/** No invitation has this token. */
		UNKNOWN,

		/** It has been used already: a link works once. */
		USED,

		/** Its seven days have passed. */
		EXPIRED,

		/** It was sent to another address than the login of the account that opened it. */
		WRONG_ACCOUNT,

		/** The account is already a member of that organisation. */
		ALREADY_MEMBER

	}

}
