package fr.apec.novapec.showcase.web;

import fr.apec.novapec.reference.ReferenceCode;
import fr.apec.novapec.reference.ReferenceKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The filters of the laureate list, exactly as they appear in its URL:
 * {@code /laureats?region=76&theme=emploi&public=cadres&annee=2024&q=seniors&page=2}. A region, theme or public
 * that names nothing the lists offer is an error on its filter.
 */
public record LaureateSearchForm(
		@ReferenceCode(value = ReferenceKind.REGION, message = "{filters.region.invalid}") String region,
		@ReferenceCode(value = ReferenceKind.THEME, message = "{filters.theme.invalid}") String theme,
		@BindParam("public") @ReferenceCode(value = ReferenceKind.PUBLIC,
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
