package fr.apec.novapec.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.shared.mail.MailOutbox;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells every member of an application's organisation that its state changed (returned with what to
 * change, in review, selected, rejected, withdrawn), by a mail queued in the transaction of the change:
 * if the change is rolled back, no mail leaves. A staff message reaches the members the same way
 * ({@link #toMembers}).
 */
@Component
class StatusChangeMail {

	private final OrganisationService organisations;

	private final MailOutbox mail;

	StatusChangeMail(OrganisationService organisations, MailOutbox mail) {
		this.organisations = organisations;
		this.mail = mail;
	}

	/** Queues one mail per member (enabled account) of the application's organisation. */
	@Transactional(propagation = Propagation.MANDATORY)
	void changed(GrantApplication application, ApplicationStatus to, String reason) {
		changed(application, null, to, reason);
	}

	/**
	 * As {@link #changed(GrantApplication, ApplicationStatus, String)}, saying what the change means from
	 * where it came: a submitted application rejected was found not eligible by staff, not by the committee.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void changed(GrantApplication application, ApplicationStatus from, ApplicationStatus to, String reason) {
		Map<String, Object> extra = new LinkedHashMap<>();
		extra.put("status", to.name());
		extra.put("meaning", (from == ApplicationStatus.SUBMITTED && to == ApplicationStatus.REJECTED)
				? "mail.application-status.REJECTED.ineligible" : "mail.application-status." + to.name());
		extra.put("reason", reason);
		long organisationId = application.organisationId();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("applicationId", application.id());
		model.put("reference", application.reference());
		model.put("title", application.title());
		model.put("organisationName", this.organisations.names(List.of(organisationId)).get(organisationId));
		model.putAll(extra);
		Object[] arguments = { application.title(), new DefaultMessageSourceResolvable("status." + to.name()),
				application.reference() };
		// The organisation module says who its members are (enabled accounts, sorted).
		for (String recipient : this.organisations.memberEmails(organisationId)) {
			this.mail.enqueue(recipient, "application-status", model, arguments);
		}
	}

}
