package fr.apec.novapec.organisation;

import java.time.Instant;

/**
 * A request to join that a person sent and no member has decided yet. It names the organisation only
 * by the SIRET the person typed: nothing else about it is shown before a member accepts.
 */
public record OwnJoinRequest(String siret, Instant createdAt) {
}
