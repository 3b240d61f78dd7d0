/**
 * The money of the programme: each programme year and its annual budget (2025: 4 000 000 €). Awards
 * and their tranches will be recorded here, and this module alone guarantees that they never exceed
 * the year's budget.
 */
package fr.apec.novapec.budget;
