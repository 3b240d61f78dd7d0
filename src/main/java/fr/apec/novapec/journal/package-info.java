/**
 * The audit journal: one line per action on an application (a change of state, a message, a note, a
 * download, and the review's actions), saying who acted, what they did, why and when. It owns the table
 * audit_entry, which the database keeps append-only (no update, delete or truncate). It listens to the
 * {@link fr.apec.novapec.shared.AuditedAction} events every module publishes inside the transaction of its
 * action, and appends in that same transaction; it depends only on shared and account (for who acted), so
 * that the application module may read an application's journal through {@link fr.apec.novapec.journal.AuditJournal}.
 * It serves /gestion/journal, the whole journal for staff.
 */
package fr.apec.novapec.journal;
