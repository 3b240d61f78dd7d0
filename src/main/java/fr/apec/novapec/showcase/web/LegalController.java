package fr.apec.novapec.showcase.web;

import java.time.Duration;
import java.time.LocalDate;

import fr.apec.novapec.account.AccountService;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.shared.Retention;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The legal pages every page's footer links to: the legal notice, the accessibility declaration, what
 * personal data the portal keeps and for how long, and whom to contact. What the code does not know (who
 * hosts the portal, who directs the publication, whom to write to) comes from settings; the retention
 * periods come from the code that applies them.
 */
@Controller
class LegalController {

	private final Legal legal;

	private final Duration sessionTimeout;

	LegalController(@Value("${novapec.legal.publisher}") String publisher,
			@Value("${novapec.legal.publisher-address}") String publisherAddress,
			@Value("${novapec.legal.director}") String director, @Value("${novapec.legal.host}") String host,
			@Value("${novapec.legal.host-address}") String hostAddress,
			@Value("${novapec.legal.contact-email}") String contactEmail,
			@Value("${novapec.legal.contact-phone}") String contactPhone,
			@Value("${novapec.legal.dpo-contact}") String dpoContact,
			@Value("${novapec.legal.accessibility-declared-on}") LocalDate accessibilityDeclaredOn,
			@Value("${spring.session.timeout}") Duration sessionTimeout) {
		this.legal = new Legal(publisher, publisherAddress, blankToNull(director), blankToNull(host),
				blankToNull(hostAddress), contactEmail, blankToNull(contactPhone), dpoContact, accessibilityDeclaredOn);
		this.sessionTimeout = sessionTimeout;
	}

	@ModelAttribute("legal")
	Legal legal() {
		return this.legal;
	}

	@GetMapping("/mentions-legales")
	String legalNotice() {
		return "showcase/legal-notice";
	}

	@GetMapping("/accessibilite")
	String accessibility() {
		return "showcase/accessibility";
	}

	@GetMapping("/donnees-personnelles")
	String personalData(Model model) {
		model.addAttribute("sessionMinutes", this.sessionTimeout.toMinutes());
		model.addAttribute("abuseRecordsHours", Retention.ABUSE_RECORDS.toHours());
		model.addAttribute("sentMailDays", Retention.SENT_MAIL.toDays());
		model.addAttribute("verificationHours", AccountService.VERIFICATION_VALIDITY.toHours());
		model.addAttribute("resetHours", AccountService.RESET_VALIDITY.toHours());
		model.addAttribute("invitationDays", OrganisationService.INVITATION_VALIDITY.toDays());
		return "showcase/personal-data";
	}

	@GetMapping("/contact")
	String contact() {
		return "showcase/contact";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * Who publishes and hosts the portal and how to reach them; {@code null} where the setting is empty
	 * (the director and the host then read as the publisher's, the phone is left out).
	 */
	public record Legal(String publisher, String publisherAddress, String director, String host, String hostAddress,
			String contactEmail, String contactPhone, String dpoContact, LocalDate accessibilityDeclaredOn) {
	}

}
