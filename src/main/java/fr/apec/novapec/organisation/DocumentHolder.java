package fr.apec.novapec.organisation;

/**
 * Something that has a document of the vault attached, as the vault names it to the member who wants to
 * delete the document.
 *
 * @param labelKey the message naming it, with its title as argument (« la candidature « {0} » »)
 * @param title its title, as its members wrote it
 * @param path where its members read it
 * @param keeps whether the document is part of a record sent to Apec (a submitted application), which it
 * cannot leave; otherwise deleting the document only detaches it (a draft)
 */
public record DocumentHolder(String labelKey, String title, String path, boolean keeps) {
}
