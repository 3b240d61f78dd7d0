package fr.apec.novapec.committee;

/**
 * What publishing a round did.
 *
 * @param letters how many decision letters were mailed (one per decided application, to each of its members)
 * @param laureates how many laureate projects were created
 */
public record PublicationOutcome(String roundLabel, int letters, int laureates) {
}
