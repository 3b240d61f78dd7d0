/**
 * The money of the programme: each programme year and its annual budget (2025: 4 000 000 €), optional
 * envelopes per theme and per region, and the awards charged to a year. This module alone writes an award, and it
 * guarantees, under a lock on the year's row, that the awards of a year never exceed its budget.
 */
package fr.apec.novapec.budget;
