package fr.apec.novapec.organisation;

import java.time.Instant;

/** A member of an organisation, as the other members see it. */
public record MemberRow(String displayName, String email, Instant joinedAt) {
}
