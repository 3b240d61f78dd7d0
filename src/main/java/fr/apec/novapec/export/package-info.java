/**
 * Exports that gather what several modules own about one application, for Apec staff: the dossier of an
 * application as a ZIP (its PDF, documents, messages, scores and opinions, staff notes, history and journal),
 * read through each owner's public services, and the committee's decision with its letter. No table of its own;
 * nothing depends on it.
 */
package fr.apec.novapec.export;
