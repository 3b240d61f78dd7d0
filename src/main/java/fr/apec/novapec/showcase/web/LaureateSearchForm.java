package fr.apec.novapec.showcase.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The filters of the laureate list, exactly as they appear in its URL:
 * {@code /laureats?region=76&theme=emploi&public=cadres&annee=2024&q=seniors&page=2}.
 */
public record LaureateSearchForm(@Pattern(regexp = "[0-9]{2}", message = "{filters.region.invalid}") String region,
		@Pattern(regexp = "[a-z-]{1,30}", message = "{filters.theme.invalid}") String theme,
		@BindParam("public") @Pattern(regexp = "[a-z-]{1,30}",
				message = "{filters.public.invalid}") String publicCode,
		@BindParam("annee") @Min(value = 2000, message = "{filters.year.invalid}") @Max(value = 2100,
				message = "{filters.year.invalid}") Integer year,
		@Size(max = 200, message = "{filters.q.tooLong}") String q,
		@Min(value = 1, message = "{filters.page.invalid}") Integer page) {

	static LaureateSearchForm empty() {
		return new LaureateSearchForm(null, null, null, null, null, null);
	}

	/** Whether any filter or search is set (the page number aside). */
	public boolean filters() {
		return present(this.region) || present(this.theme) || present(this.publicCode) || this.year != null
				|| present(this.q);
	}

	static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
