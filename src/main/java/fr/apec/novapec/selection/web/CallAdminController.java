package fr.apec.novapec.selection.web;

import java.util.List;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.selection.AdminRound;
import fr.apec.novapec.selection.CallChangedException;
import fr.apec.novapec.selection.CallChanges;
import fr.apec.novapec.selection.CallSettings;
import fr.apec.novapec.selection.CommitteeDateTakenException;
import fr.apec.novapec.selection.RoundChangedException;
import fr.apec.novapec.selection.RoundChanges;
import fr.apec.novapec.selection.RoundInUseException;
import fr.apec.novapec.selection.RoundNotFoundException;
import fr.apec.novapec.selection.SelectionService;
import fr.apec.novapec.shared.Notices;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the Novapec call (ADMIN only: the URL rule of SecurityConfiguration, and
 * SelectionService checks the role again): its settings, and its selection rounds listed, added, changed and
 * deleted. A form sent from a page older than the call or the round is told so, with what was typed kept;
 * a committee date another round already has is an error beside the field. A round is deleted only while
 * nothing refers to it (no application joined it, no laureate was selected in it): the database's foreign
 * keys decide, so a round that an application joins at that very moment is never deleted under it.
 */
@Controller
@RequestMapping("/gestion/appel")
class CallAdminController {

	private static final String CALL_FORM = "callForm";

	private static final String ROUND_FORM = "roundForm";

	private static final String ROUNDS = "redirect:/gestion/appel#rounds-heading";

	private final SelectionService selection;

	private final ReferenceDataService reference;

	private final Notices notices;

	CallAdminController(SelectionService selection, ReferenceDataService reference, Notices notices) {
		this.selection = selection;
		this.reference = reference;
		this.notices = notices;
	}

	@GetMapping
	String show(Model model) {
		CallSettings call = this.selection.novapecCall();
		model.addAttribute(CALL_FORM, CallForm.of(call));
		model.addAttribute(ROUND_FORM, new RoundForm());
		return page(call, model);
	}

	@PostMapping
	String updateCall(@Valid @ModelAttribute(CALL_FORM) CallForm form, BindingResult errors, CurrentAccount who,
			Model model, RedirectAttributes redirect) {
		CallSettings call = this.selection.novapecCall();
		model.addAttribute(ROUND_FORM, new RoundForm());
		CallChanges changes = form.toChanges(errors, this.reference.themeCodes(), this.reference.publicCodes());
		if (changes == null) {
			return page(call, model);
		}
		try {
			this.selection.updateCall(call.id(), who, changes, (form.getVersion() != null) ? form.getVersion() : -1);
		}
		catch (CallChangedException ex) {
			// What was typed stays on the page; sent again, it replaces the other change knowingly.
			errors.rejectValue("title", "call.changedElsewhere");
			form.setVersion(call.version());
			return page(call, model);
		}
		this.notices.notice(redirect, "call.updated");
		return "redirect:/gestion/appel";
	}

	@PostMapping("/tours")
	String createRound(@Valid @ModelAttribute(ROUND_FORM) RoundForm form, BindingResult errors, CurrentAccount who,
			Model model, RedirectAttributes redirect) {
		CallSettings call = this.selection.novapecCall();
		model.addAttribute(CALL_FORM, CallForm.of(call));
		RoundChanges changes = form.toChanges(errors);
		if (changes == null) {
			return page(call, model);
		}
		try {
			this.selection.createRound(call.id(), who, changes);
		}
		catch (CommitteeDateTakenException ex) {
			errors.rejectValue("committeeDate", "round.committeeDate.taken");
			return page(call, model);
		}
		this.notices.notice(redirect, "round.created", changes.label());
		return ROUNDS;
	}

	@GetMapping("/tours/{roundId:\\d+}")
	String showRound(@PathVariable long roundId, Model model) {
		AdminRound round = this.selection.roundForAdmin(roundId);
		model.addAttribute(ROUND_FORM, RoundForm.of(round));
		return roundPage(round, model);
	}

	@PostMapping("/tours/{roundId:\\d+}")
	String updateRound(@PathVariable long roundId, @Valid @ModelAttribute(ROUND_FORM) RoundForm form,
			BindingResult errors, CurrentAccount who, Model model, RedirectAttributes redirect) {
		AdminRound round = this.selection.roundForAdmin(roundId);
		RoundChanges changes = form.toChanges(errors);
		if (changes == null) {
			return roundPage(round, model);
		}
		try {
			this.selection.updateRound(roundId, who, changes, (form.getVersion() != null) ? form.getVersion() : -1);
		}
		catch (CommitteeDateTakenException ex) {
			errors.rejectValue("committeeDate", "round.committeeDate.taken");
			return roundPage(round, model);
		}
		catch (RoundChangedException ex) {
			errors.rejectValue("label", "round.changedElsewhere");
			form.setVersion(round.version());
			return roundPage(round, model);
		}
		this.notices.notice(redirect, "round.updated", changes.label());
		return ROUNDS;
	}

	@PostMapping("/tours/{roundId:\\d+}/supprimer")
	String deleteRound(@PathVariable long roundId, @RequestParam(defaultValue = "-1") long version, CurrentAccount who,
			RedirectAttributes redirect) {
		try {
			AdminRound round = this.selection.roundForAdmin(roundId);
			this.selection.deleteRound(roundId, who, version);
			this.notices.notice(redirect, "round.deleted", round.label());
		}
		catch (RoundInUseException ex) {
			this.notices.alert(redirect, "round.inUse");
		}
		catch (RoundChangedException ex) {
			this.notices.alert(redirect, "round.changedBeforeDelete");
		}
		catch (RoundNotFoundException ex) {
			this.notices.alert(redirect, "round.alreadyDeleted");
		}
		return ROUNDS;
	}

	private String page(CallSettings call, Model model) {
		model.addAttribute("call", call);
		model.addAttribute("themes", this.reference.themeCodes());
		model.addAttribute("publics", this.reference.publicCodes());
		model.addAttribute("documentKinds", List.of(DocumentKind.values()));
		model.addAttribute("rounds", this.selection.roundsOf(call.id()));
		return "staff/call";
	}

	private String roundPage(AdminRound round, Model model) {
		model.addAttribute("round", round);
		return "staff/round";
	}

}
