package fr.apec.novapec.budget.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The budget page's forms, text as typed (amounts are read by {@link EuroAmount}, which says what is wrong). */
public final class BudgetForms {

	private BudgetForms() {
	}

	/** A new programme year and its budget. */
	public static class NewYear {

		private String year;

		private String amount;

		public String getYear() {
			return this.year;
		}

		public void setYear(String year) {
			this.year = year;
		}

		public String getAmount() {
			return this.amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

	}

	/** A year's new budget, read on the year's version. */
	public static class Budget {

		private String budget;

		private long version;

		public String getBudget() {
			return this.budget;
		}

		public void setBudget(String budget) {
			this.budget = budget;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	/** A year's envelopes by theme code and by region code (blank: none), read on the year's version. */
	public static class Envelopes {

		private Map<String, String> themes = new LinkedHashMap<>();

		private Map<String, String> regions = new LinkedHashMap<>();

		private long version;

		public Map<String, String> getThemes() {
			return this.themes;
		}

		public void setThemes(Map<String, String> themes) {
			this.themes = themes;
		}

		public Map<String, String> getRegions() {
			return this.regions;
		}

		public void setRegions(Map<String, String> regions) {
			this.regions = regions;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}
