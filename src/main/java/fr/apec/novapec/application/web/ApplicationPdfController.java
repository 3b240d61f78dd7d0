package fr.apec.novapec.application.web;


import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.ApplicationSubmissions;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The PDF of a whole application, downloaded by a member of its organisation; anyone else, like an id
 * that does not exist, gets 404. Staff download the same PDF from StaffApplicationController.
 */
@Controller
class ApplicationPdfController {

	private final ApplicationSubmissions applications;

	ApplicationPdfController(ApplicationSubmissions applications) {
		this.applications = applications;
	}

	@GetMapping("/espace/candidatures/{id:\\d+}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentAccount who) {
		return download(this.applications.pdf(id, who), id);
	}

	/** The answer that downloads the PDF of this application, never kept by a cache. */
	static ResponseEntity<byte[]> download(byte[] pdf, long id) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PDF);
		headers.setContentDisposition(ContentDisposition.attachment().filename("candidature-" + id + ".pdf").build());
		headers.setContentLength(pdf.length);
		headers.set("X-Content-Type-Options", "nosniff");
		headers.setCacheControl(CacheControl.noStore().cachePrivate());
		return ResponseEntity.ok().headers(headers).body(pdf);
	}

}
