package fr.apec.novapec.application;

import java.time.Instant;

/**
 * Who certified, when submitting the application, that what it says is accurate and that they may submit
 * it on behalf of the organisation: their name as it was then, and the time of the submission.
 */
public record Attestation(String name, Instant at) {
}
