package fr.apec.novapec.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.shared.mail.MailOutbox;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells every member of an application's organisation that its state changed (returned with what to
 * change, in review, selected, rejected, withdrawn), by a mail queued in the transaction of the change:
 * if the change is rolled back, no mail leaves.
 */
@Component
class StatusChangeMail {

	private final JdbcClient jdbc;

	private final MailOutbox mail;

	StatusChangeMail(JdbcClient jdbc, MailOutbox mail) {
		this.jdbc = jdbc;
		this.mail = mail;
	}

	/** Queues one mail per member (enabled account) of the application's organisation. */
	@Transactional(propagation = Propagation.MANDATORY)
	void changed(long applicationId, ApplicationStatus to, String reason) {
		Map<String, Object> application = this.jdbc.sql("""
				select g.title, o.name from grant_application g join organisation o on o.id = g.organisation_id
				where g.id = :id""")
			.param("id", applicationId)
			.query()
			.singleRow();
		String title = (String) application.get("title");
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("applicationId", applicationId);
		model.put("title", title);
		model.put("organisationName", application.get("name"));
		model.put("status", to.name());
		model.put("reason", reason);
		for (String recipient : members(this.jdbc, applicationId)) {
			this.mail.enqueue(recipient, "application-status", model, title,
					new DefaultMessageSourceResolvable("status." + to.name()));
		}
	}

	/** The addresses of the enabled accounts that are members of the application's organisation. */
	static List<String> members(JdbcClient jdbc, long applicationId) {
		return jdbc.sql("""
				select a.email from grant_application g
				join membership m on m.organisation_id = g.organisation_id
				join account a on a.id = m.account_id
				where g.id = :id and a.enabled
				order by a.email""")
			.param("id", applicationId)
			.query(String.class)
			.list();
	}

}
