package fr.apec.novapec.committee;

import java.math.BigDecimal;
import java.time.LocalDate;

import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.support.Rounds;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A programme year of its own for a committee test, and a round of the Novapec call whose committee meets in it.
 * Years before 2025 are used so that no page's « latest programme year » changes; the round's cut-off has passed,
 * so no submission joins it. The year is set by SQL: setting a budget is not this module's (a test's set-up).
 */
final class CommitteeTestRounds {

	private CommitteeTestRounds() {
	}

	/** A budget for this year (made or replaced, its awards removed) and a new round meeting on 1 March of it. */
	static long roundWithBudget(SelectionService selection, JdbcClient jdbc, int year, String budget) {
		jdbc.sql("delete from award where year = ?").param(year).update();
		jdbc.sql("delete from budget_envelope where year = ?").param(year).update();
		jdbc.sql("""
				insert into programme_year (year, budget) values (:year, :budget)
				on conflict (year) do update set budget = excluded.budget""")
			.param("year", year)
			.param("budget", new BigDecimal(budget))
			.update();
		LocalDate committee = LocalDate.of(year, 3, 1).plusDays(selection.roundsOfCall(selection.novapecCall().id()).size());
		return Rounds.create(selection, "Comité " + committee, committee.minusDays(20), committee);
	}

	/** An envelope of this year for a theme ({@code THEME}) or a region ({@code REGION}). */
	static void envelope(JdbcClient jdbc, int year, String kind, String code, String amount) {
		jdbc.sql("insert into budget_envelope (year, kind, code, amount) values (?, ?, ?, ?)")
			.params(year, kind, code, new BigDecimal(amount))
			.update();
	}

}
