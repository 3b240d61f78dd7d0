/**
 * Organisations of the social and solidarity economy (SIRET, RNA or court register, legal form, head
 * office) and the accounts that are their members: creating one, asking to join one whose SIRET is
 * taken, invitations by e-mail, leaving; and each organisation's document vault. A member sees and
 * changes only the organisations it belongs to; to anyone else they do not exist (404).
 */
package fr.apec.novapec.organisation;
