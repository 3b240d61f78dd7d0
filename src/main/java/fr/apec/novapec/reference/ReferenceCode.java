package fr.apec.novapec.reference;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The value is a code of this kind of reference data (a region, a theme, a public, a legal form), as the
 * lists of the page offer them: anything else came from a crafted request. On a {@code String}, or on each
 * element of a collection ({@code List<@ReferenceCode(PUBLIC) String>}, one message per wrong element); on a
 * collection itself ({@code @ReferenceCode(REGION) List<String>}), every element must be a code and the one
 * message goes to the field, beside the check boxes. Null and blank are valid: {@code @NotBlank} says when a
 * value is required. The default message names the kind ({@code reference.region.unknown}…); a form may give
 * its own, in the words of its field.
 */
@Documented
@Constraint(validatedBy = { ReferenceCodeValidator.class, ReferenceCodeValidator.OfCollection.class })
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
		ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ReferenceCode {

	/** The message a form gives when it has none of its own: replaced by the kind's. */
	String DEFAULT_MESSAGE = "{reference.code.unknown}";

	/** Which reference data the code belongs to. */
	ReferenceKind value();

	String message() default DEFAULT_MESSAGE;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
