package fr.apec.novapec.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Apec's staff as the other modules need them: the regional teams, the reviewers to assign, a member by id
 * with how it wants to be notified. Only enabled accounts are returned (a disabled or invited one cannot act),
 * each read in one query whatever the number of members. No role is checked here: background jobs (the
 * notification mails) call it without anyone signed in, and it gives nothing an applicant could act upon.
 */
@Service
public class StaffDirectory {

	private static final String MEMBER_COLUMNS = """
			select a.id, a.email, a.display_name, a.staff_notification,
			       array(select r.role from account_role r where r.account_id = a.id order by r.role) as roles,
			       array(select t.region_code from staff_team_region t where t.account_id = a.id
			             order by t.region_code) as regions
			from account a
			""";

	private final JdbcClient jdbc;

	StaffDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The INSEE codes of the regions whose team this account belongs to; empty when it has no team. */
	@Transactional(readOnly = true)
	public Set<String> regionsOf(long accountId) {
		return Set.copyOf(this.jdbc.sql("select region_code from staff_team_region where account_id = ?")
			.param(accountId)
			.query(String.class)
			.list());
	}

	/**
	 * The enabled staff members (STAFF or ADMIN) in the team of at least one of these regions, by name.
	 * @return empty when no region is given
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> staffOfRegions(Collection<String> regionCodes) {
		if (regionCodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(MEMBER_COLUMNS + """
				where a.enabled
				  and exists (select 1 from account_role r where r.account_id = a.id and r.role in ('STAFF', 'ADMIN'))
				  and exists (select 1 from staff_team_region t where t.account_id = a.id and t.region_code in (:regions))
				order by a.display_name, a.id""")
			.param("regions", Set.copyOf(regionCodes))
			.query(StaffDirectory::member)
			.list();
	}

	/** The enabled accounts holding the REVIEWER role, by name. */
	@Transactional(readOnly = true)
	public List<StaffMember> reviewers() {
		return this.jdbc.sql(MEMBER_COLUMNS + """
				where a.enabled
				  and exists (select 1 from account_role r where r.account_id = a.id and r.role = 'REVIEWER')
				order by a.display_name, a.id""")
			.query(StaffDirectory::member)
			.list();
	}

	/**
	 * The staff member with this id: an enabled account holding STAFF, REVIEWER or ADMIN; empty otherwise (an
	 * applicant, a disabled or invited account, no account).
	 */
	@Transactional(readOnly = true)
	public Optional<StaffMember> member(long id) {
		return this.jdbc.sql(MEMBER_COLUMNS + """
				where a.id = :id and a.enabled
				  and exists (select 1 from account_role r where r.account_id = a.id
				              and r.role in ('STAFF', 'REVIEWER', 'ADMIN'))""")
			.param("id", id)
			.query(StaffDirectory::member)
			.optional();
	}

	private static StaffMember member(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		strings(rs.getArray("roles")).forEach((role) -> roles.add(Role.valueOf(role)));
		return new StaffMember(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"), roles,
				strings(rs.getArray("regions")).collect(Collectors.toSet()),
				StaffNotification.valueOf(rs.getString("staff_notification")));
	}

	static java.util.stream.Stream<String> strings(Array array) throws SQLException {
		return (array == null) ? java.util.stream.Stream.empty() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf);
	}

}
