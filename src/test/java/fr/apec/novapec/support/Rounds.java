package fr.apec.novapec.support;

import java.time.LocalDate;

import fr.apec.novapec.selection.RoundChanges;
import fr.apec.novapec.selection.SelectionService;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Selection rounds of the Novapec call for tests, made and removed through SelectionService as the first
 * administrator would. All tests share one database, and a submitted application joins any round whose
 * cut-off is ahead: a test that opens one removes it again ({@link #remove}) so that the others find none.
 */
public final class Rounds {

	private Rounds() {
	}

	/** A new round of the Novapec call, its committee 40 days after its cut-off; its id. */
	public static long create(SelectionService selection, String label, LocalDate deadline) {
		return create(selection, label, deadline, deadline.plusDays(40));
	}

	/** A new round of the Novapec call; its id. */
	public static long create(SelectionService selection, String label, LocalDate deadline, LocalDate committee) {
		return Acting.asAdmin(IntegrationTest.ADMIN_EMAIL,
				() -> selection.createRound(selection.novapecCall().id(), SignedIn.as(IntegrationTest.ADMIN_EMAIL),
						new RoundChanges(label, deadline, committee)));
	}

	/**
	 * Deletes the round through the service, once the applications that joined it are detached from it behind
	 * the lifecycle's back (a test's cleaning, not a rule of the portal).
	 */
	public static void remove(SelectionService selection, JdbcClient jdbc, long roundId) {
		jdbc.sql("update grant_application set round_id = null where round_id = ? and status = 'SUBMITTED'")
			.param(roundId)
			.update();
		Acting.asAdmin(IntegrationTest.ADMIN_EMAIL, () -> selection.deleteRound(roundId,
				SignedIn.as(IntegrationTest.ADMIN_EMAIL), selection.roundForAdmin(roundId).version()));
	}

	/**
	 * Deletes the laureates that publishing rounds made (those made from an application): a test's cleaning, so that
	 * the showcase's tests, which count the laureates they know, find no other test's publication.
	 */
	public static void forgetPublishedLaureates(JdbcClient jdbc) {
		jdbc.sql("delete from laureate_project where application_id is not null").update();
	}

}
