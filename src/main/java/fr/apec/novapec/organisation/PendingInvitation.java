package fr.apec.novapec.organisation;

import java.time.Instant;

/** An invitation not used yet and not expired, as the members of the organisation see it. */
public record PendingInvitation(String email, Instant expiresAt) {
}
