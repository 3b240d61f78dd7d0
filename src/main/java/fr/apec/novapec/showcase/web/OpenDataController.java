package fr.apec.novapec.showcase.web;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import fr.apec.novapec.laureate.Laureate;
import fr.apec.novapec.laureate.LaureateFilter;
import fr.apec.novapec.laureate.LaureatePage;
import fr.apec.novapec.laureate.LaureateService;
import fr.apec.novapec.shared.Csv;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The open data under the Etalab Licence Ouverte 2.0: every published laureate as CSV and JSON, a page
 * that documents each field, and a read-only JSON API with the list's filters. Only published laureates
 * and the fields their organisations agreed to publish appear (consent is applied by the queries).
 */
@Controller
class OpenDataController {

	/** The columns of the CSV and the keys of the JSON, in order; /donnees documents each one. */
	static final List<String> FIELDS = List.of("slug", "nom", "organisations_porteuses", "partenaires",
			"codes_regions", "regions", "thematique", "thematique_libelle", "publics", "villes",
			"villes_quartiers_prioritaires", "beneficiaires_prevus", "beneficiaires_atteints", "annee",
			"session_selection", "date_comite", "resume", "description", "url", "mis_a_jour");

	static final int API_DEFAULT_SIZE = 20;

	private static final String LIST_SEPARATOR = " | ";

	private final LaureateService laureates;

	private final MessageSource messages;

	private final FilterValidation validation;

	private final String baseUrl;

	OpenDataController(LaureateService laureates, MessageSource messages, FilterValidation validation,
			@Value("${novapec.base-url}") String baseUrl) {
		this.laureates = laureates;
		this.messages = messages;
		this.validation = validation;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/donnees")
	String openDataPage(org.springframework.ui.Model model) {
		model.addAttribute("fields", FIELDS);
		model.addAttribute("count", this.laureates.figures().laureates());
		return "showcase/open-data";
	}

	@GetMapping("/donnees/laureats.csv")
	ResponseEntity<String> csv() throws IOException {
		StringWriter out = new StringWriter();
		Csv.write(out, FIELDS, this.laureates.allPublished().stream().map((laureate) -> record(laureate, true).values()).toList());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"novapec-laureats.csv\"")
			.body(out.toString());
	}

	@GetMapping(path = "/donnees/laureats.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<Map<String, Object>> json() {
		return this.laureates.allPublished().stream().map((laureate) -> record(laureate, false)).toList();
	}

	@GetMapping(path = "/api/v1/laureats", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> api(@Valid @ModelAttribute LaureateSearchForm form, BindingResult errors,
			@RequestParam(name = "taille", required = false) Integer size) {
		this.validation.afterConversionFailure(form, errors);
		if (size != null && (size < 1 || size > 100)) {
			errors.reject("api.size.invalid");
		}
		if (errors.hasErrors()) {
			return badRequest(errors);
		}
		LaureatePage page = this.laureates.search(new LaureateFilter(blankToNull(form.region()),
				blankToNull(form.theme()), blankToNull(form.publicCode()), form.year(), form.q(),
				(form.page() == null) ? 1 : form.page(), (size == null) ? API_DEFAULT_SIZE : size));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("page", page.page());
		body.put("taille", page.size());
		body.put("total", page.totalItems());
		body.put("pages", page.totalPages());
		body.put("licence", "Licence Ouverte / Open Licence 2.0 (Etalab)");
		body.put("laureats", page.items().stream().map((laureate) -> record(laureate, false)).toList());
		return ResponseEntity.ok(body);
	}

	/**
	 * A request whose parameters are not all understood gets no list (an API client would take a list
	 * without its filter for the answer to its question), but a 400 problem detail (RFC 9457) that names
	 * each parameter: {@code parametres} lists them, {@code erreurs} gives each one's message.
	 */
	private ResponseEntity<Object> badRequest(BindingResult errors) {
		List<Map<String, String>> details = errors.getAllErrors().stream().map((error) -> {
			String parameter = (error instanceof org.springframework.validation.FieldError f)
					? LaureateListController.urlName(LaureateListController.formName(f.getField())) : "taille";
			return Map.of("champ", parameter, "message", this.messages.getMessage(error, Locale.FRANCE));
		}).toList();
		List<String> parameters = details.stream().map((detail) -> detail.get("champ")).distinct().toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.messages
			.getMessage("api.problem.detail", new Object[] { String.join(", ", parameters) }, Locale.FRANCE));
		problem.setTitle(this.messages.getMessage("api.problem.title", null, Locale.FRANCE));
		problem.setType(URI.create(this.baseUrl + "/donnees#api-erreurs"));
		problem.setProperty("parametres", parameters);
		problem.setProperty("erreurs", details);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** One laureate's fields in {@link #FIELDS} order; lists joined with " | " for the CSV. */
	private Map<String, Object> record(Laureate laureate, boolean flat) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("slug", laureate.slug());
		record.put("nom", laureate.name());
		record.put("organisations_porteuses", list(laureate.carriers(), flat));
		record.put("partenaires", list(laureate.partners(), flat));
		record.put("codes_regions", list(laureate.regions().stream().map(Laureate.RegionName::code).toList(), flat));
		record.put("regions", list(laureate.regions().stream().map(Laureate.RegionName::name).toList(), flat));
		record.put("thematique", laureate.themeCode());
		record.put("thematique_libelle", this.messages.getMessage("theme." + laureate.themeCode(), null, Locale.FRANCE));
		record.put("publics", list(laureate.publicCodes(), flat));
		record.put("villes", list(laureate.cities().stream().map(Laureate.City::name).toList(), flat));
		record.put("villes_quartiers_prioritaires", list(laureate.cities()
			.stream()
			.filter(Laureate.City::priorityNeighbourhood)
			.map(Laureate.City::name)
			.toList(), flat));
		record.put("beneficiaires_prevus", laureate.plannedBeneficiaries());
		record.put("beneficiaires_atteints", laureate.reachedBeneficiaries());
		record.put("annee", laureate.year());
		record.put("session_selection", laureate.roundLabel());
		record.put("date_comite", (laureate.committeeDate() != null) ? laureate.committeeDate().toString() : null);
		record.put("resume", laureate.summary());
		record.put("description", laureate.description());
		record.put("url", this.baseUrl + "/laureats/" + laureate.slug());
		record.put("mis_a_jour", laureate.updatedAt().toString());
		return record;
	}

	private static Object list(List<String> values, boolean flat) {
		return flat ? values.stream().collect(Collectors.joining(LIST_SEPARATOR)) : values;
	}

	private static String blankToNull(String value) {
		return LaureateSearchForm.present(value) ? value : null;
	}

}
