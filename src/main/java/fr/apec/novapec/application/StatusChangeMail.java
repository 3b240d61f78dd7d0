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
 * if the change is rolled back, no mail leaves. A staff message reaches the members the same way
 * ({@link #toMembers}).
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
		Map<String, Object> extra = new LinkedHashMap<>();
		extra.put("status", to.name());
		extra.put("reason", reason);
		toMembers(this.jdbc, this.mail, applicationId, "application-status", extra,
				new DefaultMessageSourceResolvable("status." + to.name()));
	}

	/**
	 * Queues this mail to every member (enabled account) of the application's organisation, in the caller's
	 * transaction. Its model holds the application's id, reference, title and organisation name besides
	 * {@code extra}; the subject's arguments are the title, then {@code subjectArguments}, then the reference.
	 */
	static void toMembers(JdbcClient jdbc, MailOutbox mail, long applicationId, String template,
			Map<String, Object> extra, Object... subjectArguments) {
		Map<String, Object> application = jdbc.sql("""
				select g.reference, g.title, o.name from grant_application g join organisation o on o.id = g.organisation_id
				where g.id = :id""")
			.param("id", applicationId)
			.query()
			.singleRow();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("applicationId", applicationId);
		model.put("reference", application.get("reference"));
		model.put("title", application.get("title"));
		model.put("organisationName", application.get("name"));
		model.putAll(extra);
		Object[] arguments = new Object[subjectArguments.length + 2];
		arguments[0] = application.get("title");
		System.arraycopy(subjectArguments, 0, arguments, 1, subjectArguments.length);
		arguments[arguments.length - 1] = application.get("reference");
		for (String recipient : members(jdbc, applicationId)) {
			mail.enqueue(recipient, template, model, arguments);
		}
	}

	/** The addresses of the enabled accounts that are members of the application's organisation. */
	private static List<String> members(JdbcClient jdbc, long applicationId) {
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
