package fr.apec.novapec.application;

/** A submission that went through; {@code roundLabel} is null while it waits for the next round. */
public record Submission(long applicationId, String roundLabel) {
}
