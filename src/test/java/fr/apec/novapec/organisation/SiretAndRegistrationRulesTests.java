package fr.apec.novapec.organisation;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The SIRET check (Luhn, and La Poste's exception), the RNA number, and who gives which register. */
class SiretAndRegistrationRulesTests {

	/** A SIRET that passes the Luhn check: a SIREN of 9 digits, then an establishment number of 5. */
	static final String VALID = "73282932000074";

	@Test
	void aSiretWhoseLuhnSumIsAMultipleOfTenIsValid() {
		assertThat(Siret.luhnSum(VALID) % 10).isZero();
		assertThat(Siret.isValid(VALID)).isTrue();
		assertThat(new Siret(VALID).siren()).isEqualTo("732829320");
	}

	@RepeatedTest(20)
	void everyGeneratedTestSiretIsValid() {
		assertThat(Siret.isValid(TestOrganisations.newSiret())).isTrue();
	}

	@Test
	void aSiretWithAWrongCheckDigitIsRefused() {
		for (int digit = 0; digit <= 9; digit++) {
			String siret = VALID.substring(0, 13) + digit;
			assertThat(Siret.isValid(siret)).as(siret).isEqualTo(siret.equals(VALID));
		}
	}

	@Test
	void twoSwappedDigitsAreCaught() {
		assertThat(Siret.isValid("37282932000074")).isFalse();
	}

	@Test
	void aSiretIsExactlyFourteenDigits() {
		assertThat(Siret.isValid(null)).isFalse();
		assertThat(Siret.isValid("")).isFalse();
		assertThat(Siret.isValid("7328293200007")).isFalse();
		assertThat(Siret.isValid("732829320000740")).isFalse();
		assertThat(Siret.isValid("7328293200007A")).isFalse();
		assertThat(Siret.isValid("-7328293200007")).isFalse();
		assertThat(Siret.isValid("７３２８２９３２０００７４")).as("full-width digits").isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new Siret("12345678901234"));
	}

	@Test
	void spacesTypedBetweenTheDigitsAreIgnored() {
		assertThat(Siret.parse("732 829 320 00074")).contains(new Siret(VALID));
		assertThat(Siret.parse(" 732\u00A0829\u00A0320\u202F00074 ")).contains(new Siret(VALID));
		assertThat(Siret.parse("732.829.320.00074")).isEmpty();
		assertThat(Siret.parse(null)).isEmpty();
	}

	@Test
	void laPosteSiretsAreValidWhenTheSumOfTheirDigitsIsAMultipleOfFive() {
		// 3+5+6 + 1 + 0 = 15: a multiple of 5, though the Luhn sum is not a multiple of 10.
		String laPoste = "35600000000010";
		assertThat(Siret.luhnSum(laPoste) % 10).isNotZero();
		assertThat(Siret.isValid(laPoste)).isTrue();
		assertThat(Siret.isValid("35600000000055")).as("sum 24").isFalse();
		assertThat(Siret.isValid("35600000012346")).as("sum 30").isTrue();
	}

	@Test
	void laPosteSiretsAreNotCheckedWithLuhn() {
		// Passes Luhn (sum 20), but its digits add up to 18: not a La Poste SIRET.
		String luhnValid = "35600000000121";
		assertThat(Siret.luhnSum(luhnValid) % 10).isZero();
		assertThat(Siret.isValid(luhnValid)).isFalse();
	}

	@Test
	void anotherSirenStartingLikeLaPosteIsCheckedWithLuhn() {
		String siret = "356000001" + "0001";
		siret += TestOrganisations.luhnCheckDigit(siret);
		assertThat(Siret.isValid(siret)).isTrue();
		assertThat(Siret.isValid(siret.substring(0, 13) + ((siret.charAt(13) - '0' + 5) % 10))).isFalse();
	}

	@Test
	void anRnaNumberIsWFollowedByNineDigits() {
		assertThat(Rna.parse("W751234567")).contains(new Rna("W751234567"));
		assertThat(Rna.parse(" w 751 234 567 ")).contains(new Rna("W751234567"));
		assertThat(Rna.parse("W75123456")).as("8 digits").isEmpty();
		assertThat(Rna.parse("W7512345678")).as("10 digits").isEmpty();
		assertThat(Rna.parse("X751234567")).isEmpty();
		assertThat(Rna.parse("W75123456A")).isEmpty();
		assertThat(Rna.parse("751234567")).isEmpty();
		assertThat(Rna.parse(null)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new Rna("w751234567"));
	}

	@Test
	void anAssociationGivesItsRnaNumber() {
		assertThat(Registration.requiredFor("association", "75015")).isEqualTo(Registration.RNA);
		assertThat(Registration.requiredFor("association", "59000")).isEqualTo(Registration.RNA);
		assertThat(Registration.requiredFor("association", "97600")).isEqualTo(Registration.RNA);
		assertThat(Registration.requiredFor("association", "20000")).isEqualTo(Registration.RNA);
	}

	@Test
	void anAssociationOfAlsaceMoselleGivesItsCourtRegisterInstead() {
		assertThat(Registration.requiredFor("association", "57000")).as("Metz").isEqualTo(Registration.COURT_REGISTER);
		assertThat(Registration.requiredFor("association", "67000")).as("Strasbourg")
			.isEqualTo(Registration.COURT_REGISTER);
		assertThat(Registration.requiredFor("association", "68100")).as("Mulhouse")
			.isEqualTo(Registration.COURT_REGISTER);
		assertThat(Registration.requiredFor("association", "58000")).as("Nevers").isEqualTo(Registration.RNA);
		assertThat(Registration.requiredFor("association", "69000")).as("Lyon").isEqualTo(Registration.RNA);
		assertThat(Registration.requiredFor("association", "6700")).as("not a postcode").isEqualTo(Registration.RNA);
	}

	@Test
	void otherLegalFormsGiveNeither() {
		for (String form : new String[] { "scop", "scic", "cooperative", "mutuelle", "fondation",
				"societe-commerciale" }) {
			assertThat(Registration.requiredFor(form, "75015")).as(form).isEqualTo(Registration.NONE);
			assertThat(Registration.requiredFor(form, "67000")).as(form).isEqualTo(Registration.NONE);
		}
	}

	@Test
	void organisationDataRefusesAnAssociationWithoutItsRegisterWhateverTheForm() {
		Siret siret = new Siret(VALID);
		assertThatIllegalArgumentException().isThrownBy(() -> new OrganisationData("A", siret, null, null,
				"association", false, "1 rue", "75015", "Paris", "11", null));
		assertThatIllegalArgumentException().isThrownBy(() -> new OrganisationData("A", siret, null, " ",
				"association", false, "1 rue", "67000", "Strasbourg", "44", null));
		assertThatIllegalArgumentException().isThrownBy(() -> new OrganisationData("A", siret, null, null, "scop",
				false, "1 rue", "75015", "Paris", "11", "ftp://exemple.org"));
		assertThat(new OrganisationData("A", siret, null, "Tribunal judiciaire de Strasbourg, vol. 85", "association",
				false, "1 rue", "67000", "Strasbourg", "44", null).rna()).isNull();
	}

}
