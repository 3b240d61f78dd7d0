package fr.apec.novapec.application.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.ApplicationDraft.CoFunder;
import fr.apec.novapec.application.DraftParts;

import org.springframework.validation.Errors;

/**
 * The budget step: total budget, amount requested and up to five co-funders. Amounts stay text as typed
 * ({@code 15 000,50 €}) so that a wrong one is shown again as it was; {@link Amounts} reads them.
 */
public class BudgetForm {

	static final int CO_FUNDER_ROWS = 5;

	private String totalBudget;

	private String requestedAmount;

	private List<CoFunderRow> coFunders = new ArrayList<>();

	static BudgetForm of(ApplicationDraft draft) {
		BudgetForm form = new BudgetForm();
		form.totalBudget = Amounts.format(draft.totalBudget());
		form.requestedAmount = Amounts.format(draft.requestedAmount());
		for (CoFunder funder : draft.coFunders()) {
			CoFunderRow row = new CoFunderRow();
			row.name = funder.name();
			row.amount = Amounts.format(funder.amount());
			form.coFunders.add(row);
		}
		return form.padded();
	}

	BudgetForm padded() {
		if (this.coFunders.size() > CO_FUNDER_ROWS) {
			this.coFunders = new ArrayList<>(this.coFunders.subList(0, CO_FUNDER_ROWS));
		}
		while (this.coFunders.size() < CO_FUNDER_ROWS) {
			this.coFunders.add(new CoFunderRow());
		}
		return this;
	}

	/**
	 * Reads the amounts and checks the rules of the step; every problem becomes an error on its field.
	 * @param maxAmount the call's maximum per project, or null when it sets none
	 * @return the part to save, or null when there are errors
	 */
	DraftParts.Budget validate(Errors errors, BigDecimal maxAmount) {
		BigDecimal total = amount(errors, "totalBudget", this.totalBudget);
		BigDecimal requested = amount(errors, "requestedAmount", this.requestedAmount);
		if (total != null && total.signum() == 0) {
			errors.rejectValue("totalBudget", "application.totalBudget.zero");
		}
		if (requested != null && requested.signum() == 0) {
			errors.rejectValue("requestedAmount", "application.requestedAmount.zero");
		}
		if (requested != null && total != null && requested.compareTo(total) > 0 && !errors.hasFieldErrors("requestedAmount")) {
			errors.rejectValue("requestedAmount", "application.requestedAmount.aboveTotal");
		}
		if (requested != null && maxAmount != null && requested.compareTo(maxAmount) > 0
				&& !errors.hasFieldErrors("requestedAmount")) {
			errors.rejectValue("requestedAmount", "application.requestedAmount.aboveMaximum",
					new Object[] { Amounts.format(maxAmount) }, null);
		}
		List<CoFunder> funders = new ArrayList<>();
		int count = Math.min(this.coFunders.size(), CO_FUNDER_ROWS);
		for (int i = 0; i < count; i++) {
			CoFunderRow row = this.coFunders.get(i);
			String name = Texts.trim(row.name);
			String field = "coFunders[" + i + "].";
			BigDecimal amount = amount(errors, field + "amount", row.amount);
			if (name == null && Texts.trim(row.amount) == null) {
				continue;
			}
			if (name == null) {
				errors.rejectValue(field + "name", "application.coFunder.name.required");
			}
			else if (name.length() > 200) {
				errors.rejectValue(field + "name", "application.coFunder.name.tooLong");
			}
			if (Texts.trim(row.amount) == null) {
				errors.rejectValue(field + "amount", "application.coFunder.amount.required");
			}
			if (name != null && amount != null) {
				funders.add(new CoFunder(name, amount));
			}
		}
		if (total != null && requested != null && !errors.hasFieldErrors("requestedAmount") && !funders.isEmpty()
				&& ApplicationDraft.ownShare(total, requested, funders).signum() < 0) {
			errors.rejectValue("requestedAmount", "application.requestedAmount.aboveTotalWithCoFunders",
					new Object[] { Amounts.format(requested.add(ApplicationDraft.coFunded(funders))), Amounts.format(total) },
					null);
		}
		return errors.hasErrors() ? null : new DraftParts.Budget(total, requested, funders);
	}

	/**
	 * The organisation's own share as typed: the total budget minus the amount requested and the co-funders
	 * that can be read; null while the total or the amount requested cannot, or when they exceed the total
	 * (the error beside the amount requested says so).
	 */
	public BigDecimal getOwnShare() {
		try {
			BigDecimal total = Amounts.parse(this.totalBudget);
			BigDecimal requested = Amounts.parse(this.requestedAmount);
			List<CoFunder> funders = new ArrayList<>();
			for (CoFunderRow row : this.coFunders) {
				BigDecimal amount = Amounts.parse(row.amount);
				if (amount != null) {
					funders.add(new CoFunder("", amount));
				}
			}
			BigDecimal share = ApplicationDraft.ownShare(total, requested, funders);
			return (share != null && share.signum() >= 0) ? share : null;
		}
		catch (Amounts.InvalidAmountException ex) {
			return null;
		}
	}

	private static BigDecimal amount(Errors errors, String field, String text) {
		try {
			return Amounts.parse(text);
		}
		catch (Amounts.InvalidAmountException ex) {
			errors.rejectValue(field, ex.problem().messageKey(), ex.arguments(), null);
			return null;
		}
	}

	public String getTotalBudget() {
		return this.totalBudget;
	}

	public void setTotalBudget(String totalBudget) {
		this.totalBudget = totalBudget;
	}

	public String getRequestedAmount() {
		return this.requestedAmount;
	}

	public void setRequestedAmount(String requestedAmount) {
		this.requestedAmount = requestedAmount;
	}

	public List<CoFunderRow> getCoFunders() {
		return this.coFunders;
	}

	public void setCoFunders(List<CoFunderRow> coFunders) {
		this.coFunders = (coFunders != null) ? coFunders : new ArrayList<>();
	}

	/** One co-funder row as typed. */
	public static class CoFunderRow {

		private String name;

		private String amount;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getAmount() {
			return this.amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

	}

}
