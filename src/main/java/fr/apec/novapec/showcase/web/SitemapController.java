package fr.apec.novapec.showcase.web;

import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.laureate.LaureateService;
import fr.apec.novapec.reference.ReferenceDataService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/** What search engines read: the sitemap of every public page and laureate, and robots.txt. */
@Controller
class SitemapController {

	private final LaureateService laureates;

	private final ReferenceDataService reference;

	private final String baseUrl;

	SitemapController(LaureateService laureates, ReferenceDataService reference,
			@Value("${novapec.base-url}") String baseUrl) {
		this.laureates = laureates;
		this.reference = reference;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() {
		List<String> paths = new ArrayList<>(List.of("/", "/laureats", "/regions", "/candidater", "/donnees",
				"/mentions-legales", "/accessibilite", "/donnees-personnelles", "/contact"));
		this.reference.regions().forEach((region) -> paths.add("/regions/" + region.code()));
		this.laureates.publishedSlugs().forEach((slug) -> paths.add("/laureats/" + slug));
		StringBuilder xml = new StringBuilder(64 * paths.size() + 200);
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String path : paths) {
			xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(this.baseUrl + path, "UTF-8")).append("</loc></url>\n");
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String body = "User-agent: *\nDisallow: /espace\nDisallow: /gestion\nDisallow: /connexion\nDisallow: /api/\n"
				+ "Allow: /\n\nSitemap: " + this.baseUrl + "/sitemap.xml\n";
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
	}

}
