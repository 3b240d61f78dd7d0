package fr.apec.novapec.organisation;

import java.util.List;

/**
 * Who an organisation is, as Apec staff read it beside one of its applications: what it registered
 * (SIRET, legal form, ESUS approval, RNA or court register, head office and its region) and its members
 * with their e-mail addresses.
 *
 * @param members by name, then address
 */
public record OrganisationIdentity(OrganisationDetails details, List<MemberRow> members) {
}
