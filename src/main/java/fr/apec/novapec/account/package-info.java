/**
 * Accounts, their roles and how people sign in: form login at /connexion, logout at /deconnexion,
 * passwords hashed through a DelegatingPasswordEncoder, sessions in PostgreSQL. It also decides which
 * role reaches which part of the portal (/espace for applicants, /gestion for Apec staff) and which
 * headers every response carries.
 */
package fr.apec.novapec.account;
