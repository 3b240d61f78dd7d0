package fr.apec.novapec.application;

import java.time.Instant;

/**
 * A regional team's opinion as the staff page shows it.
 * @param authorName who wrote it last, or null when that account no longer acts for staff
 * @param version what a form changing it must send back
 */
public record Opinion(String regionCode, OpinionKind opinion, String comment, String authorName, Instant at,
		long version) {
}
