package fr.apec.novapec.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.util.DetailedError;

import static org.assertj.core.api.Assertions.assertThat;

/** The error summary's order: the form's fields as declared, rows by index, the form's own errors first. */
class ErrorOrderTests {

	final ErrorOrder order = new ErrorOrder();

	@Test
	void errorsComeInTheOrderTheFormDeclaresItsFieldsWhateverTheOrderTheyWereFound() {
		List<DetailedError> found = List.of(error("website"), error("rows[1].amount"), error("name"), error(null),
				error("rows[0].amount"), error("rows[10].name"), error("rows[1].name"), error("siret"),
				error("secondPassword"), error("unknown"), error("tags[2]"), error("byKey[b].name"));
		List<String> fields = this.order.of(new ArrayList<>(found), new Form())
			.stream()
			.map((error) -> error.isGlobal() ? "(the form)" : error.getFieldName())
			.toList();
		assertThat(fields).containsExactly("(the form)", "secondPassword", "name", "siret",
				"rows[0].amount", "rows[1].name", "rows[1].amount", "rows[10].name", "tags[2]", "byKey[b].name",
				"website", "unknown");
	}

	@Test
	void severalErrorsOfOneFieldKeepTheirOrderAndARecordOrdersByItsComponents() {
		DetailedError first = new DetailedError("b", "first", null, "first");
		DetailedError second = new DetailedError("b", "second", null, "second");
		List<DetailedError> sorted = this.order.of(new ArrayList<>(List.of(first, error("c"), second, error("a"))),
				new Components("x", "y", "z"));
		assertThat(sorted).extracting(DetailedError::getCode).containsExactly("a", "first", "second", "c");
	}

	private static DetailedError error(String field) {
		return (field != null) ? new DetailedError(field, field, null, field) : new DetailedError("global", null, "global");
	}

	static class Passwords {

		private String secondPassword;

	}

	static class Form extends Passwords {

		private static final String CONSTANT = "not a field of the form";

		private String name;

		private String siret;

		private List<Row> rows;

		private List<String> tags;

		private Map<String, Row> byKey;

		private String website;

	}

	static class Row {

		private String name;

		private String amount;

	}

	record Components(String a, String b, String c) {
	}

}
