/**
 * Grant applications (dossiers): written by the members of an organisation, step by step, submitted to a
 * selection round, reviewed and decided by Apec staff. It owns the application lifecycle ({@code Lifecycle},
 * the table of DESIGN.md as data) and its audit trail, the applicant's space (/espace, /espace/candidatures)
 * and the staff dashboard (/gestion).
 */
package fr.apec.novapec.application;
