/**
 * Laureate reports: what a selected project achieved, reported at the dates its call sets (an interim
 * report some months after the start, a final one at the end) with the beneficiaries reached per public,
 * the value achieved for each impact indicator, a short text and documents of the organisation's vault.
 * Staff approve a report or return it with a comment; approved figures feed the laureate's public record.
 */
package fr.apec.novapec.report;
