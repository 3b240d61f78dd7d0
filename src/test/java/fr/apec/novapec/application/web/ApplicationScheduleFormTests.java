package fr.apec.novapec.application.web;

import java.util.List;
import java.util.Map;

import fr.apec.novapec.application.DraftParts;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Numbers of the beneficiaries and calendar step are read as typed, with spaces between thousands. */
class ApplicationScheduleFormTests {

	@Test
	void wholeNumbersMayBeTypedWithSpacesBetweenThousands() {
		assertThat(ScheduleForm.whole("1 200")).isEqualTo(1200);
		assertThat(ScheduleForm.whole("1\u202F200")).isEqualTo(1200);
		assertThat(ScheduleForm.whole(" 18 ")).isEqualTo(18);
		assertThat(ScheduleForm.whole("")).isNull();
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> ScheduleForm.whole("12,5"));
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> ScheduleForm.whole("9999999999"));
	}

	@Test
	void beneficiariesAreKeptOnlyForTheTargetedPublicsAndMustBeAboveZero() {
		ScheduleForm form = new ScheduleForm();
		form.setPlannedCadres("1 200");
		form.setPlannedPme("5");
		form.setDurationMonths("60");
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		DraftParts.Schedule part = form.validate(errors, List.of("cadres"));
		assertThat(errors.hasErrors()).isFalse();
		assertThat(part.planned()).containsExactly(Map.entry("cadres", 1200));
		assertThat(part.durationMonths()).isEqualTo(60);

		form.setPlannedCadres("-3");
		form.setDurationMonths("0");
		errors = new BeanPropertyBindingResult(form, "form");
		assertThat(form.validate(errors, List.of("cadres"))).isNull();
		assertThat(errors.getFieldError("plannedCadres").getCode()).isEqualTo("application.planned.positive");
		assertThat(errors.getFieldError("durationMonths").getCode()).isEqualTo("application.durationMonths.range");
	}

}
