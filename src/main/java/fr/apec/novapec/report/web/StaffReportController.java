package fr.apec.novapec.report.web;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.organisation.DocumentFile;
import fr.apec.novapec.report.ReportAlreadyDecidedException;
import fr.apec.novapec.report.ReportReview;
import fr.apec.novapec.shared.Downloads;
import fr.apec.novapec.shared.Notices;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
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
 * The staff's side of laureate reports (STAFF and ADMIN only: the URL rules of SecurityConfiguration, and
 * ReportReview checks the role again): the reports waiting for a decision, each one with planned against
 * reached and target against achieved, its documents, and the two decisions: approve, or return with a
 * required comment. A decision that comes second gets a message, never an error page.
 */
@Controller
@RequestMapping("/gestion/rapports")
class StaffReportController {

	private static final String RETURN_FORM = "returnForm";

	private final ReportReview reports;

	private final Notices notices;

	StaffReportController(ReportReview reports, Notices notices) {
		this.reports = reports;
		this.notices = notices;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("reports", this.reports.submittedReports());
		return "staff/reports";
	}

	@GetMapping("/{reportId:\\d+}")
	String show(@PathVariable long reportId, Model model) {
		model.addAttribute(RETURN_FORM, new ReturnForm());
		return page(reportId, model);
	}

	@PostMapping("/{reportId:\\d+}/approuver")
	String approve(@PathVariable long reportId, CurrentAccount who, RedirectAttributes redirect) {
		try {
			this.reports.approve(reportId, who);
			this.notices.notice(redirect, "report.approved.notice");
		}
		catch (ReportAlreadyDecidedException | OptimisticLockingFailureException ex) {
			this.notices.alert(redirect, "report.alreadyDecided");
		}
		return "redirect:/gestion/rapports/" + reportId;
	}

	@PostMapping("/{reportId:\\d+}/renvoyer")
	String returnForChanges(@PathVariable long reportId, @Valid @ModelAttribute(RETURN_FORM) ReturnForm form,
			BindingResult errors, CurrentAccount who, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(reportId, model);
		}
		try {
			this.reports.returnForChanges(reportId, who, form.getComment());
			this.notices.notice(redirect, "report.returned.notice");
		}
		catch (ReportAlreadyDecidedException | OptimisticLockingFailureException ex) {
			this.notices.alert(redirect, "report.alreadyDecided");
		}
		return "redirect:/gestion/rapports/" + reportId;
	}

	@GetMapping("/{reportId:\\d+}/documents/{documentId:\\d+}")
	ResponseEntity<byte[]> document(@PathVariable long reportId, @PathVariable long documentId) {
		DocumentFile file = this.reports.document(reportId, documentId);
		return Downloads.attachment(file.originalName(), file.mediaType(), file.content());
	}

	private String page(long reportId, Model model) {
		model.addAttribute("report", this.reports.staffReport(reportId));
		return "staff/report";
	}

}
