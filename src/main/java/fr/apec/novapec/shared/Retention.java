package fr.apec.novapec.shared;

import java.time.Duration;

/**
 * How long the portal keeps the personal data it purges on its own, in one place: the nightly jobs delete by
 * these durations, and the personal-data page states them, so the page cannot say one thing while the code
 * does another.
 */
public final class Retention {

	/** Login attempts (address, time, outcome) and client request counts (client address, action, time). */
	public static final Duration ABUSE_RECORDS = Duration.ofDays(1);

	/** Mail, once delivered: recipient, subject, body and attachments. */
	public static final Duration SENT_MAIL = Duration.ofDays(90);

	private Retention() {
	}

}
