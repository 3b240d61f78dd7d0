package fr.apec.novapec.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A name typed by a person (their own, their organisation's) that the portal prints to others, in pages and
 * in mail: no control or invisible character, and no web address, so that a name can never be turned into a
 * message or a link sent by the portal to strangers. An empty value passes (say {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = DisplayedName.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface DisplayedName {

	String message() default "{name.notPlain}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the annotated value. */
	class Validator implements ConstraintValidator<DisplayedName, String> {

		private static final Pattern WEB_ADDRESS = Pattern.compile("://|www\\.|https?:");

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			boolean controlled = value.codePoints().anyMatch((c) -> {
				int type = Character.getType(c);
				return type == Character.CONTROL || type == Character.FORMAT;
			});
			return !controlled && !WEB_ADDRESS.matcher(value.toLowerCase(Locale.ROOT)).find();
		}

	}

}
