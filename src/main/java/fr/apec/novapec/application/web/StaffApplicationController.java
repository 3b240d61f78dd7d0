package fr.apec.novapec.application.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.ApplicationMessages;
import fr.apec.novapec.application.ApplicationOpinions;
import fr.apec.novapec.application.Opinion;
import fr.apec.novapec.application.OpinionNotRecordedException;
import fr.apec.novapec.application.ApplicationStatus;
import fr.apec.novapec.application.IllegalTransitionException;
import fr.apec.novapec.application.MessageRefusedException;
import fr.apec.novapec.application.MessageThreadClosedException;
import fr.apec.novapec.application.StaffApplicationPage;
import fr.apec.novapec.application.StaffApplicationRead;
import fr.apec.novapec.application.StaffApplications;
import fr.apec.novapec.application.StaffNotes;
import fr.apec.novapec.application.StaffInbox;
import fr.apec.novapec.application.WaitingForRoundException;
import fr.apec.novapec.reference.ReferenceDataService;
import fr.apec.novapec.shared.Notices;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The applications as Apec staff work on them (roles STAFF and ADMIN, see SecurityConfiguration): the
 * inbox (filters in the URL, counts per state, pages; htmx gets only its results), one application read whole
 * with its history, thread, private notes and audit journal, writing in the thread, adding a note, and the
 * changes of state staff make (in review; returned for changes with a message). A draft,
 * like an id that does not exist, answers 404. A change the lifecycle refuses, or that another change
 * overtook, comes back to the application with a message, never an error page.
 */
@Controller
@RequestMapping("/gestion/candidatures")
class StaffApplicationController {

	static final int PAGE_SIZE = 20;

	private static final String HTMX_REQUEST = "HX-Request";

	/** htmx asks for the whole page when Back finds no copy of it (historyCacheSize is 0): never the fragment. */
	private static final String HTMX_HISTORY_RESTORE = "HX-History-Restore-Request";

	/** The states the filter offers: every state staff may meet. */
	static final List<ApplicationStatus> FILTERS = Arrays.stream(ApplicationStatus.values())
		.filter((status) -> status != ApplicationStatus.DRAFT)
		.toList();

	private final StaffApplications applications;

	private final ApplicationMessages messages;

	private final StaffNotes notes;

	private final Notices notices;

	private final ReferenceDataService reference;

	private final MessageSource messageSource;

	private final ApplicationOpinions opinions;

	StaffApplicationController(StaffApplications applications, ApplicationMessages messages, StaffNotes notes,
			Notices notices, ReferenceDataService reference, MessageSource messageSource,
			ApplicationOpinions opinions) {
		this.applications = applications;
		this.reference = reference;
		this.messageSource = messageSource;
		this.messages = messages;
		this.notes = notes;
		this.notices = notices;
		this.opinions = opinions;
	}

	@GetMapping
	String list(@Valid @ModelAttribute("filters") InboxForm form, BindingResult errors, CurrentAccount who,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		// A value the page never offers is named beside its filter and left out: staff still get a list.
		InboxForm applied = form.applied(errors);
		StaffInbox inbox = this.applications.inbox(who, applied.filter(), applied.pageNumber(), PAGE_SIZE);
		StaffApplicationPage result = inbox.page();
		model.addAttribute("filters", form);
		model.addAttribute("inbox", inbox);
		model.addAttribute("page", result);
		model.addAttribute("sort", applied.sortValue());
		// What was searched, trimmed as it was applied; a search refused is shown as typed, beside its message.
		model.addAttribute("search", errors.hasFieldErrors("q") ? form.q() : applied.q());
		model.addAttribute("filterErrors", messagesByField(errors));
		model.addAttribute("statusCounts", inbox.counts()
			.stream()
			.map((count) -> new StatusCount(count.getKey().name(), count.getValue(),
					applied.url(count.getKey().name(), 0), count.getKey().name().equals(applied.statut())))
			.toList());
		model.addAttribute("allStatusesUrl", applied.url(null, 0));
		model.addAttribute("exportXlsxUrl", applied.exportUrl("xlsx"));
		model.addAttribute("exportCsvUrl", applied.exportUrl("csv"));
		model.addAttribute("allStatusesCount", inbox.countsByStatus().values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("allStatusesCurrent", applied.statut() == null);
		model.addAttribute("previous", result.hasPrevious() ? applied.url(applied.statut(), result.page() - 1) : null);
		model.addAttribute("next", result.hasNext() ? applied.url(applied.statut(), result.page() + 1) : null);
		response.addHeader(HttpHeaders.VARY, HTMX_REQUEST + ", " + HTMX_HISTORY_RESTORE);
		if (request.getHeader(HTMX_REQUEST) != null && !"true".equals(request.getHeader(HTMX_HISTORY_RESTORE))) {
			return "staff/applications :: results";
		}
		model.addAttribute("statuses", FILTERS);
		model.addAttribute("regions", this.reference.regions());
		model.addAttribute("themeCodes", this.reference.themeCodes());
		model.addAttribute("publicCodes", this.reference.publicCodes());
		return "staff/applications";
	}

	/** The first error of each filter, in the reader's language, for display beside it. */
	private Map<String, String> messagesByField(BindingResult errors) {
		Map<String, String> messages = new LinkedHashMap<>();
		for (FieldError error : errors.getFieldErrors()) {
			messages.putIfAbsent(error.getField(), this.messageSource.getMessage(error, LocaleContextHolder.getLocale()));
		}
		return messages;
	}

	/** A state with the number of applications the filters find in it, and the list narrowed to it. */
	record StatusCount(String status, long count, String url, boolean current) {
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, CurrentAccount who, Model model) {
		StaffApplicationRead read = this.applications.read(id, who);
		model.addAttribute("view", read.view());
		coReview(read, model);
		if (!model.containsAttribute("messageForm")) {
			model.addAttribute("messageForm", new MessageForm());
		}
		if (!model.containsAttribute("returnForm")) {
			model.addAttribute("returnForm", new ReturnForm());
		}
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", new NoteForm());
		}
		model.addAttribute("notes", read.notes());
		model.addAttribute("journal", read.journal());
		return "staff/application";
	}

	@PostMapping("/{id:\\d+}/notes")
	String addNote(@PathVariable long id, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult errors,
			CurrentAccount who, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return show(id, who, model);
		}
		this.notes.add(id, who, form.getNote());
		this.notices.notice(redirect, "note.added");
		return "redirect:/gestion/candidatures/" + id + "#notes";
	}

	@PostMapping("/{id:\\d+}/messages")
	String write(@PathVariable long id, @ModelAttribute("messageForm") MessageForm form, BindingResult errors,
			CurrentAccount who, Model model, RedirectAttributes redirect) {
		try {
			this.messages.writeAsStaff(id, who, form.getText(), MessageFiles.upload(form.getFile()));
		}
		catch (MessageRefusedException ex) {
			MessageFiles.reject(ex, errors, "text");
			return show(id, who, model);
		}
		catch (MessageThreadClosedException ex) {
			this.notices.alert(redirect, ex.messageKey());
			return "redirect:/gestion/candidatures/" + id;
		}
		this.notices.notice(redirect, "message.sent.staff");
		return "redirect:/gestion/candidatures/" + id + "#messages";
	}

	/** Where a request too large to be read is sent back (see the vault's UploadLimitFilter). */
	@GetMapping("/{id:\\d+}/messages")
	String thread(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		this.messages.threadForStaff(id);
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		Object alert = (flash != null) ? flash.get("alert") : null;
		if (alert != null) {
			redirect.addFlashAttribute("alert", alert);
		}
		return "redirect:/gestion/candidatures/" + id + "#messages";
	}

	@GetMapping("/{id:\\d+}/messages/{messageId:\\d+}/fichiers/{fileId:\\d+}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long messageId, @PathVariable long fileId,
			CurrentAccount who) {
		return MessageFiles.download(this.messages.fileForStaff(id, messageId, fileId, who));
	}

	/** The PDF of the whole application, the one its members download (ApplicationPdfController). */
	@GetMapping("/{id:\\d+}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentAccount who) {
		return ApplicationPdfController.download(this.applications.pdf(id, who), id);
	}

	@GetMapping("/{id:\\d+}/documents/{documentId:\\d+}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId, CurrentAccount who) {
		return MessageFiles.download(this.applications.document(id, documentId, who));
	}

	@PostMapping("/{id:\\d+}/instruction")
	String putInReview(@PathVariable long id, CurrentAccount who, RedirectAttributes redirect) {
		this.applications.putInReview(id, who);
		this.notices.notice(redirect, "staff.application.inReview.done");
		return "redirect:/gestion/candidatures/" + id;
	}

	@PostMapping("/{id:\\d+}/renvoi")
	String returnForChanges(@PathVariable long id, @ModelAttribute("returnForm") ReturnForm form,
			BindingResult errors, CurrentAccount who, Model model, RedirectAttributes redirect) {
		try {
			this.applications.returnForChanges(id, who, form.getReason());
		}
		catch (MessageRefusedException ex) {
			form.reject(ex, errors);
			return show(id, who, model);
		}
		this.notices.notice(redirect, "staff.application.returned.done");
		return "redirect:/gestion/candidatures/" + id;
	}

	/** Not eligible: the reason is required; the application is rejected and its members are mailed it. */
	@PostMapping("/{id:\\d+}/non-eligible")
	String declareIneligible(@PathVariable long id, @Validated @ModelAttribute("ineligibleForm") IneligibleForm form,
			BindingResult errors, CurrentAccount who, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return show(id, who, model);
		}
		this.applications.declareIneligible(id, who, form.getIneligibleReason());
		this.notices.notice(redirect, "staff.application.ineligible.done");
		return "redirect:/gestion/candidatures/" + id;
	}

	/** The opinion of a region's team; a refused or stale one comes back with a message. */
	@PostMapping("/{id:\\d+}/avis")
	String giveOpinion(@PathVariable long id, @Validated @ModelAttribute("opinionForm") OpinionForm form,
			BindingResult errors, CurrentAccount who, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("opinionFailed", form);
			model.addAttribute("opinionFailedErrors", errors);
			return show(id, who, model);
		}
		try {
			this.opinions.give(id, who, form.getRegionCode(), form.getOpinion(), form.getComment(), form.getVersion());
		}
		catch (OpinionNotRecordedException ex) {
			this.notices.alert(redirect, ex.messageKey());
			return "redirect:/gestion/candidatures/" + id + "#opinions";
		}
		this.notices.notice(redirect, "staff.application.opinion.done");
		return "redirect:/gestion/candidatures/" + id + "#opinions";
	}

	/**
	 * The eligibility check and the regional opinions of the page, with a form for each region the reader
	 * speaks for; {@code failed} is the form sent with errors, shown again with what was typed.
	 */
	private void coReview(StaffApplicationRead read, Model model) {
		OpinionForm failed = (OpinionForm) model.getAttribute("opinionFailed");
		BindingResult errors = (BindingResult) model.getAttribute("opinionFailedErrors");
		model.addAttribute("eligibility", read.eligibility());
		if (!model.containsAttribute("ineligibleForm")) {
			model.addAttribute("ineligibleForm", new IneligibleForm());
		}
		List<Opinion> given = read.opinions();
		model.addAttribute("opinions", given);
		List<OpinionForm> forms = read.opinionRegions()
			.stream()
			.map((region) -> (failed != null && region.equals(failed.getRegionCode())) ? failed
					: OpinionForm.of(region, given.stream().filter((o) -> o.regionCode().equals(region)).findFirst().orElse(null)))
			.toList();
		model.addAttribute("opinionForms", forms);
		model.addAttribute("opinionKinds", fr.apec.novapec.application.OpinionKind.values());
		Map<String, String> fieldErrors = new java.util.LinkedHashMap<>();
		if (errors != null) {
			for (FieldError error : errors.getFieldErrors()) {
				fieldErrors.putIfAbsent(error.getField(), error.isBindingFailure()
						? this.notices.text("staff.application.opinion.kind.required") : error.getDefaultMessage());
			}
		}
		model.addAttribute("opinionErrors", fieldErrors);
		model.addAttribute("opinionFailedRegion", (failed != null) ? failed.getRegionCode() : "");
	}

	@ExceptionHandler(IllegalTransitionException.class)
	String refused(IllegalTransitionException ex, RedirectAttributes redirect) {
		String from = (ex.from() != null) ? this.notices.text("status." + ex.from().name()) : "—";
		this.notices.alert(redirect, ex.messageKey(), from, this.notices.text("status." + ex.to().name()));
		return "redirect:/gestion/candidatures/" + ex.applicationId();
	}

	@ExceptionHandler(WaitingForRoundException.class)
	String waiting(WaitingForRoundException ex, RedirectAttributes redirect) {
		this.notices.alert(redirect, ex.messageKey());
		return "redirect:/gestion/candidatures/" + ex.applicationId();
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
