package fr.apec.novapec.export.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.export.ApplicationDossier;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The dossier of an application as a ZIP, for staff and administrators (the URL rules of
 * /gestion/candidatures and {@link ApplicationDossier}'s own check). An application staff may not see answers
 * 404 before anything is written.
 */
@Controller
class DossierController {

	private final ApplicationDossier dossier;

	DossierController(ApplicationDossier dossier) {
		this.dossier = dossier;
	}

	@GetMapping("/gestion/candidatures/{id:\\d+}/dossier.zip")
	void dossier(@PathVariable long id, CurrentAccount who, HttpServletResponse response) throws IOException {
		String name = this.dossier.fileName(id);
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().cachePrivate().getHeaderValue());
		response.setHeader("X-Content-Type-Options", "nosniff");
		this.dossier.write(id, who, response.getOutputStream());
	}

}
