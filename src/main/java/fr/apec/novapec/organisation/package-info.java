/**
 * Organisations of the social and solidarity economy (SIRET, RNA, legal form, head office) and the
 * accounts that are their members. A member sees only the organisations it belongs to.
 */
package fr.apec.novapec.organisation;
