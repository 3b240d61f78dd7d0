/**
 * The review of applications: the scoring grid of each call (its criteria and weights, as data), the
 * reviewers staff assign to an application in review, their declarations of conflict of interest (held
 * against the organisation's SIRET, so that one declaration covers all its applications, later ones too),
 * and their scores with the weighted mean staff read. It owns the tables review_grid, review_criterion,
 * review_assignment, review_conflict and review_score.
 * <p>
 * Its services are {@link fr.apec.novapec.review.ScoringGrids} (the grid, edited by administrators until the
 * call's first score), {@link fr.apec.novapec.review.ReviewAssignments} (staff: assignments and the
 * evaluation of an application) and {@link fr.apec.novapec.review.ReviewerWorkspace} (reviewers: their
 * assignments, declarations and scores). It lets the application module know who may read an application
 * through the application module's {@link fr.apec.novapec.application.ReviewerAccess}; applications,
 * organisations and accounts are asked of their modules' services, never read from their tables.
 */
package fr.apec.novapec.review;
