package fr.apec.novapec.journal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import fr.apec.novapec.journal.AuditJournal;
import fr.apec.novapec.journal.JournalFilter;
import fr.apec.novapec.journal.JournalPage;
import fr.apec.novapec.shared.AuditedAction;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The whole audit journal for staff and administrators (see SecurityConfiguration; reviewers are refused),
 * newest first, filtered by what the address says (a plain GET form: it works without JavaScript, and a
 * filtered page can be bookmarked or sent). A filter value that makes no sense is ignored, as if absent.
 */
@Controller
@RequestMapping("/gestion/journal")
class JournalController {

	static final int PAGE_SIZE = 50;

	private static final int LONGEST_SEARCH = 200;

	private final AuditJournal journal;

	JournalController(AuditJournal journal) {
		this.journal = journal;
	}

	@GetMapping
	String journal(@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "acteur", required = false) String actor,
			@RequestParam(name = "candidature", required = false) String application,
			@RequestParam(name = "du", required = false) String from,
			@RequestParam(name = "au", required = false) String to,
			@RequestParam(name = "page", required = false) String page, Model model) {
		JournalFilter filter = new JournalFilter(action(action), search(actor), id(application), date(from), date(to));
		int number = (page != null && page.matches("\\d{1,6}") && Integer.parseInt(page) > 0) ? Integer.parseInt(page)
				: 1;
		JournalPage result = this.journal.page(filter, number, PAGE_SIZE);
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		model.addAttribute("actions", List.of(AuditedAction.Action.values()));
		model.addAttribute("previous", result.hasPrevious() ? url(filter, result.page() - 1) : null);
		model.addAttribute("next", result.hasNext() ? url(filter, result.page() + 1) : null);
		return "staff/journal";
	}

	private static AuditedAction.Action action(String name) {
		return Arrays.stream(AuditedAction.Action.values()).filter((a) -> a.name().equals(name)).findFirst().orElse(null);
	}

	private static String search(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String words = text.strip().replaceAll("\\s+", " ");
		return (words.length() > LONGEST_SEARCH) ? words.substring(0, LONGEST_SEARCH) : words;
	}

	private static Long id(String text) {
		return (text != null && text.strip().matches("\\d{1,18}")) ? Long.valueOf(text.strip()) : null;
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String url(JournalFilter filter, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/gestion/journal");
		if (filter.action() != null) {
			url.queryParam("action", filter.action().name());
		}
		if (filter.actor() != null) {
			url.queryParam("acteur", filter.actor());
		}
		if (filter.applicationId() != null) {
			url.queryParam("candidature", filter.applicationId());
		}
		if (filter.from() != null) {
			url.queryParam("du", filter.from());
		}
		if (filter.to() != null) {
			url.queryParam("au", filter.to());
		}
		// Encoded once built, so that what staff typed is a value, never a part of the address.
		return url.queryParam("page", page).build().encode().toUriString();
	}

}
