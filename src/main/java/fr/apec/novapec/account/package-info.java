/**
 * Accounts, their roles and how people sign in: form login at /connexion, logout at /deconnexion,
 * passwords hashed through a DelegatingPasswordEncoder, sessions in PostgreSQL. It also decides which
 * role reaches which part of the portal (/espace for applicants, /gestion for Apec staff) and which
 * headers every response carries. Administrators manage the staff team at /gestion/equipe (invitations,
 * roles, regional teams in {@code staff_team_region}, disabling); other modules read the team through
 * {@link fr.apec.novapec.account.StaffDirectory}.
 */
package fr.apec.novapec.account;
