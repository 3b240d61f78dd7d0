/**
 * The selection committee: a round's applications with their scores and opinions, the committee's page that ranks
 * those in review and shows, while it deliberates, what its proposals do to the programme year's budget in total,
 * by theme and by region, and the recording of its decisions (selected with an award, rejected with a reason,
 * deferred to the next round) in one transaction. It owns no table: the decisions live in the application module's
 * lifecycle and the awards in the budget module, which it calls; the audit journal keeps who decided and when.
 */
package fr.apec.novapec.committee;
