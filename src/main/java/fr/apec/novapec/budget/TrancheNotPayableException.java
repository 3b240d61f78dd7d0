package fr.apec.novapec.budget;

/**
 * A tranche is paid once, and only when its condition holds: {@link #reason()} says which of the two stopped it.
 */
public class TrancheNotPayableException extends RuntimeException {

	/** Why a tranche could not be paid. */
	public enum Reason {

		/** Already paid (a second click, another tab, another staff member). */
		ALREADY_PAID,
		/** The report its condition names is not approved yet. */
		CONDITION_NOT_MET,
		/** The form was read before another change of the tranche. */
		CHANGED

	}

	private final Reason reason;

	private final TrancheCondition condition;

	TrancheNotPayableException(long trancheId, Reason reason, TrancheCondition condition) {
		super("Tranche " + trancheId + " not payable: " + reason);
		this.reason = reason;
		this.condition = condition;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The tranche's condition. */
	public TrancheCondition condition() {
		return this.condition;
	}

}
