package fr.apec.novapec.application;

/**
 * What the application module asks before a reviewer reads an application: whether this reviewer may read
 * it. The review module, which knows the assignments and the declarations of conflict of interest, provides
 * the bean; the application module depends on nothing of it. Without such a bean no reviewer reads anything.
 */
public interface ReviewerAccess {

	/**
	 * Whether the reviewer with this account id may read the application now: it is assigned to it, has
	 * declared no conflict of interest for it, and has no declared conflict with its organisation.
	 */
	boolean mayRead(long applicationId, long reviewerAccountId);

}
