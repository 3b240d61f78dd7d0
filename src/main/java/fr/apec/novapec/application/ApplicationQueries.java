package fr.apec.novapec.application;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.apec.novapec.account.CurrentAccount;
import fr.apec.novapec.organisation.OrganisationService;
import fr.apec.novapec.selection.RoundSummary;
import fr.apec.novapec.selection.SelectionService;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of applications: those of a member's organisations, and how many there are in each state.
 */
@Service
public class ApplicationQueries {

	private final JdbcClient jdbc;

	private final OrganisationService organisations;

	private final SelectionService selection;

	ApplicationQueries(JdbcClient jdbc, OrganisationService organisations, SelectionService selection) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.selection = selection;
	}

	/**
	 * The applications of every organisation this account belongs to (as the organisation module says),
	 * most recently changed first; no other organisation's application can appear.
	 */
	@Transactional(readOnly = true)
	public List<ApplicationRow> applicationsOfMember(CurrentAccount who) {
		List<Long> organisationIds = this.organisations.organisationIdsOf(who.id());
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		record Row(long id, String reference, String title, long organisationId, ApplicationStatus status, Long roundId,
				Instant updatedAt) {
		}
		List<Row> rows = this.jdbc.sql("""
				select g.id, g.reference, g.title, g.organisation_id, g.status, g.round_id, g.updated_at
				from grant_application g
				where g.organisation_id = any (:organisations)
				order by g.updated_at desc, g.id desc
				""")
			.param("organisations", organisationIds.toArray(new Long[0]))
			.query((rs, row) -> new Row(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
					rs.getLong("organisation_id"), ApplicationStatus.valueOf(rs.getString("status")),
					(Long) rs.getObject("round_id", Long.class), rs.getTimestamp("updated_at").toInstant()))
			.list();
		Map<Long, String> names = this.organisations.names(organisationIds);
		List<Long> roundIds = rows.stream().map(Row::roundId).filter(Objects::nonNull).distinct().toList();
		Map<Long, RoundSummary> rounds = roundIds.isEmpty() ? Map.of() : this.selection.rounds(roundIds);
		return rows.stream()
			.map((row) -> new ApplicationRow(row.id(), row.reference(), row.title(), names.get(row.organisationId()),
					row.status(), (row.roundId() != null && rounds.containsKey(row.roundId()))
							? rounds.get(row.roundId()).label() : null,
					row.updatedAt()))
			.toList();
	}

	/** How many applications are in each state; every state is present, with zero where none is. */
	@Transactional(readOnly = true)
	public Map<ApplicationStatus, Long> countsByStatus() {
		Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
		for (ApplicationStatus status : ApplicationStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) as n from grant_application group by status")
			.query((RowCallbackHandler) (rs) -> counts.put(ApplicationStatus.valueOf(rs.getString("status")),
					rs.getLong("n")));
		return counts;
	}

}
