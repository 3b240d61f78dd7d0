package fr.apec.novapec.committee.web;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.committee.PublicationOutcome;
import fr.apec.novapec.committee.RoundNotDecidedException;
import fr.apec.novapec.committee.RoundPublication;
import fr.apec.novapec.selection.RoundAlreadyPublishedException;
import fr.apec.novapec.shared.Formats;
import fr.apec.novapec.shared.Notices;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing a round, for staff: what publishing will do, and the button that does it (post, redirect, get; a
 * refusal comes back as an alert on the same page).
 */
@Controller
@RequestMapping("/gestion/sessions/{roundId:\\d+}/publication")
class PublicationController {

	private final RoundPublication publication;

	private final Notices notices;

	private final Formats formats;

	PublicationController(RoundPublication publication, Notices notices, Formats formats) {
		this.publication = publication;
		this.notices = notices;
		this.formats = formats;
	}

	@GetMapping
	String show(@PathVariable long roundId, Model model) {
		model.addAttribute("preview", this.publication.preview(roundId));
		return "staff/round-publication";
	}

	@PostMapping
	String publish(@PathVariable long roundId, CurrentAccount who, RedirectAttributes redirect) {
		try {
			PublicationOutcome outcome = this.publication.publish(roundId, who);
			this.notices.notice(redirect, "publication.done", outcome.roundLabel(), outcome.letters(),
					outcome.laureates());
		}
		catch (RoundAlreadyPublishedException ex) {
			this.notices.alert(redirect, "publication.already", this.formats.date(ex.publishedAt()),
					this.formats.time(ex.publishedAt()));
		}
		catch (RoundNotDecidedException ex) {
			this.notices.alert(redirect, "publication.undecided", ex.undecided());
		}
		return "redirect:/gestion/sessions/" + roundId + "/publication";
	}

}
