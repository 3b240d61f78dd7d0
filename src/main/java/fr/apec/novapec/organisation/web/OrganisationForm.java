package fr.apec.novapec.organisation.web;

import java.util.Locale;

import fr.apec.novapec.organisation.OrganisationData;
import fr.apec.novapec.organisation.OrganisationDetails;
import fr.apec.novapec.organisation.Registration;
import fr.apec.novapec.organisation.Rna;
import fr.apec.novapec.organisation.Siret;
import fr.apec.novapec.reference.ReferenceCode;
import fr.apec.novapec.reference.ReferenceKind;
import fr.apec.novapec.shared.DisplayedName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The form to create or change an organisation, exactly as typed: it is shown again with its errors
 * when something is wrong. Only these fields are ever bound from a request. They are declared in the order
 * of the page, which is the order of the error summary.
 */
@RegistrationNumbers
public class OrganisationForm {

	/**
	 * A web address: http:// or https:// or nothing (https:// is then added), a host of at least two labels
	 * made of letters, digits and hyphens, an optional port, then anything without spaces. Nothing else can
	 * come before the host, so neither {@code javascript:} nor another scheme, nor {@code user@host}.
	 */
	static final String WEBSITE = "\\s*(((?i:https?)://)?[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(\\.[\\p{L}\\p{N}][\\p{L}\\p{N}-]*)+(:[0-9]{1,5})?([/?#]\\S*)?)?\\s*";

	@NotBlank(message = "{organisation.name.required}")
	@Size(max = 200, message = "{organisation.name.tooLong}")
	@DisplayedName
	private String name;

	@NotBlank(message = "{organisation.siret.required}")
	@Size(max = 30, message = "{organisation.siret.invalid}")
	@ValidSiret
	private String siret;

	@NotBlank(message = "{organisation.legalForm.required}")
	@ReferenceCode(value = ReferenceKind.LEGAL_FORM, message = "{organisation.legalForm.required}")
	private String legalForm;

	@Size(max = 30, message = "{organisation.rna.invalid}")
	private String rna;

	@Size(max = 100, message = "{organisation.courtRegister.tooLong}")
	private String courtRegister;

	@NotNull(message = "{organisation.esus.required}")
	private Boolean esus;

	@NotBlank(message = "{organisation.addressLine.required}")
	@Size(max = 200, message = "{organisation.addressLine.tooLong}")
	private String addressLine;

	@NotBlank(message = "{organisation.postcode.required}")
	@Pattern(regexp = "\\s*([0-9]{5})?\\s*", message = "{organisation.postcode.invalid}")
	private String postcode;

	@NotBlank(message = "{organisation.city.required}")
	@Size(max = 100, message = "{organisation.city.tooLong}")
	private String city;

	@NotBlank(message = "{organisation.region.required}")
	@ReferenceCode(value = ReferenceKind.REGION, message = "{organisation.region.required}")
	private String region;

	@Size(max = 300, message = "{organisation.website.tooLong}")
	@Pattern(regexp = WEBSITE, message = "{organisation.website.invalid}")
	private String website;

	/** The version of the organisation the form was filled from; none for a new organisation. */
	private Long version;

	/** The form filled with what is known of the organisation, to change it. */
	static OrganisationForm of(OrganisationDetails organisation) {
		OrganisationForm form = new OrganisationForm();
		form.version = organisation.version();
		form.name = organisation.name();
		form.siret = organisation.siret();
		form.rna = organisation.rna();
		form.courtRegister = organisation.courtRegister();
		form.legalForm = organisation.legalFormCode();
		form.esus = organisation.esus();
		form.addressLine = organisation.addressLine();
		form.postcode = organisation.postcode();
		form.city = organisation.city();
		form.region = organisation.regionCode();
		form.website = organisation.website();
		return form;
	}

	/** What the form says, normalised; call it only once the form is valid. */
	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	OrganisationData toData() {
		String postcode = trim(this.postcode);
		Registration registration = Registration.requiredFor(this.legalForm, postcode);
		return new OrganisationData(trim(this.name), Siret.parse(this.siret).orElseThrow(),
				present(this.rna) ? Rna.parse(this.rna).orElseThrow() : null,
				(registration == Registration.COURT_REGISTER || present(this.courtRegister)) ? trim(this.courtRegister)
						: null,
				this.legalForm, Boolean.TRUE.equals(this.esus), trim(this.addressLine), postcode, trim(this.city),
				this.region, website(this.website));
	}

	/**
	 * The address with its scheme in lower case ({@code HTTPS://} becomes {@code https://}), {@code https://}
	 * put in front of an address typed without one ({@code lesjardins.fr}), or null.
	 */
	static String website(String typed) {
		String website = trim(typed);
		if (website == null) {
			return null;
		}
		int colon = website.indexOf("://");
		if (colon < 0) {
			return "https://" + website;
		}
		return website.substring(0, colon).toLowerCase(Locale.ROOT) + website.substring(colon);
	}

	/** The text without surrounding spaces, or {@code null} when nothing is left. */
	static String trim(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSiret() {
		return this.siret;
	}

	public void setSiret(String siret) {
		this.siret = siret;
	}

	public String getRna() {
		return this.rna;
	}

	public void setRna(String rna) {
		this.rna = rna;
	}

	public String getCourtRegister() {
		return this.courtRegister;
	}

	public void setCourtRegister(String courtRegister) {
		this.courtRegister = courtRegister;
	}

	public String getLegalForm() {
		return this.legalForm;
	}

	public void setLegalForm(String legalForm) {
		this.legalForm = legalForm;
	}

	public Boolean getEsus() {
		return this.esus;
	}

	public void setEsus(Boolean esus) {
		this.esus = esus;
	}

	public String getAddressLine() {
		return this.addressLine;
	}

	public void setAddressLine(String addressLine) {
		this.addressLine = addressLine;
	}

	public String getPostcode() {
		return this.postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
