/**
 * Organisations of the social and solidarity economy (SIRET, RNA or court register, legal form, head
 * office) and the accounts that are their members: creating one, asking to join one whose SIRET is
 * taken, invitations by e-mail, leaving; and each organisation's document vault. A member sees and
 * changes only the organisations it belongs to; to anyone else they do not exist (404).
 * <p>
 * It owns tables organisation, membership, join_request, organisation_invitation and
 * organisation_document, mapped to its aggregates ({@code Organisation} with its memberships,
 * {@code JoinRequest}, {@code Invitation}, {@code VaultDocument}); its SQL names no other table than
 * these and the reference tables region and legal_form. Accounts are known by id: names and addresses
 * come from {@code AccountService.names}. Its doors for other modules are {@link OrganisationService}
 * and {@link DocumentVaultService}; {@link MembershipService} serves its own pages.
 */
package fr.apec.novapec.organisation;
