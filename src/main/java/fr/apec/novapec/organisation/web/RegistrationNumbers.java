package fr.apec.novapec.organisation.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.apec.novapec.organisation.Registration;
import fr.apec.novapec.organisation.Rna;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The RNA number and the court register reference agree with the legal form and the head office
 * (see {@link Registration}): an association gives its RNA number, one of Alsace-Moselle its court
 * register reference instead; an RNA number given is always W and nine digits. Errors are reported on
 * the {@code rna} and {@code courtRegister} fields.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RegistrationNumbers.Validator.class)
public @interface RegistrationNumbers {

	String message() default "{organisation.rna.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Applies {@link Registration#requiredFor} to the form. */
	class Validator implements ConstraintValidator<RegistrationNumbers, OrganisationForm> {

		@Override
		public boolean isValid(OrganisationForm form, ConstraintValidatorContext context) {
			if (form == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			Registration required = Registration.requiredFor(form.getLegalForm(), OrganisationForm.trim(form.getPostcode()));
			if (OrganisationForm.present(form.getRna())) {
				if (Rna.parse(form.getRna()).isEmpty()) {
					valid = reject(context, "rna", "{organisation.rna.invalid}");
				}
			}
			else if (required == Registration.RNA) {
				valid = reject(context, "rna", "{organisation.rna.required}");
			}
			if (required == Registration.COURT_REGISTER && !OrganisationForm.present(form.getCourtRegister())) {
				valid = reject(context, "courtRegister", "{organisation.courtRegister.required}");
			}
			return valid;
		}

		private static boolean reject(ConstraintValidatorContext context, String field, String message) {
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

}
