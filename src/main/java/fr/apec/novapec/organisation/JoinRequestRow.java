package fr.apec.novapec.organisation;

import java.time.Instant;

/** A pending request to join an organisation, as its members see it to accept or refuse it. */
public record JoinRequestRow(long id, String displayName, String email, Instant createdAt) {
}
