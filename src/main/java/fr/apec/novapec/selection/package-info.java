/**
 * Selection: the calls for projects (their themes, maximum amount, dates and report schedule) and their
 * selection rounds (a submission cut-off and a committee date); later, the committee's decisions. Other
 * modules refer to a call or a round by its id and read them through {@link SelectionService}.
 */
package fr.apec.novapec.selection;
