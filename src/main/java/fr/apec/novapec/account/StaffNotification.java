package fr.apec.novapec.account;

/** How a staff member hears of the events of the applications it follows, as it chose on its account page. */
public enum StaffNotification {

	/** A mail at each event. */
	EACH_EVENT,

	/** One mail a day gathering the day's events. */
	DAILY_DIGEST,

	/** No mail: the staff member looks at the portal. */
	NEVER

}
