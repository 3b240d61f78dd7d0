package fr.apec.novapec.selection.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.selection.CallChanges;
import fr.apec.novapec.selection.CallSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The settings of the call as the administrator's form holds them. The maximum amount stays text as typed
 * ({@code 50 000}, {@code 50 000,00 €}, {@code 50000.5}) and is read by {@link #toChanges}, which puts the
 * problems beside their fields.
 */
public class CallForm {

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007]+");

	private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,12}([.,][0-9]{1,2})?");

	@NotBlank(message = "{call.title.required}")
	@Size(max = 200, message = "{call.title.tooLong}")
	private String title;

	@NotBlank(message = "{call.rules.required}")
	@Size(max = 20000, message = "{call.rules.tooLong}")
	private String rules;

	@NotNull(message = "{call.opensOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "dd/MM/yyyy")
	private LocalDate opensOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "dd/MM/yyyy")
	private LocalDate closesOn;

	@Size(max = 40, message = "{call.maxAmount.invalid}")
	private String maxAmount;

	@NotEmpty(message = "{call.themes.required}")
	private List<String> themes = new ArrayList<>();

	@NotEmpty(message = "{call.publics.required}")
	private List<String> publics = new ArrayList<>();

	private List<DocumentKind> documents = new ArrayList<>();

	@Min(value = 1, message = "{call.interimReportMonths.range}")
	@Max(value = 120, message = "{call.interimReportMonths.range}")
	private Integer interimReportMonths;

	private boolean finalReportDue;

	private Long version;

	static CallForm of(CallSettings call) {
		CallForm form = new CallForm();
		form.title = call.title();
		form.rules = call.rules();
		form.opensOn = call.opensOn();
		form.closesOn = call.closesOn();
		form.maxAmount = (call.maxAmount() != null) ? typed(call.maxAmount()) : null;
		form.themes = new ArrayList<>(call.themeCodes());
		form.publics = new ArrayList<>(call.publicCodes());
		form.documents = new ArrayList<>(call.requiredDocuments());
		form.interimReportMonths = call.interimReportMonths();
		form.finalReportDue = call.finalReportDue();
		form.version = call.version();
		return form;
	}

	/** An amount as the form shows it, the French way and without grouping: {@code 50000} or {@code 50000,50}. */
	static String typed(BigDecimal amount) {
		String plain = amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
		return plain.endsWith(",00") ? plain.substring(0, plain.length() - 3) : plain;
	}

	/**
	 * What the form says, once the rules that Bean Validation cannot state alone are checked (the amount, the
	 * closing date after the opening, codes of the reference lists); null when one of them fails, each problem
	 * then an error on its field.
	 */
	CallChanges toChanges(Errors errors, List<String> themeCodes, List<String> publicCodes) {
		BigDecimal amount = null;
		String typed = (this.maxAmount != null) ? SPACES.matcher(this.maxAmount).replaceAll("").replace("€", "") : "";
		if (!typed.isEmpty()) {
			if (!AMOUNT.matcher(typed).matches()) {
				errors.rejectValue("maxAmount", "call.maxAmount.invalid");
			}
			else {
				amount = new BigDecimal(typed.replace(',', '.')).setScale(2);
				if (amount.signum() <= 0) {
					errors.rejectValue("maxAmount", "call.maxAmount.invalid");
				}
			}
		}
		if (this.opensOn != null && this.closesOn != null && this.closesOn.isBefore(this.opensOn)) {
			errors.rejectValue("closesOn", "call.closesOn.beforeOpening");
		}
		if (!themeCodes.containsAll(this.themes)) {
			errors.rejectValue("themes", "call.themes.required");
		}
		if (!publicCodes.containsAll(this.publics)) {
			errors.rejectValue("publics", "call.publics.required");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new CallChanges(this.title.trim(), this.rules.trim(), this.opensOn, this.closesOn, amount,
				List.copyOf(this.themes), List.copyOf(this.publics), List.copyOf(this.documents),
				this.interimReportMonths, this.finalReportDue);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getRules() {
		return this.rules;
	}

	public void setRules(String rules) {
		this.rules = rules;
	}

	public LocalDate getOpensOn() {
		return this.opensOn;
	}

	public void setOpensOn(LocalDate opensOn) {
		this.opensOn = opensOn;
	}

	public LocalDate getClosesOn() {
		return this.closesOn;
	}

	public void setClosesOn(LocalDate closesOn) {
		this.closesOn = closesOn;
	}

	public String getMaxAmount() {
		return this.maxAmount;
	}

	public void setMaxAmount(String maxAmount) {
		this.maxAmount = maxAmount;
	}

	public List<String> getThemes() {
		return this.themes;
	}

	public void setThemes(List<String> themes) {
		this.themes = (themes != null) ? themes : new ArrayList<>();
	}

	public List<String> getPublics() {
		return this.publics;
	}

	public void setPublics(List<String> publics) {
		this.publics = (publics != null) ? publics : new ArrayList<>();
	}

	public List<DocumentKind> getDocuments() {
		return this.documents;
	}

	public void setDocuments(List<DocumentKind> documents) {
		this.documents = (documents != null) ? documents : new ArrayList<>();
	}

	public Integer getInterimReportMonths() {
		return this.interimReportMonths;
	}

	public void setInterimReportMonths(Integer interimReportMonths) {
		this.interimReportMonths = interimReportMonths;
	}

	public boolean isFinalReportDue() {
		return this.finalReportDue;
	}

	public void setFinalReportDue(boolean finalReportDue) {
		this.finalReportDue = finalReportDue;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
