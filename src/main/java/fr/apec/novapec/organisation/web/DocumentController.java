package fr.apec.novapec.organisation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;

import fr.apec.novapec.organisation.DocumentFile;
import fr.apec.novapec.organisation.DocumentKind;
import fr.apec.novapec.organisation.DocumentUpload;
import fr.apec.novapec.organisation.DocumentVaultService;
import fr.apec.novapec.organisation.OrganisationDetails;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.organisation.RejectedDocumentException;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The document vault of an organisation: the list with expired documents flagged, sending a file,
 * downloading and deleting one. Every route answers 404 to anyone who is not a member of the
 * organisation, and for any document that is not the organisation's.
 */
@Controller
@RequestMapping("/espace/organisation/{id:\\d+}/documents")
class DocumentController {

	static final String PAGE = "organisation/documents";

	/** Validity dates outside these years are typing mistakes. */
	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	private final OrganisationService organisations;

	private final DocumentVaultService vault;

	private final Notices notices;

	DocumentController(OrganisationService organisations, DocumentVaultService vault, Notices notices) {
		this.organisations = organisations;
		this.vault = vault;
		this.notices = notices;
	}

	@GetMapping
	String documents(@PathVariable long id, Principal principal, Model model) {
		OrganisationDetails organisation = this.organisations.details(id, principal.getName());
		model.addAttribute("document", new DocumentForm());
		return page(organisation, principal, model);
	}

	@PostMapping
	String upload(@PathVariable long id, @Valid @ModelAttribute("document") DocumentForm form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect) throws IOException {
		// Membership first: to anyone else the organisation does not exist, whatever was posted.
		OrganisationDetails organisation = this.organisations.details(id, principal.getName());
		MultipartFile file = form.getFile();
		if (file == null || file.isEmpty()) {
			errors.rejectValue("file", "document.file.required");
		}
		else if (file.getSize() > DocumentVaultService.MAX_SIZE) {
			errors.rejectValue("file", "document.file.tooLarge");
		}
		LocalDate validUntil = form.getValidUntil();
		if (validUntil != null && (validUntil.isBefore(EARLIEST) || validUntil.isAfter(LATEST))) {
			errors.rejectValue("validUntil", "document.validUntil.invalid");
		}
		if (errors.hasErrors()) {
			return page(organisation, principal, model);
		}
		try {
			this.vault.store(id, principal.getName(), new DocumentUpload(DocumentKind.valueOf(form.getKind()),
					validUntil, file.getOriginalFilename(), file.getBytes()));
		}
		catch (RejectedDocumentException ex) {
			errors.rejectValue("file", switch (ex.reason()) {
				case EMPTY -> "document.file.required";
				case TOO_LARGE -> "document.file.tooLarge";
				case TYPE_NOT_ACCEPTED -> "document.file.typeNotAccepted";
			});
			return page(organisation, principal, model);
		}
		String name = StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(file.getOriginalFilename())));
		this.notices.notice(redirect, "document.stored", name);
		return "redirect:/espace/organisation/" + id + "/documents";
	}

	@GetMapping("/{documentId:\\d+}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId, Principal principal) {
		DocumentFile file = this.vault.download(id, documentId, principal.getName());
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDisposition(
				ContentDisposition.attachment().filename(file.originalName(), StandardCharsets.UTF_8).build());
		headers.setContentType(MediaType.parseMediaType(file.mediaType()));
		headers.setContentLength(file.content().length);
		headers.set("X-Content-Type-Options", "nosniff");
		headers.setCacheControl(CacheControl.noStore().cachePrivate());
		return ResponseEntity.ok().headers(headers).body(file.content());
	}

	@PostMapping("/{documentId:\\d+}/supprimer")
	String delete(@PathVariable long id, @PathVariable long documentId, Principal principal,
			RedirectAttributes redirect) {
		String name = this.vault.delete(id, documentId, principal.getName());
		this.notices.notice(redirect, "document.deleted", name);
		return "redirect:/espace/organisation/" + id + "/documents";
	}

	private String page(OrganisationDetails organisation, Principal principal, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("documents", this.vault.documents(organisation.id(), principal.getName()));
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("maxSizeMb", DocumentVaultService.MAX_SIZE / (1024 * 1024));
		return PAGE;
	}

}
