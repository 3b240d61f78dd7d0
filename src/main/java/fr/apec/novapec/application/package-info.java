/**
 * Grant applications (dossiers): written by the members of an organisation, step by step, submitted to a
 * selection round, reviewed and decided by Apec staff. It owns the application lifecycle ({@code Lifecycle},
 * the table of DESIGN.md as data) and its audit trail, the applicant's space (/espace, /espace/candidatures),
 * the staff dashboard (/gestion) and the staff inbox (/gestion/candidatures: {@code StaffApplications.inbox},
 * filters, counts per state and sorts over {@code StaffApplicationQueries}, its regional team from
 * {@code account.StaffDirectory}).
 * <p>
 * Its aggregate is {@code GrantApplication} (tables grant_application, application_*, co_funder and
 * impact_indicator): every write goes through its methods, which check the lifecycle and append to its
 * history. The services are split by job: {@link fr.apec.novapec.application.ApplicationDrafting} (the
 * steps), {@link fr.apec.novapec.application.ApplicationTransitions} (changes of state),
 * {@link fr.apec.novapec.application.ApplicationSubmissions} (eligibility, round, attestation, receipt),
 * {@link fr.apec.novapec.application.Applications} (the read façade other modules use),
 * {@link fr.apec.novapec.application.ApplicationQueries} (lists and counts) and
 * {@link fr.apec.novapec.application.StaffNotes} (staff's private notes, table application_note, never shown to
 * applicants). Every action on an application (change of state, round joined, message, note, staff download)
 * publishes a {@link fr.apec.novapec.shared.AuditedAction} in its transaction, which the journal module
 * appends; the staff page reads an application's journal back from {@code journal.AuditJournal}. Organisations,
 * accounts, the vault, calls and rounds are asked of their modules' services, never read from their tables.
 * <p>
 * Staff decide eligibility ({@link fr.apec.novapec.application.ApplicationTransitions}: the lead region's
 * team or an administrator), the teams of a multiregional application's other regions record their opinion
 * ({@link fr.apec.novapec.application.ApplicationOpinions}, table application_opinion), and the staff of its
 * regions are told of its submissions and of its applicant's messages as each chose ({@code StaffNotifications}:
 * a mail each time, or a daily digest kept in application_staff_notice).
 */
package fr.apec.novapec.application;
