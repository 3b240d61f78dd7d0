/**
 * What every feature shares: French formatting of money, counts and dates ({@link fr.apec.novapec.shared.Formats}),
 * the local database set-up for developers, and the web plumbing (locale). It depends on no feature.
 */
package fr.apec.novapec.shared;
