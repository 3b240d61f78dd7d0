package fr.apec.novapec.application;

import java.time.Instant;

/**
 * What an organisation files away with an application besides its content: the SIRET of the organisation
 * that presents it, and when and by whom it was last submitted.
 *
 * @param siret the organisation's SIRET, 14 digits
 * @param submittedAt when it was last submitted, or null for a draft never submitted
 * @param submitterName the display name of the member who last submitted it, or null
 * @param submitterEmail the e-mail address of that member, or null
 */
public record Filing(String siret, Instant submittedAt, String submitterName, String submitterEmail) {
}
