package fr.apec.novapec.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A reference code is one the lists offer; anything else is an error on its field, in the kind's words. */
class ReferenceCodeValidatorTests {

	static ValidatorFactory factory;

	static Validator validator;

	@BeforeAll
	static void validator() {
		factory = TestReferenceData.validatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	static class Form {

		@ReferenceCode(ReferenceKind.REGION)
		String region;

		@ReferenceCode(ReferenceKind.THEME)
		String theme;

		@ReferenceCode(value = ReferenceKind.LEGAL_FORM, message = "{organisation.legalForm.required}")
		String legalForm;

		List<@ReferenceCode(ReferenceKind.PUBLIC) String> publics = new ArrayList<>();

		@ReferenceCode(ReferenceKind.REGION)
		List<String> regions = new ArrayList<>();

	}

	record Filters(@ReferenceCode(ReferenceKind.THEME) String theme) {
	}

	@Test
	void theCodesTheListsOfferAreValid() {
		Form form = new Form();
		form.region = "06";
		form.theme = "environnement";
		form.legalForm = "scic";
		form.publics = List.of("cadres", "pme");
		form.regions = List.of("11", "94");
		assertThat(validator.validate(form)).isEmpty();
	}

	@Test
	void nothingChosenIsLeftToNotBlank() {
		Form form = new Form();
		form.region = "";
		form.theme = "  ";
		assertThat(validator.validate(form)).isEmpty();
	}

	@Test
	void anUnknownCodeIsAnErrorOnItsFieldInTheWordsOfItsKind() {
		Form form = new Form();
		form.region = "99";
		form.theme = "Emploi";
		form.legalForm = "sarl";
		assertThat(violations(form)).containsExactlyInAnyOrder("region {reference.region.unknown}",
				"theme {reference.theme.unknown}", "legalForm {organisation.legalForm.required}");
	}

	@Test
	void eachWrongElementOfAListIsReportedAtItsIndex() {
		Form form = new Form();
		form.publics = List.of("cadres", "retraites", "pme", "x");
		assertThat(violations(form)).containsExactlyInAnyOrder("publics[1].<list element> {reference.public.unknown}",
				"publics[3].<list element> {reference.public.unknown}");
	}

	@Test
	void onAListItselfOneMessageGoesToTheField() {
		Form form = new Form();
		form.regions = List.of("11", "99", "00");
		assertThat(violations(form)).containsExactly("regions {reference.region.unknown}");
	}

	@Test
	void aRecordComponentIsCheckedToo() {
		assertThat(validator.validate(new Filters("sport"))).hasSize(1);
		assertThat(validator.validate(new Filters("territoires"))).isEmpty();
	}

	private static List<String> violations(Object form) {
		Set<ConstraintViolation<Object>> violations = validator.validate(form);
		return violations.stream().map((v) -> v.getPropertyPath() + " " + v.getMessageTemplate()).toList();
	}

}
