package fr.apec.novapec.reference;

import java.util.Collection;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ReferenceCode} against the reference data in memory ({@link ReferenceDataService} reads it once):
 * Spring's validator injects the service, so a form checks its codes with its other rules, before the controller
 * runs.
 */
class ReferenceCodeValidator implements ConstraintValidator<ReferenceCode, String> {

	private final ReferenceDataService reference;

	private ReferenceKind kind;

	private boolean ownMessage;

	ReferenceCodeValidator(ReferenceDataService reference) {
		this.reference = reference;
	}

	@Override
	public void initialize(ReferenceCode constraint) {
		this.kind = constraint.value();
		this.ownMessage = !ReferenceCode.DEFAULT_MESSAGE.equals(constraint.message());
	}

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return valid(value, context, this.reference, this.kind, this.ownMessage);
	}

	static boolean valid(String value, ConstraintValidatorContext context, ReferenceDataService reference,
			ReferenceKind kind, boolean ownMessage) {
		if (value == null || value.isBlank() || kind.codes(reference).contains(value)) {
			return true;
		}
		if (!ownMessage) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(kind.unknownMessage()).addConstraintViolation();
		}
		return false;
	}

	/** The same check on every element of a collection, reported once on the collection's field. */
	static class OfCollection implements ConstraintValidator<ReferenceCode, Collection<String>> {

		private final ReferenceDataService reference;

		private ReferenceKind kind;

		private boolean ownMessage;

		OfCollection(ReferenceDataService reference) {
			this.reference = reference;
		}

		@Override
		public void initialize(ReferenceCode constraint) {
			this.kind = constraint.value();
			this.ownMessage = !ReferenceCode.DEFAULT_MESSAGE.equals(constraint.message());
		}

		@Override
		public boolean isValid(Collection<String> values, ConstraintValidatorContext context) {
			if (values == null) {
				return true;
			}
			for (String value : values) {
				if (!valid(value, context, this.reference, this.kind, this.ownMessage)) {
					return false;
				}
			}
			return true;
		}

	}

}
