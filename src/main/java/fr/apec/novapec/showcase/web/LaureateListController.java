package fr.apec.novapec.showcase.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.laureate.LaureateFilter;
import fr.apec.novapec.laureate.LaureatePage;
import fr.apec.novapec.laureate.LaureateService;
import fr.apec.novapec.reference.ReferenceDataService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The laureate list with its filters and French search. One URL, two answers: the whole page, or only
 * the results when htmx asks ({@code HX-Request}), so that the list updates in place and the page
 * still works without JavaScript. Back and Forward ask for the whole page again ({@link Htmx}).
 */
@Controller
class LaureateListController {

	static final int PAGE_SIZE = 12;

	/** The filters that can be left out, in the order of the form, by the name of their form component. */
	private static final List<String> IGNORABLE = List.of("q", "region", "theme", "publicCode", "year", "page");

	private final LaureateService laureates;

	private final ReferenceDataService reference;

	private final MessageSource messages;

	private final FilterValidation validation;

	LaureateListController(LaureateService laureates, ReferenceDataService reference, MessageSource messages,
			FilterValidation validation) {
		this.laureates = laureates;
		this.reference = reference;
		this.messages = messages;
		this.validation = validation;
	}

	@GetMapping("/laureats")
	String list(@Valid @ModelAttribute("filters") LaureateSearchForm form, BindingResult errors,
			HttpServletRequest request, Model model, HttpServletResponse response) {
		// When a value cannot be converted (annee=abc), Spring leaves the model attribute empty: keep the form.
		model.addAttribute("filters", form);
		this.validation.afterConversionFailure(form, errors);
		LaureateFilter filter = toFilter(form, errors);
		LaureatePage page = this.laureates.search(filter);
		model.addAttribute("page", page);
		LaureateSearchForm applied = applied(filter);
		model.addAttribute("pageLinks", PageLinks.of(applied, page));
		model.addAttribute("filterErrors", messagesByField(errors));
		List<String> ignored = ignored(errors);
		model.addAttribute("ignoredFilters", ignored);
		if (!ignored.isEmpty() && model.getAttribute("baseUrl") instanceof String baseUrl) {
			// The page shown is the one without the filters left out: so is its address for search engines.
			model.addAttribute("canonicalUrl", baseUrl + PageLinks.url(applied, page.page()));
		}
		response.addHeader(HttpHeaders.VARY, Htmx.VARY);
		if (Htmx.wantsFragment(request)) {
			return "showcase/laureates :: results";
		}
		model.addAttribute("regions", this.reference.regions());
		model.addAttribute("themeCodes", this.reference.themeCodes());
		model.addAttribute("publicCodes", this.reference.publicCodes());
		model.addAttribute("years", this.laureates.publishedYears());
		return "showcase/laureates";
	}

	/**
	 * The filter to run: a value that is malformed or names nothing known is reported beside its field
	 * and left out, so the visitor still gets a list.
	 */
	private LaureateFilter toFilter(LaureateSearchForm form, BindingResult errors) {
		String region = known(form.region(), "region", errors);
		String theme = known(form.theme(), "theme", errors);
		String publicCode = known(form.publicCode(), "publicCode", errors);
		Integer year = hasError(errors, "year") ? null : form.year();
		String q = hasError(errors, "q") ? null : form.q();
		int page = (form.page() == null || hasError(errors, "page")) ? 1 : form.page();
		return new LaureateFilter(region, theme, publicCode, year, q, page, PAGE_SIZE);
	}

	/** The filters as applied, without those left out: the page links carry these. */
	private static LaureateSearchForm applied(LaureateFilter filter) {
		return new LaureateSearchForm(filter.region(), filter.theme(), filter.publicCode(), filter.year(), filter.query(),
				filter.page());
	}

	/**
	 * The filters left out because they were not understood, in the order of the form, each named by its
	 * component: the page says so above the results ({@code filters.ignored.<name>}).
	 */
	static List<String> ignored(BindingResult errors) {
		return IGNORABLE.stream().filter((field) -> hasError(errors, field)).toList();
	}

	/** The first error of each field, in the reader's language, for display beside that field. */
	private Map<String, String> messagesByField(BindingResult errors) {
		Map<String, String> messages = new LinkedHashMap<>();
		for (FieldError error : errors.getFieldErrors()) {
			messages.putIfAbsent(formName(error.getField()),
					this.messages.getMessage(error, LocaleContextHolder.getLocale()));
		}
		return messages;
	}

	/** The filter's value when one is set and it names a known code (the form's @ReferenceCode). */
	private static String known(String value, String field, BindingResult errors) {
		if (!LaureateSearchForm.present(value) || hasError(errors, field)) {
			return null;
		}
		return value;
	}

	/**
	 * Whether a filter has an error: validation names it after the form's component ({@code year}),
	 * conversion after its URL parameter ({@code annee}).
	 */
	static boolean hasError(BindingResult errors, String field) {
		return errors.hasFieldErrors(field) || errors.hasFieldErrors(urlName(field));
	}

	static String formName(String field) {
		return switch (field) {
			case "annee" -> "year";
			case "public" -> "publicCode";
			default -> field;
		};
	}

	static String urlName(String field) {
		return switch (field) {
			case "year" -> "annee";
			case "publicCode" -> "public";
			default -> field;
		};
	}

	/**
	 * Links to the pages of a result, keeping every filter in the URL: previous, next, and the first,
	 * last and nearby pages; {@code null} in {@code numbered} marks a gap.
	 */
	public record PageLinks(String previous, String next, List<PageLink> numbered) {

		static PageLinks of(LaureateSearchForm form, LaureatePage page) {
			java.util.TreeSet<Integer> shown = new java.util.TreeSet<>();
			shown.add(1);
			shown.add(page.totalPages());
			for (int n = page.page() - 2; n <= page.page() + 2; n++) {
				if (n >= 1 && n <= page.totalPages()) {
					shown.add(n);
				}
			}
			List<PageLink> numbered = new java.util.ArrayList<>();
			int last = 0;
			for (int n : shown) {
				if (n > last + 1) {
					numbered.add(null);
				}
				numbered.add(new PageLink(n, url(form, n), n == page.page()));
				last = n;
			}
			return new PageLinks(page.hasPrevious() ? url(form, page.page() - 1) : null,
					page.hasNext() ? url(form, page.page() + 1) : null, numbered);
		}

		static String url(LaureateSearchForm form, int page) {
			UriComponentsBuilder url = UriComponentsBuilder.fromPath("/laureats");
			add(url, "region", form.region());
			add(url, "theme", form.theme());
			add(url, "public", form.publicCode());
			if (form.year() != null) {
				url.queryParam("annee", form.year());
			}
			add(url, "q", form.q());
			if (page > 1) {
				url.queryParam("page", page);
			}
			return url.build().encode().toUriString();
		}

		private static void add(UriComponentsBuilder url, String name, String value) {
			if (LaureateSearchForm.present(value)) {
				url.queryParam(name, value);
			}
		}

	}

	/** A numbered page link. */
	public record PageLink(int number, String url, boolean current) {
	}

}
