/**
 * Grant applications (dossiers): written by the members of an organisation, submitted to a selection
 * round, reviewed and decided by Apec staff. It owns the application lifecycle and its audit trail, the
 * applicant's space (/espace) and the staff dashboard (/gestion).
 */
package fr.apec.novapec.application;
