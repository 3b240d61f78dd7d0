/**
 * Reference data that only migrations change: the 18 regions with their INSEE codes, the three themes,
 * the three publics and the legal forms. Read once and kept in memory. A form checks the codes it receives
 * with {@link fr.apec.novapec.reference.ReferenceCode}.
 */
package fr.apec.novapec.reference;
