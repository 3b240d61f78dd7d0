package fr.apec.novapec.report.web;

import java.util.List;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.report.IncompleteReportException;
import fr.apec.novapec.report.ReportContent;
import fr.apec.novapec.report.ReportKind;
import fr.apec.novapec.report.ReportNotEditableException;
import fr.apec.novapec.report.ReportNotFoundException;
import fr.apec.novapec.report.ReportPage;
import fr.apec.novapec.report.ReportStatus;
import fr.apec.novapec.report.ReportWriting;
import fr.apec.novapec.report.StaffReport;
import fr.apec.novapec.shared.Notices;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A laureate's report, as its organisation writes it: the form with the figures planned and the targets
 * beside what was reached, saved as a draft (incomplete allowed) or sent to staff (complete only). Only the
 * members of the application's organisation see it, only for a selected application and a kind of report
 * its call asks for: anyone and anything else gets 404, before anything posted is read. Read-only once
 * sent; editable again when staff return it.
 */
@Controller
@RequestMapping("/espace/candidatures/{id:\\d+}/rapports/{kind}")
class ReportController {

	private static final String FORM = "form";

	private final ReportWriting reports;

	private final DocumentVaultService vault;

	private final Notices notices;

	ReportController(ReportWriting reports, DocumentVaultService vault, Notices notices) {
		this.reports = reports;
		this.vault = vault;
		this.notices = notices;
	}

	@GetMapping
	String initReportForm(@PathVariable long id, @PathVariable("kind") String slug, CurrentAccount who,
			Model model) {
		ReportPage page = this.reports.open(id, kind(slug), who);
		model.addAttribute(FORM, ReportForm.of(page.report(), page.application().indicators().size()));
		return page(page, who, model);
	}

	@PostMapping
	String processReportForm(@PathVariable long id, @PathVariable("kind") String slug,
			@ModelAttribute(FORM) ReportForm form, BindingResult errors, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return process(id, slug, form, errors, who, model, redirect, false);
	}

	@PostMapping("/envoyer")
	String processSubmission(@PathVariable long id, @PathVariable("kind") String slug,
			@ModelAttribute(FORM) ReportForm form, BindingResult errors, CurrentAccount who, Model model,
			RedirectAttributes redirect) {
		return process(id, slug, form, errors, who, model, redirect, true);
	}

	private String process(long id, String slug, ReportForm form, BindingResult errors, CurrentAccount who,
			Model model, RedirectAttributes redirect, boolean toSend) {
		ReportKind kind = kind(slug);
		ReportPage page = this.reports.open(id, kind, who);
		String here = "redirect:/espace/candidatures/" + id + "/rapports/" + kind.slug();
		if (!page.report().editable()) {
			return refused(page.report().status(), redirect, here);
		}
		List<DocumentRow> documents = this.vault.documents(page.application().organisationId(), who);
		ReportContent content = errors.hasErrors() ? null
				: form.validate(errors, page.application(), documents.stream().map(DocumentRow::id).toList(), toSend);
		if (content == null) {
			form.padded(page.application().indicators().size());
			return page(page, who, model);
		}
		try {
			if (toSend) {
				this.reports.submit(id, kind, who, content);
			}
			else {
				this.reports.save(id, kind, who, content);
			}
		}
		catch (ReportNotEditableException ex) {
			// Sent from another tab, or the second click of a double click.
			return refused(ex.status(), redirect, here);
		}
		catch (OptimisticLockingFailureException ex) {
			// Changed meanwhile by another request (the row lock makes it unlikely): told as a send that came first.
			return refused(ReportStatus.SUBMITTED, redirect, here);
		}
		catch (IncompleteReportException ex) {
			this.notices.alert(redirect, "report.incomplete");
			return here;
		}
		this.notices.notice(redirect, toSend ? "report.submitted" : "report.saved");
		return here;
	}

	private String refused(ReportStatus status, RedirectAttributes redirect, String here) {
		this.notices.alert(redirect, (status == ReportStatus.APPROVED) ? "report.alreadyApproved" : "report.alreadySent");
		return here;
	}

	private String page(ReportPage page, CurrentAccount who, Model model) {
		model.addAttribute("draft", page.application());
		model.addAttribute("report", page.report());
		model.addAttribute("publicFields", ReportForm.FIELDS);
		List<DocumentRow> documents = this.vault.documents(page.application().organisationId(), who);
		model.addAttribute("documents", documents);
		model.addAttribute("publicFigures", page.publicFigures());
		model.addAttribute("indicatorFigures", page.indicatorFigures());
		model.addAttribute("attached", documents.stream()
			.filter((document) -> page.report().documentIds().contains(document.id()))
			.map((document) -> new StaffReport.AttachedDocument(document.id(), document.kind(), document.originalName()))
			.toList());
		return "report/form";
	}

	private static ReportKind kind(String slug) {
		return ReportKind.ofSlug(slug).orElseThrow(ReportNotFoundException::new);
	}

}
