package fr.apec.novapec.committee.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import fr.apec.novapec.committee.Decision;
import fr.apec.novapec.committee.DecisionInput;
import fr.apec.novapec.committee.RankedApplication;
import fr.apec.novapec.application.RoundApplication;
import fr.apec.novapec.shared.Formats;

import org.springframework.validation.BindingResult;

/**
 * The committee's page as a form: one row per application in review, carrying the version it was built on, the
 * amount proposed (typed as text, so that whatever was typed comes back), the decision and the reason of a
 * rejection. The typed text is read here, once, for the budget panel (leniently: an amount that cannot be read
 * counts nothing) and for the decisions (strictly: each problem is an error beside its field).
 */
public class CommitteeForm {

	/** The longest reason kept in the application's history. */
	static final int MAX_REASON = 2000;

	/** Digits, then at most two decimals after a comma or a point; spaces and the euro sign are dropped first. */
	private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,12}(?:[.,][0-9]{1,2})?");

	private static final Pattern IGNORED = Pattern.compile("[\\s\\u00A0\\u202F€]+");

	private List<Row> rows = new ArrayList<>();

	/** The form of a page just opened: every application undecided, proposed at what it asks within the maximum. */
	static CommitteeForm of(List<RankedApplication> ranked, BigDecimal max) {
		CommitteeForm form = new CommitteeForm();
		for (RankedApplication row : ranked) {
			RoundApplication application = row.application();
			BigDecimal proposed = application.requestedAmount();
			if (proposed != null && max != null && proposed.compareTo(max) > 0) {
				proposed = max;
			}
			Row formRow = new Row();
			formRow.applicationId = application.id();
			formRow.version = application.version();
			formRow.decision = "";
			formRow.amount = (proposed != null) ? proposed.stripTrailingZeros().toPlainString().replace('.', ',') : "";
			form.rows.add(formRow);
		}
		return form;
	}

	/** The rows as the budget panel counts them: an amount that cannot be read, or a row without an id, counts nothing. */
	List<DecisionInput> proposals() {
		List<DecisionInput> inputs = new ArrayList<>();
		for (Row row : this.rows) {
			if (row.applicationId != null) {
				inputs.add(new DecisionInput(row.applicationId, (row.version != null) ? row.version : -1,
						decision(row.decision), amount(row.amount), row.reason));
			}
		}
		return inputs;
	}

	/**
	 * The decisions to record, or null when a row has an error (added to {@code errors} beside its field): a
	 * selected row needs an amount above zero, at most what its application asks and the call's maximum; a
	 * rejected one a reason.
	 * @param applications the round's applications in review, by id
	 */
	List<DecisionInput> decisions(Map<Long, RankedApplication> applications, BigDecimal max, BindingResult errors,
			Formats formats) {
		for (int i = 0; i < this.rows.size(); i++) {
			Row row = this.rows.get(i);
			Decision decision = decision(row.decision);
			String field = "rows[" + i + "].";
			if (row.applicationId == null || row.version == null || (row.decision != null && !row.decision.isEmpty() && decision == null)) {
				errors.rejectValue(field + "decision", "committee.decision.invalid");
			}
			else if (decision == Decision.SELECTED) {
				checkAmount(row, applications.get(row.applicationId), max, field + "amount", errors, formats);
			}
			else if (decision == Decision.REJECTED && (row.reason == null || row.reason.isBlank())) {
				errors.rejectValue(field + "reason", "committee.reason.required");
			}
			else if (decision == Decision.REJECTED && row.reason.length() > MAX_REASON) {
				errors.rejectValue(field + "reason", "committee.reason.tooLong", new Object[] { MAX_REASON }, null);
			}
		}
		return errors.hasErrors() ? null : proposals();
	}

	private static void checkAmount(Row row, RankedApplication application, BigDecimal max, String field,
			BindingResult errors, Formats formats) {
		BigDecimal amount = amount(row.amount);
		BigDecimal requested = (application != null) ? application.application().requestedAmount() : null;
		if (amount == null || amount.signum() <= 0) {
			errors.rejectValue(field, "committee.amount.invalid");
		}
		else if (requested != null && amount.compareTo(requested) > 0) {
			errors.rejectValue(field, "committee.amount.aboveRequested", new Object[] { formats.money(requested) }, null);
		}
		else if (max != null && amount.compareTo(max) > 0) {
			errors.rejectValue(field, "committee.amount.aboveMaximum", new Object[] { formats.money(max) }, null);
		}
	}

	private static Decision decision(String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		try {
			return Decision.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The amount typed ({@code 20 000}, {@code 20 000,50 €}, {@code 20000.5}), or null when it is not one. */
	static BigDecimal amount(String text) {
		if (text == null) {
			return null;
		}
		String compact = IGNORED.matcher(text).replaceAll("");
		return AMOUNT.matcher(compact).matches() ? new BigDecimal(compact.replace(',', '.')).setScale(2) : null;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One application's row. */
	public static class Row {

		private Long applicationId;

		private Long version;

		private String decision = "";

		private String amount;

		private String reason;

		public Long getApplicationId() {
			return this.applicationId;
		}

		public void setApplicationId(Long applicationId) {
			this.applicationId = applicationId;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		public String getDecision() {
			return this.decision;
		}

		public void setDecision(String decision) {
			this.decision = decision;
		}

		public String getAmount() {
			return this.amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
