package fr.apec.novapec.committee.web;

import fr.apec.novapec.committee.RoundMinutes;
import fr.apec.novapec.shared.Downloads;
import fr.apec.novapec.shared.pdf.PdfDocuments;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The minutes of a committee round as a PDF, for staff. */
@Controller
class MinutesController {

	private final RoundMinutes minutes;

	MinutesController(RoundMinutes minutes) {
		this.minutes = minutes;
	}

	@GetMapping("/gestion/sessions/{roundId:\\d+}/proces-verbal.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long roundId) {
		return Downloads.attachment(RoundMinutes.fileName(roundId), PdfDocuments.MEDIA_TYPE, this.minutes.pdf(roundId));
	}

}
