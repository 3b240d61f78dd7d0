package fr.apec.novapec.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.apec.novapec.account.StaffAdministration.TeamMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account module's reads in SQL, each in one statement whatever the number of rows: staff members with
 * their roles and regional teams as arrays (for {@link StaffDirectory} and {@link StaffAdministration}), and
 * the accounts a search names (for {@link AccountService#idsMatching}). Only this module's tables are named.
 */
@Component
class AccountQueries {

	private static final String MEMBER_COLUMNS = """
			select a.id, a.email, a.display_name, a.staff_notification,
			       array(select r.role from account_role r where r.account_id = a.id order by r.role) as roles,
			       array(select t.region_code from staff_team_region t where t.account_id = a.id
			             order by t.region_code) as regions
			from account a
			""";

	private static final String TEAM_QUERY = """
			select a.id, a.email, a.display_name, a.enabled, a.invitation_pending,
			       array(select r.role from account_role r where r.account_id = a.id order by r.role) as roles,
			       array(select t.region_code from staff_team_region t where t.account_id = a.id
			             order by t.region_code) as regions,
			       (select max(t.expires_at) from account_token t
			        where t.account_id = a.id and t.purpose = 'INVITATION' and t.used_at is null) as invitation_expires_at
			from account a
			where exists (select 1 from account_role r where r.account_id = a.id
			              and r.role in ('STAFF', 'REVIEWER', 'ADMIN'))""";

	private final JdbcClient jdbc;

	AccountQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The account with this login (already normalised) as services receive it, in one statement. */
	Optional<CurrentAccount> current(String email) {
		return this.jdbc.sql("""
				select a.id, a.email, a.display_name,
				       array(select r.role from account_role r where r.account_id = a.id) as roles
				from account a where a.email = ?""")
			.param(email)
			.query((rs, n) -> new CurrentAccount(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
					roles(rs.getArray("roles"))))
			.optional();
	}

	Set<String> regionsOf(long accountId) {
		return Set.copyOf(this.jdbc.sql("select region_code from staff_team_region where account_id = ?")
			.param(accountId)
			.query(String.class)
			.list());
	}

	List<StaffMember> staffOfRegions(Collection<String> regionCodes) {
		return this.jdbc.sql(MEMBER_COLUMNS + """
				where a.enabled
				  and exists (select 1 from account_role r where r.account_id = a.id and r.role in ('STAFF', 'ADMIN'))
				  and exists (select 1 from staff_team_region t where t.account_id = a.id and t.region_code in (:regions))
				order by a.display_name, a.id""")
			.param("regions", Set.copyOf(regionCodes))
			.query(AccountQueries::member)
			.list();
	}

	List<StaffMember> reviewers() {
		return this.jdbc.sql(MEMBER_COLUMNS + """
				where a.enabled
				  and exists (select 1 from account_role r where r.account_id = a.id and r.role = 'REVIEWER')
				order by a.display_name, a.id""")
			.query(AccountQueries::member)
			.list();
	}

	Optional<StaffMember> member(long id) {
		return this.jdbc.sql(MEMBER_COLUMNS + """
				where a.id = :id and a.enabled
				  and exists (select 1 from account_role r where r.account_id = a.id
				              and r.role in ('STAFF', 'REVIEWER', 'ADMIN'))""")
			.param("id", id)
			.query(AccountQueries::member)
			.optional();
	}

	/** The accounts holding STAFF, REVIEWER or ADMIN, invitations pending first, then by name. */
	List<TeamMember> team() {
		return this.jdbc.sql(TEAM_QUERY + " order by a.invitation_pending desc, lower(a.display_name), a.id")
			.query(AccountQueries::teamMember)
			.list();
	}

	Optional<TeamMember> teamMember(long id) {
		return this.jdbc.sql(TEAM_QUERY + " and a.id = :id")
			.param("id", id)
			.query(AccountQueries::teamMember)
			.optional();
	}

	/** The ids of the accounts whose e-mail address or name contains this pattern (ilike, escaped by the caller). */
	List<Long> idsMatching(String pattern) {
		return this.jdbc.sql("select id from account where email ilike :pattern or display_name ilike :pattern")
			.param("pattern", pattern)
			.query(Long.class)
			.list();
	}

	private static Set<Role> roles(Array array) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		strings(array).forEach((role) -> roles.add(Role.valueOf(role)));
		return roles;
	}

	private static StaffMember member(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = roles(rs.getArray("roles"));
		return new StaffMember(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"), roles,
				strings(rs.getArray("regions")).collect(Collectors.toSet()),
				StaffNotification.valueOf(rs.getString("staff_notification")));
	}

	private static TeamMember teamMember(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = roles(rs.getArray("roles"));
		Timestamp expires = rs.getTimestamp("invitation_expires_at");
		return new TeamMember(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"), roles,
				strings(rs.getArray("regions")).toList(), rs.getBoolean("enabled"),
				rs.getBoolean("invitation_pending"), (expires != null) ? expires.toInstant() : null);
	}

	private static Stream<String> strings(Array array) throws SQLException {
		return (array == null) ? Stream.empty() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf);
	}

}
