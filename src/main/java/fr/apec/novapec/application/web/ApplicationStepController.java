package fr.apec.novapec.application.web;

import java.util.List;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.ApplicationDrafting;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.reference.Region;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps of an application: each a page that shows what the draft says and a POST that saves only that
 * step's fields, whole or not at all. A step may be saved incomplete; a value that breaks a rule is
 * refused beside its field with what was typed. Only the members of the application's organisation see
 * it (404 for anyone else, before anything posted is read), and only a draft or a returned application
 * changes.
 * <p>
 * With JavaScript the step forms save themselves (autosave): htmx posts the form to the same URL, and the
 * POST answers an htmx request ({@code HX-Request}) with a small status fragment instead of the redirect:
 * the time of the save, what breaks a rule (nothing of the step saved), or that the application can no
 * longer be changed. Without JavaScript the step's button saves with post-redirect-get.
 */
@Controller
@RequestMapping("/espace/candidatures/{id:\\d+}")
class ApplicationStepController {

	private final ApplicationDrafting drafting;

	private final ReferenceDataService reference;

	private final StepPages pages;

	ApplicationStepController(ApplicationDrafting drafting, ReferenceDataService reference, StepPages pages) {
		this.drafting = drafting;
		this.reference = reference;
		this.pages = pages;
	}

	// The project

	@GetMapping("/projet")
	String initProject(@PathVariable long id, CurrentAccount who, Model model) {
		return this.pages.init(Step.PROJECT, id, who, model, ProjectForm::of);
	}

	@PostMapping("/projet")
	String processProject(@PathVariable long id, @Valid @ModelAttribute(StepPages.FORM) ProjectForm form, BindingResult errors,
			@RequestHeader(name = StepPages.HTMX, required = false) String htmx,
			@RequestParam(name = StepPages.VERSION, required = false) Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return this.pages.process(Step.PROJECT, id, htmx, version, who, model, redirect,
				(draft) -> errors.hasErrors() ? null : form.toPart(),
				(part) -> this.drafting.save(id, who, part, version));
	}

	// Theme and publics

	@GetMapping("/themes-et-publics")
	String initThemes(@PathVariable long id, CurrentAccount who, Model model) {
		return this.pages.init(Step.THEMES, id, who, model, ThemesForm::of);
	}

	@PostMapping("/themes-et-publics")
	String processThemes(@PathVariable long id, @Valid @ModelAttribute(StepPages.FORM) ThemesForm form, BindingResult errors,
			@RequestHeader(name = StepPages.HTMX, required = false) String htmx,
			@RequestParam(name = StepPages.VERSION, required = false) Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return this.pages.process(Step.THEMES, id, htmx, version, who, model, redirect,
				(draft) -> errors.hasErrors() ? null : form.toPart(this.reference.publicCodes()),
				(part) -> this.drafting.save(id, who, part, version));
	}

	// Territories

	@GetMapping("/territoires")
	String initTerritories(@PathVariable long id, CurrentAccount who, Model model) {
		return this.pages.init(Step.TERRITORIES, id, who, model, TerritoriesForm::of);
	}

	@PostMapping("/territoires")
	String processTerritories(@PathVariable long id, @Valid @ModelAttribute(StepPages.FORM) TerritoriesForm form,
			BindingResult errors, @RequestHeader(name = StepPages.HTMX, required = false) String htmx,
			@RequestParam(name = StepPages.VERSION, required = false) Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return this.pages.process(Step.TERRITORIES, id, htmx, version, who, model, redirect, (draft) -> {
			List<String> codes = regionCodes();
			List<String> chosen = form.chosenRegions(codes);
			String lead = form.lead(chosen);
			if (!chosen.isEmpty() && (lead == null || !chosen.contains(lead))) {
				errors.rejectValue("leadRegion", "application.leadRegion.notChosen");
			}
			else if (chosen.isEmpty() && lead != null) {
				errors.rejectValue("leadRegion", "application.leadRegion.noRegion");
			}
			List<TerritoriesForm.CityRow> rows = form.rows();
			for (int i = 0; i < rows.size(); i++) {
				TerritoriesForm.CityRow row = rows.get(i);
				if (row.blank()) {
					continue;
				}
				if (Texts.trim(row.getName()).length() > 100) {
					errors.rejectValue("cities[" + i + "].name", "application.city.name.tooLong");
				}
				if (row.getRegion() == null || !chosen.contains(row.getRegion())) {
					errors.rejectValue("cities[" + i + "].region", "application.city.region.notChosen");
				}
			}
			return errors.hasErrors() ? null : form.toPart(codes);
		}, (draft) -> form.padded(), (part) -> this.drafting.save(id, who, part, version));
	}

	// Beneficiaries and calendar

	@GetMapping("/beneficiaires-et-calendrier")
	String initSchedule(@PathVariable long id, CurrentAccount who, Model model) {
		return this.pages.init(Step.SCHEDULE, id, who, model, ScheduleForm::of);
	}

	@PostMapping("/beneficiaires-et-calendrier")
	String processSchedule(@PathVariable long id, @ModelAttribute(StepPages.FORM) ScheduleForm form,
			BindingResult errors, @RequestHeader(name = StepPages.HTMX, required = false) String htmx,
			@RequestParam(name = StepPages.VERSION, required = false) Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return this.pages.process(Step.SCHEDULE, id, htmx, version, who, model, redirect,
				(draft) -> form.validate(errors, draft.publics()),
				(part) -> this.drafting.save(id, who, part, version));
	}

	// Budget

	@GetMapping("/budget")
	String initBudget(@PathVariable long id, CurrentAccount who, Model model) {
		return this.pages.init(Step.BUDGET, id, who, model, BudgetForm::of);
	}

	@PostMapping("/budget")
	String processBudget(@PathVariable long id, @ModelAttribute(StepPages.FORM) BudgetForm form, BindingResult errors,
			@RequestHeader(name = StepPages.HTMX, required = false) String htmx,
			@RequestParam(name = StepPages.VERSION, required = false) Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return this.pages.process(Step.BUDGET, id, htmx, version, who, model, redirect,
				(draft) -> form.validate(errors, draft.callMaxAmount()), (draft) -> form.padded(),
				(part) -> this.drafting.save(id, who, part, version));
	}

	// Impact indicators

	@GetMapping("/indicateurs")
	String initIndicators(@PathVariable long id, CurrentAccount who, Model model) {
		return this.pages.init(Step.INDICATORS, id, who, model, IndicatorsForm::of);
	}

	@PostMapping("/indicateurs")
	String processIndicators(@PathVariable long id, @ModelAttribute(StepPages.FORM) IndicatorsForm form, BindingResult errors,
			@RequestHeader(name = StepPages.HTMX, required = false) String htmx,
			@RequestParam(name = StepPages.VERSION, required = false) Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return this.pages.process(Step.INDICATORS, id, htmx, version, who, model, redirect, (draft) -> form.validate(errors),
				(draft) -> form.padded(), (part) -> this.drafting.save(id, who, part, version));
	}

	// Partners

	@GetMapping("/partenaires")
	String initPartners(@PathVariable long id, CurrentAccount who, Model model) {
		return this.pages.init(Step.PARTNERS, id, who, model, PartnersForm::of);
	}

	@PostMapping("/partenaires")
	String processPartners(@PathVariable long id, @ModelAttribute(StepPages.FORM) PartnersForm form, BindingResult errors,
			@RequestHeader(name = StepPages.HTMX, required = false) String htmx,
			@RequestParam(name = StepPages.VERSION, required = false) Long version, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return this.pages.process(Step.PARTNERS, id, htmx, version, who, model, redirect, (draft) -> form.validate(errors),
				(draft) -> form.padded(), (part) -> this.drafting.save(id, who, part, version));
	}

	private List<String> regionCodes() {
		return this.reference.regions().stream().map(Region::code).toList();
	}

}
