package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The budget's figures, summed by PostgreSQL from the awards' covering index, never by a loop over awards. */
@Component
class BudgetQueries {

	/** What the award {@code a} has paid: the sum of its paid tranches (a lateral join, read from their index). */
	private static final String PAID_BY_AWARD = """
			left join lateral (select sum(t.amount) as paid from award_tranche t
			                   where t.award_id = a.id and t.paid_at is not null) p on true""";

	private final JdbcClient jdbc;

	BudgetQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The year's budget and its figures by theme and by region, in three statements. Every award has a theme, so the
	 * year's totals are the sums of its few theme lines.
	 */
	Optional<YearFigures> figures(int year) {
		Optional<Year> found = this.jdbc.sql("select budget, version from programme_year where year = :year")
			.param("year", year)
			.query((rs, n) -> new Year(rs.getBigDecimal(1), rs.getLong(2)))
			.optional();
		return found.map((y) -> {
			List<YearFigures.Line> themes = lines(year, "THEME");
			BigDecimal awarded = themes.stream().map(YearFigures.Line::awarded).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal paid = themes.stream().map(YearFigures.Line::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
			return new YearFigures(year, y.budget(), awarded, paid, y.version(), themes, lines(year, "REGION"));
		});
	}

	private record Year(BigDecimal budget, long version) {
	}

	private List<YearFigures.Line> lines(int year, String kind) {
		String reference = kind.equals("THEME") ? "theme" : "region";
		String column = kind.equals("THEME") ? "theme_code" : "region_code";
		return this.jdbc.sql("""
				select r.code, r.name, coalesce(s.awarded, 0), coalesce(s.paid, 0), e.amount
				from %1$s r
				left join (select a.%2$s as code, sum(a.amount) as awarded, sum(p.paid) as paid
				           from award a %3$s
				           where a.year = :year group by a.%2$s) s
				  on s.code = r.code
				left join budget_envelope e on e.year = :year and e.kind = :kind and e.code = r.code
				order by r.position
				""".formatted(reference, column, PAID_BY_AWARD))
			.param("year", year)
			.param("kind", kind)
			.query((rs, n) -> new YearFigures.Line(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5)))
			.list();
	}

	/** Every programme year, the latest first, with what is awarded and paid of it. */
	List<YearSummary> years() {
		return this.jdbc.sql("""
				select y.year, y.budget, coalesce(s.awarded, 0), coalesce(s.paid, 0)
				from programme_year y
				left join (select a.year, sum(a.amount) as awarded, sum(p.paid) as paid from award a %s
				           group by a.year) s on s.year = y.year
				order by y.year desc
				""".formatted(PAID_BY_AWARD))
			.query((rs, n) -> new YearSummary(rs.getInt(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4)))
			.list();
	}

	/** The awards of a year, in the order they were made, each with its tranches in order: one statement. */
	List<AwardRow> awardsOf(int year, int offset, int limit) {
		return awards("a.id in (select id from award where year = :year order by awarded_at, id limit :limit offset :offset)",
				Map.of("year", year, "limit", limit, "offset", offset));
	}

	/** How many awards the year has. */
	int awardCount(int year) {
		return this.jdbc.sql("select count(*) from award where year = ?").param(year).query(Integer.class).single();
	}

	/** Every award of every year, oldest first, with its tranches: what the open data publishes (once filtered). */
	List<AwardRow> allAwards() {
		return awards("true", Map.of());
	}

	private List<AwardRow> awards(String condition, Map<String, Object> parameters) {
		Map<Long, AwardRow> awards = new LinkedHashMap<>();
		this.jdbc.sql("""
				select a.id, a.year, a.application_id, a.amount, a.theme_code, a.region_code, a.awarded_at,
				       t.id, t.rank, t.condition, t.amount, t.paid_at, t.version
				from award a left join award_tranche t on t.award_id = a.id
				where %s
				order by a.awarded_at, a.id, t.rank
				""".formatted(condition))
			.params(parameters)
			.query((RowCallbackHandler) (rs) -> {
				AwardRow award = awards.computeIfAbsent(rs.getLong(1), (id) -> award(rs));
				if (rs.getObject(8) != null) {
					award.tranches().add(new TrancheRow(rs.getLong(8), rs.getInt(9),
							TrancheCondition.valueOf(rs.getString(10)), rs.getBigDecimal(11), instant(rs, 12),
							rs.getLong(13)));
				}
			});
		return new ArrayList<>(awards.values());
	}

	private static AwardRow award(ResultSet rs) {
		try {
			return new AwardRow(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getBigDecimal(4), rs.getString(5),
					rs.getString(6), instant(rs, 7), new ArrayList<>());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

	/** An award as the queries read it, its application named by id only. */
	record AwardRow(long id, int year, long applicationId, BigDecimal amount, String themeCode, String regionCode,
			Instant awardedAt, List<TrancheRow> tranches) {
	}

	/** A tranche as the queries read it. */
	record TrancheRow(long id, int rank, TrancheCondition condition, BigDecimal amount, Instant paidAt,
			long version) {
	}

}
