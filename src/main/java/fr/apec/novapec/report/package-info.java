/**
 * Laureate reports: what a selected project achieved, reported at the dates its call sets (an interim
 * report some months after the start, a final one at the end) with the beneficiaries reached per public,
 * the value achieved for each impact indicator, a short text and documents of the organisation's vault.
 * Staff approve a report or return it with a comment; approved figures feed the laureate's public record.
 * <p>
 * The module owns the tables laureate_report, report_beneficiary, report_indicator and report_document,
 * mapped to the aggregate {@code LaureateReport}, which carries the rules. {@link ReportWriting} is the
 * organisation's side, {@link ReportReview} the staff's, {@link ReportService} the schedule. What it needs of
 * applications, calls, organisations, their vault and accounts it asks their services; its own SQL names
 * only its own tables.
 */
package fr.apec.novapec.report;
