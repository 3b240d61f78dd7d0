/**
 * The money of the programme: each programme year and its annual budget (2025: 4 000 000 €), optional
 * envelopes per theme and per region, the awards charged to a year and the tranches each award is paid in. This
 * module alone writes an award, and it guarantees, under a lock on the year's row, that the awards of a year never
 * exceed its budget; a tranche is paid once, under its row's lock, when its condition holds.
 * <p>
 * It owns the tables programme_year, budget_envelope, award and award_tranche. What it needs of applications
 * (their names) and of laureate reports (which are approved) it asks through {@link AwardedApplications} and
 * {@link ReportApprovals}, interfaces their modules implement: the application module depends on this one (its
 * staff dashboard shows the budget) and the report module on the application module, so calling either would close
 * a cycle. Its pages: /gestion/budget (with its XLSX export) and the public
 * /donnees/subventions.csv (SCDL « subventions »).
 */
package fr.apec.novapec.budget;
