package fr.apec.novapec.organisation.web;

import java.util.Set;
import java.util.stream.Collectors;

import fr.apec.novapec.organisation.OrganisationData;
import fr.apec.novapec.reference.TestReferenceData;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisation form's rules, field by field, as Bean Validation reports them. */
class OrganisationFormValidationTests {

	static ValidatorFactory factory;

	static Validator validator;

	@BeforeAll
	static void validator() {
		// The portal validates through Spring, which gives @ReferenceCode the reference data: here, the same lists.
		factory = TestReferenceData.validatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void aCompleteAssociationIsValid() {
		assertThat(invalidFields(association())).isEmpty();
	}

	@Test
	void anEmptyFormNamesEveryRequiredField() {
		assertThat(invalidFields(new OrganisationForm())).containsExactlyInAnyOrder("name", "siret", "legalForm",
				"esus", "addressLine", "postcode", "city", "region");
	}

	@Test
	void aSiretThatFailsItsCheckIsAnErrorOnTheSiretField() {
		OrganisationForm form = association();
		form.setSiret("732 829 320 00075");
		assertThat(invalidFields(form)).containsExactly("siret");
	}

	@Test
	void anAssociationWithoutRnaIsAnErrorOnTheRnaField() {
		OrganisationForm form = association();
		form.setRna(" ");
		assertThat(violations(form)).extracting(ConstraintViolation::getMessageTemplate)
			.containsExactly("{organisation.rna.required}");
		assertThat(invalidFields(form)).containsExactly("rna");
	}

	@Test
	void anAssociationOfAlsaceMoselleGivesItsCourtRegisterInsteadOfAnRna() {
		OrganisationForm form = association();
		form.setRna("");
		form.setPostcode("67000");
		form.setCity("Strasbourg");
		form.setRegion("44");
		assertThat(invalidFields(form)).containsExactly("courtRegister");
		form.setCourtRegister("Tribunal judiciaire de Strasbourg, volume 85, folio 12");
		assertThat(invalidFields(form)).isEmpty();
		OrganisationData data = form.toData();
		assertThat(data.rna()).isNull();
		assertThat(data.courtRegister()).isEqualTo("Tribunal judiciaire de Strasbourg, volume 85, folio 12");
	}

	@Test
	void aMalformedRnaIsRefusedWhateverTheLegalForm() {
		OrganisationForm form = association();
		form.setLegalForm("scop");
		form.setRna("W12345");
		assertThat(invalidFields(form)).containsExactly("rna");
		form.setRna("");
		assertThat(invalidFields(form)).as("a SCOP needs no RNA number").isEmpty();
	}

	@Test
	void aPostcodeIsFiveDigits() {
		OrganisationForm form = association();
		for (String postcode : new String[] { "7502", "750200", "75O20", "2A004" }) {
			form.setPostcode(postcode);
			assertThat(invalidFields(form)).as(postcode).containsExactly("postcode");
		}
		form.setPostcode(" 75020 ");
		assertThat(invalidFields(form)).isEmpty();
		assertThat(form.toData().postcode()).isEqualTo("75020");
	}

	@Test
	void aWebsiteIsAnHttpOrHttpsAddressOrNothing() {
		OrganisationForm form = association();
		for (String website : new String[] { "ftp://exemple.org", "javascript:alert(1)", "javascript://exemple.org",
				"JavaScript:alert(document.cookie)//.fr", "https://", "https://exemple", "https://exe mple.org",
				"les jardins.fr", "lesjardins", "n'importe quoi", "!!!.fr", "camille@lesjardins.fr",
				"https://camille@lesjardins.fr", "data:text/html,x.fr", ".fr", "lesjardins..fr" }) {
			form.setWebsite(website);
			assertThat(invalidFields(form)).as(website).containsExactly("website");
		}
		form.setWebsite("HTTPS://Www.Exemple.org/Projets?id=1");
		assertThat(invalidFields(form)).isEmpty();
		assertThat(form.toData().website()).isEqualTo("https://Www.Exemple.org/Projets?id=1");
		form.setWebsite("  ");
		assertThat(invalidFields(form)).isEmpty();
		assertThat(form.toData().website()).isNull();
	}

	@Test
	void aWebsiteTypedWithoutItsSchemeGetsHttps() {
		OrganisationForm form = association();
		for (String[] typedAndKept : new String[][] { { "lesjardins.fr", "https://lesjardins.fr" },
				{ " www.lesjardins.fr/projets?id=1 ", "https://www.lesjardins.fr/projets?id=1" },
				{ "jardins-partagés.fr", "https://jardins-partagés.fr" },
				{ "lesjardins.fr:8443/", "https://lesjardins.fr:8443/" },
				{ "http://lesjardins.fr", "http://lesjardins.fr" } }) {
			form.setWebsite(typedAndKept[0]);
			assertThat(invalidFields(form)).as(typedAndKept[0]).isEmpty();
			assertThat(form.toData().website()).isEqualTo(typedAndKept[1]);
		}
	}

	@Test
	void whatIsTypedIsNormalisedOnlyWhenItBecomesData() {
		OrganisationForm form = association();
		form.setSiret(" 732 829 320 00074 ");
		form.setRna("w 751 234 567");
		form.setName("  Les Lilas  ");
		assertThat(invalidFields(form)).isEmpty();
		assertThat(form.getSiret()).isEqualTo(" 732 829 320 00074 ");
		OrganisationData data = form.toData();
		assertThat(data.siret().value()).isEqualTo("73282932000074");
		assertThat(data.rna().value()).isEqualTo("W751234567");
		assertThat(data.name()).isEqualTo("Les Lilas");
	}

	static OrganisationForm association() {
		OrganisationForm form = new OrganisationForm();
		form.setName("Les Lilas");
		form.setSiret("73282932000074");
		form.setRna("W751234567");
		form.setLegalForm("association");
		form.setEsus(false);
		form.setAddressLine("5 rue des Lilas");
		form.setPostcode("75020");
		form.setCity("Paris");
		form.setRegion("11");
		form.setWebsite("https://www.lilas.example.org");
		return form;
	}

	private static Set<ConstraintViolation<OrganisationForm>> violations(OrganisationForm form) {
		return validator.validate(form);
	}

	private static Set<String> invalidFields(OrganisationForm form) {
		return violations(form).stream()
			.map((violation) -> violation.getPropertyPath().toString())
			.collect(Collectors.toSet());
	}

}
