/**
 * What every feature shares: French formatting of money, counts and dates ({@link fr.apec.novapec.shared.Formats}),
 * the local database set-up for developers, the web plumbing (locale), the flash notices every controller shows
 * ({@link fr.apec.novapec.shared.Notices}) and how a sent file is served ({@link fr.apec.novapec.shared.Downloads}).
 * It depends on no feature.
 */
package fr.apec.novapec.shared;
