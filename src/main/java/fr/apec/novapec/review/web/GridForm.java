package fr.apec.novapec.review.web;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.apec.novapec.review.GridCriterion;
import fr.apec.novapec.review.ScoringGrids;

import org.springframework.validation.BindingResult;

/**
 * An administrator's edit of a call's grid: each criterion's name and weight, a box to remove it, and an
 * empty row to add one; the grid's version, so that a stale page is told so.
 */
public class GridForm {

	static final int MAX_LABEL = 200;

	static final BigDecimal MAX_WEIGHT = new BigDecimal("9999.99");

	private long version;

	private List<Row> rows = new ArrayList<>();

	/** The grid's criteria, then an empty row to add one. */
	static GridForm of(ScoringGrids.Grid grid) {
		GridForm form = new GridForm();
		form.version = grid.version();
		for (GridCriterion criterion : grid.criteria()) {
			Row row = new Row();
			row.setCode(criterion.code());
			row.setLabel(criterion.label());
			row.setWeight(criterion.weight().stripTrailingZeros().toPlainString().replace('.', ','));
			form.rows.add(row);
		}
		form.rows.add(new Row());
		return form;
	}

	/**
	 * The criteria kept, in order, with a code for each new one; errors beside the fields that are wrong
	 * (a name missing or too long, a weight that is not a number above zero with two decimals at most).
	 * An empty new row is ignored.
	 */
	List<GridCriterion> criteria(BindingResult errors) {
		List<GridCriterion> kept = new ArrayList<>();
		Set<String> codes = new LinkedHashSet<>();
		for (Row row : this.rows) {
			if (row.getCode() != null && !row.getCode().isBlank()) {
				codes.add(row.getCode());
			}
		}
		for (int i = 0; i < this.rows.size(); i++) {
			Row row = this.rows.get(i);
			boolean isNew = row.getCode() == null || row.getCode().isBlank();
			String label = (row.getLabel() != null) ? row.getLabel().strip() : "";
			String weightText = (row.getWeight() != null) ? row.getWeight().strip() : "";
			if (row.isRemove() || (isNew && label.isEmpty() && weightText.isEmpty())) {
				continue;
			}
			boolean valid = true;
			if (label.isEmpty()) {
				errors.rejectValue("rows[" + i + "].label", "review.grid.label.required");
				valid = false;
			}
			else if (label.length() > MAX_LABEL) {
				errors.rejectValue("rows[" + i + "].label", "review.grid.label.tooLong");
				valid = false;
			}
			BigDecimal weight = weight(weightText);
			if (weight == null) {
				errors.rejectValue("rows[" + i + "].weight", "review.grid.weight.invalid");
				valid = false;
			}
			if (valid) {
				String code = isNew ? newCode(label, codes) : row.getCode();
				codes.add(code);
				kept.add(new GridCriterion(code, label, weight));
			}
		}
		if (kept.isEmpty() && !errors.hasErrors()) {
			if (this.rows.isEmpty()) {
				errors.reject("review.grid.empty");
			}
			else {
				errors.rejectValue("rows[0].label", "review.grid.empty");
			}
		}
		return kept;
	}

	/** A weight above zero, with two decimals at most, a comma or a point before them; null otherwise. */
	static BigDecimal weight(String text) {
		if (!text.matches("\\d{1,4}([.,]\\d{1,2})?")) {
			return null;
		}
		BigDecimal weight = new BigDecimal(text.replace(',', '.'));
		return (weight.signum() > 0 && weight.compareTo(MAX_WEIGHT) <= 0) ? weight : null;
	}

	/** A code made of the name's letters and digits, unused in the grid. */
	static String newCode(String label, Set<String> taken) {
		String base = Normalizer.normalize(label, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (base.length() > 30) {
			base = base.substring(0, 30).replaceAll("-+$", "");
		}
		if (base.isEmpty()) {
			base = "criterion";
		}
		String code = base;
		for (int n = 2; taken.contains(code); n++) {
			code = base + "-" + n;
		}
		return code;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** A criterion of the form; no code for a new one. */
	public static class Row {

		private String code;

		private String label;

		private String weight;

		private boolean remove;

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public String getWeight() {
			return this.weight;
		}

		public void setWeight(String weight) {
			this.weight = weight;
		}

		public boolean isRemove() {
			return this.remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

}
