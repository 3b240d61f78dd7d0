package fr.apec.novapec.application;

import java.sql.Date;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.account.CurrentAccount;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application module's read façade for other modules: an application as its members or staff read it,
 * summaries for lists, and the selected projects.
 */
@Service
public class Applications {

	private final ApplicationService applications;

	private final JdbcClient jdbc;

	Applications(ApplicationService applications, JdbcClient jdbc) {
		this.applications = applications;
		this.jdbc = jdbc;
	}

	/**
	 * Everything the application says, if this account is a member of its organisation.
	 * @throws ApplicationNotFoundException otherwise, or when there is no such application
	 */
	@Transactional(readOnly = true)
	public ApplicationDraft draft(long id, CurrentAccount who) {
		return this.applications.draft(id, who);
	}

	/**
	 * The application as staff read it, only once it was submitted (never a draft).
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 */
	@Transactional(readOnly = true)
	public ApplicationDraft submittedApplication(long id) {
		return this.applications.draftForStaff(id);
	}

	/** The summaries of these applications by id, in one query; unknown ids are left out. */
	@Transactional(readOnly = true)
	public Map<Long, ApplicationSummary> summaries(Collection<Long> ids) {
		Map<Long, ApplicationSummary> summaries = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return summaries;
		}
		this.jdbc.sql("""
				select g.id, g.reference, g.title, g.organisation_id, o.name, g.status, g.call_id
				from grant_application g join organisation o on o.id = g.organisation_id
				where g.id = any (:ids) order by g.id""")
			.param("ids", ids.toArray(new Long[0]))
			.query((RowCallbackHandler) (rs) -> summaries.put(rs.getLong(1),
					new ApplicationSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
							rs.getString(5), ApplicationStatus.valueOf(rs.getString(6)), rs.getLong(7))));
		return summaries;
	}

	/** Every selected application with a start date, by id. */
	@Transactional(readOnly = true)
	public List<SelectedProject> selectedProjects() {
		return this.jdbc.sql("""
				select id, call_id, start_date, duration_months from grant_application
				where status = 'SELECTED' and start_date is not null order by id""")
			.query((rs, n) -> new SelectedProject(rs.getLong(1), rs.getLong(2), ((Date) rs.getDate(3)).toLocalDate(),
					(Integer) rs.getObject(4)))
			.list();
	}

}
