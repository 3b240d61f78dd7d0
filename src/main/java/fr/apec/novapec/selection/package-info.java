/**
 * Selection: the calls for projects (their themes, publics, required documents, maximum amount, dates and
 * report schedule) and their selection rounds (a submission cut-off and a committee date), which an
 * administrator edits at /gestion/appel; later, the committee's decisions. Other modules refer to a call or a
 * round by its id, read them through {@link SelectionService}, and hear of a round opening through
 * {@link RoundOpened}.
 */
package fr.apec.novapec.selection;
