package fr.apec.novapec.application;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.application.ApplicationDraft.City;
import fr.apec.novapec.application.ApplicationDraft.CoFunder;
import fr.apec.novapec.application.ApplicationDraft.Indicator;
import fr.apec.novapec.application.ApplicationDraft.Partner;
import fr.apec.novapec.organisation.DocumentRow;
import fr.apec.novapec.organisation.DocumentVaultService;

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

	private final JdbcClient jdbc;

	private final DocumentVaultService vault;

	Applications(JdbcClient jdbc, DocumentVaultService vault) {
		this.jdbc = jdbc;
		this.vault = vault;
	}



	/**
	 * The application as staff read it, only once it was submitted (never a draft).
	 * @throws ApplicationNotFoundException when there is no such application or it was never submitted
	 */
	@Transactional(readOnly = true)
	public ApplicationDraft submittedApplication(long id) {
		return read(id, "", true);
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

	/**
	 * Everything the application says, if this login is a member of its organisation.
	 * @throws ApplicationNotFoundException otherwise, or when there is no such application
	 */
	@Transactional(readOnly = true)
	public ApplicationDraft draft(long id, CurrentAccount who) {
		String email = who.email();
		return read(id, email, false);
	}

	private ApplicationDraft read(long id, String email, boolean staff) {
		Map<String, Object> row = this.jdbc.sql("""
				select g.id, g.reference, g.organisation_id, o.name as organisation_name, g.status, r.label as round_label,
				       g.updated_at, g.title, g.summary, g.description, g.theme_code, g.start_date, g.duration_months,
				       g.total_budget, g.requested_amount, c.max_amount, g.version
				from grant_application g
				join organisation o on o.id = g.organisation_id
				join call_for_projects c on c.id = g.call_id
				left join selection_round r on r.id = g.round_id
				where g.id = :id""" + " and " + (staff ? ApplicationService.STAFF_VISIBLE : MEMBER))
			.param("id", id)
			.param("email", normalise(email))
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(ApplicationNotFoundException::new);
		List<String> publics = this.jdbc.sql("""
				select p.public_code from application_public p join target_public t on t.code = p.public_code
				where p.application_id = :id order by t.position""")
			.param("id", id)
			.query(String.class)
			.list();
		List<String> regions = new ArrayList<>();
		String[] lead = new String[1];
		this.jdbc.sql("""
				select a.region_code, a.lead from application_region a join region r on r.code = a.region_code
				where a.application_id = :id order by r.position""")
			.param("id", id)
			.query((RowCallbackHandler) (rs) -> {
				regions.add(rs.getString("region_code"));
				if (rs.getBoolean("lead")) {
					lead[0] = rs.getString("region_code");
				}
			});
		List<City> cities = this.jdbc.sql("""
				select name, region_code, priority_neighbourhood from application_city
				where application_id = :id order by position""")
			.param("id", id)
			.query((rs, n) -> new City(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.list();
		Map<String, Integer> planned = new LinkedHashMap<>();
		this.jdbc.sql("""
				select b.public_code, b.planned from application_beneficiary b
				join target_public t on t.code = b.public_code
				where b.application_id = :id order by t.position""")
			.param("id", id)
			.query((RowCallbackHandler) (rs) -> planned.put(rs.getString(1), rs.getInt(2)));
		List<CoFunder> coFunders = this.jdbc.sql("""
				select name, amount from co_funder where application_id = :id order by position""")
			.param("id", id)
			.query((rs, n) -> new CoFunder(rs.getString(1), rs.getBigDecimal(2)))
			.list();
		List<Partner> partners = this.jdbc.sql("""
				select name, role from application_partner where application_id = :id order by position""")
			.param("id", id)
			.query((rs, n) -> new Partner(rs.getString(1), rs.getString(2)))
			.list();
		List<Indicator> indicators = this.jdbc.sql("""
				select label, target from impact_indicator where application_id = :id order by position""")
			.param("id", id)
			.query((rs, n) -> new Indicator(rs.getString(1), rs.getInt(2)))
			.list();
		List<Long> documentIds = this.jdbc.sql("""
				select a.document_id from application_document a
				join organisation_document d on d.id = a.document_id
				join grant_application g on g.id = a.application_id and g.organisation_id = d.organisation_id
				where a.application_id = :id order by a.document_id""")
			.param("id", id)
			.query(Long.class)
			.list();
		Date start = (Date) row.get("start_date");
		return new ApplicationDraft(id, (String) row.get("reference"), ((Number) row.get("organisation_id")).longValue(),
				(String) row.get("organisation_name"), ApplicationStatus.valueOf((String) row.get("status")),
				(String) row.get("round_label"), ((java.sql.Timestamp) row.get("updated_at")).toInstant(),
				(String) row.get("title"), (String) row.get("summary"), (String) row.get("description"),
				(String) row.get("theme_code"), List.copyOf(publics), List.copyOf(regions), lead[0],
				List.copyOf(cities), planned, (start != null) ? start.toLocalDate() : null,
				(Integer) row.get("duration_months"), (BigDecimal) row.get("total_budget"),
				(BigDecimal) row.get("requested_amount"), List.copyOf(coFunders), (BigDecimal) row.get("max_amount"),
				List.copyOf(partners), List.copyOf(indicators), List.copyOf(documentIds),
				((Number) row.get("version")).longValue());
	}

	/** The history of the application, oldest first, if this login is a member of its organisation. */
	@Transactional(readOnly = true)
	public List<StatusChange> history(long id, CurrentAccount who) {
		String email = who.email();
		requireMember(id, email);
		return historyOf(id, false);
	}

	/** The history as staff read it, for an application they may see (see {@link #submittedApplication}). */
	@Transactional(readOnly = true)
	List<StatusChange> historyForStaff(long id) {
		submittedApplication(id);
		return historyOf(id, true);
	}

	/**
	 * The lines of the history. A change made by someone who is not a member of the organisation was made
	 * by Apec staff: members read it as the team's, without the person's name (as in the message thread);
	 * staff read the name.
	 */
	private List<StatusChange> historyOf(long id, boolean staffView) {
		return this.jdbc.sql("""
				select s.from_status, s.to_status, s.changed_at, a.display_name, s.reason,
				       s.changed_by is not null and not exists (
				           select 1 from membership m join grant_application g on g.organisation_id = m.organisation_id
				           where g.id = s.application_id and m.account_id = s.changed_by) as by_staff
				from application_status_change s left join account a on a.id = s.changed_by
				where s.application_id = :id order by s.changed_at, s.id""")
			.param("id", id)
			.query((rs, n) -> {
				boolean byStaff = rs.getBoolean("by_staff");
				return new StatusChange((rs.getString(1) != null) ? ApplicationStatus.valueOf(rs.getString(1)) : null,
						ApplicationStatus.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(),
						(byStaff && !staffView) ? null : rs.getString(4), rs.getString(5), byStaff);
			})
			.list();
	}

	/**
	 * The documents of the organisation's vault attached to this application, in the vault's order; read
	 * for a member of the organisation only (the vault checks it).
	 */
	@Transactional(readOnly = true)
	public List<DocumentRow> attachedDocuments(ApplicationDraft draft, CurrentAccount who) {
		return this.vault.documents(draft.organisationId(), who)
			.stream()
			.filter((document) -> draft.documentIds().contains(document.id()))
			.toList();
	}

	private static final String MEMBER = """
			exists (select 1 from membership m join account a on a.id = m.account_id
			        where m.organisation_id = g.organisation_id and a.email = :email)""";

	/** The state of the application if this login is a member of its organisation. */
	private ApplicationStatus requireMember(long id, String email) {
		return this.jdbc.sql("select g.status from grant_application g where g.id = :id and " + MEMBER)
			.param("id", id)
			.param("email", normalise(email))
			.query(String.class)
			.optional()
			.map(ApplicationStatus::valueOf)
			.orElseThrow(ApplicationNotFoundException::new);
	}

	private static String normalise(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	/** The state of the application, whoever asks (for checks of this module only). */
	ApplicationStatus statusOf(long id) {
		return this.jdbc.sql("select status from grant_application where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(ApplicationStatus::valueOf)
			.orElseThrow(ApplicationNotFoundException::new);
	}

}
