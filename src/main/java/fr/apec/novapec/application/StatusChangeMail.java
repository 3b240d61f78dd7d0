package fr.apec.novapec.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.shared.mail.MailOutbox;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	private final OrganisationService organisations;

	private final MailOutbox mail;

	StatusChangeMail(JdbcClient jdbc, OrganisationService organisations, MailOutbox mail) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.mail = mail;
	}

	/** Queues one mail per member (enabled account) of the application's organisation. */
	@Transactional(propagation = Propagation.MANDATORY)
	void changed(long applicationId, ApplicationStatus to, String reason) {
		Map<String, Object> extra = new LinkedHashMap<>();
		extra.put("status", to.name());
		extra.put("reason", reason);
		Map<String, Object> application = this.jdbc
			.sql("select g.reference, g.title, g.organisation_id from grant_application g where g.id = :id")
			.param("id", applicationId)
			.query()
			.singleRow();
		long organisationId = ((Number) application.get("organisation_id")).longValue();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("applicationId", applicationId);
		model.put("reference", application.get("reference"));
		model.put("title", application.get("title"));
		model.put("organisationName", this.organisations.names(List.of(organisationId)).get(organisationId));
		model.putAll(extra);
		Object[] arguments = { application.get("title"), new DefaultMessageSourceResolvable("status." + to.name()),
				application.get("reference") };
		// The organisation module says who its members are (enabled accounts, sorted).
		for (String recipient : this.organisations.memberEmails(organisationId)) {
			this.mail.enqueue(recipient, "application-status", model, arguments);
		}
	}

}
