package fr.apec.novapec.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An e-mail address field, checked as {@link EmailAddresses#isValid(String)} reads it: surrounding spaces are
 * forgiven, control and invisible characters are not. An empty value passes (say {@code @NotBlank} for a
 * required field).
 */
@Documented
@Constraint(validatedBy = EmailAddress.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

	String message() default "{email.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the annotated value. */
	class Validator implements ConstraintValidator<EmailAddress, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || EmailAddresses.isValid(value);
		}

	}

}
