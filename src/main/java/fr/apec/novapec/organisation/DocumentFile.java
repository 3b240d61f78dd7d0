package fr.apec.novapec.organisation;

/**
 * A document's bytes, to be downloaded.
 *
 * @param originalName the file name it was uploaded under, for display and for the download's name only
 * @param mediaType the type its bytes were recognised as
 * @param sha256 the digest of its bytes, in lower-case hexadecimal
 */
public record DocumentFile(String originalName, String mediaType, byte[] content, String sha256) {
}
