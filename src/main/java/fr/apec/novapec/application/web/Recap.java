package fr.apec.novapec.application.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.reference.Region;

import org.springframework.ui.Model;

/**
 * What the rendering of an application's sections ({@code templates/application/sections.html}, shared with
 * the PDF) reads from the model: the draft, the documents of the vault attached to it, and the regions by
 * code.
 */
final class Recap {

	private Recap() {
	}

	static void addTo(Model model, ApplicationDraft draft, List<DocumentRow> documents,
			ReferenceDataService reference) {
		model.addAttribute("draft", draft);
		model.addAttribute("attached", documents);
		model.addAttribute("regionsByCode", regionsByCode(reference));
	}

	private static Map<String, Region> regionsByCode(ReferenceDataService reference) {
		return reference.regions().stream().collect(Collectors.toMap(Region::code, Function.identity()));
	}

}
