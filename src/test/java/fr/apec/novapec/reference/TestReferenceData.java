package fr.apec.novapec.reference;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/**
 * The reference data as the migrations load it, for unit tests without a database: a Bean Validation factory
 * whose {@link ReferenceCode} checks against it, as Spring's validator does in the portal.
 */
public final class TestReferenceData {

	static final ReferenceDataService REFERENCE = new ReferenceDataService(null) {

		@Override
		public List<Region> regions() {
			return List.of("84", "27", "53", "24", "94", "44", "32", "11", "28", "75", "76", "52", "93", "01", "02",
					"03", "04", "06")
				.stream()
				.map((code) -> new Region(code, "Région " + code, code, code.startsWith("0")))
				.toList();
		}

		@Override
		public List<String> themeCodes() {
			return List.of("emploi", "territoires", "environnement");
		}

		@Override
		public List<String> publicCodes() {
			return List.of("cadres", "jeunes-diplomes", "pme");
		}

		@Override
		public List<String> legalFormCodes() {
			return List.of("association", "scop", "scic", "cooperative", "mutuelle", "fondation", "societe-commerciale");
		}

	};

	private TestReferenceData() {
	}

	/** A validator factory that checks reference codes against these lists; close it after use. */
	public static ValidatorFactory validatorFactory() {
		ValidatorFactory defaults = Validation.buildDefaultValidatorFactory();
		ConstraintValidatorFactory standard = defaults.getConstraintValidatorFactory();
		return Validation.byDefaultProvider()
			.configure()
			.constraintValidatorFactory(new ConstraintValidatorFactory() {

				@Override
				@SuppressWarnings("unchecked")
				public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
					if (key == ReferenceCodeValidator.class) {
						return (T) new ReferenceCodeValidator(REFERENCE);
					}
					if (key == ReferenceCodeValidator.OfCollection.class) {
						return (T) new ReferenceCodeValidator.OfCollection(REFERENCE);
					}
					return standard.getInstance(key);
				}

				@Override
				public void releaseInstance(ConstraintValidator<?, ?> instance) {
				}

			})
			.buildValidatorFactory();
	}

}
