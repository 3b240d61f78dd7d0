package fr.apec.novapec.showcase.web;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Spring MVC skips Bean Validation when a filter of the form could not be converted ({@code annee=deux}): the
 * other filters are validated all the same, so that a region that does not exist is named beside the year.
 */
@Component
class FilterValidation {

	private final SpringValidatorAdapter validator;

	FilterValidation(Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** Validates the form when a conversion failure kept Spring from doing it. */
	void afterConversionFailure(LaureateSearchForm form, BindingResult errors) {
		if (errors.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
			this.validator.validate(form, errors);
		}
	}

}
