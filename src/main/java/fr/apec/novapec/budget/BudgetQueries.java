package fr.apec.novapec.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The budget's figures, summed by PostgreSQL from the awards' covering index, never by a loop over awards. */
@Component
class BudgetQueries {

	private final JdbcClient jdbc;

	BudgetQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<YearFigures> figures(int year) {
		Optional<BigDecimal[]> totals = this.jdbc.sql("""
				select y.budget, coalesce((select sum(a.amount) from award a where a.year = y.year), 0)
				from programme_year y where y.year = :year
				""")
			.param("year", year)
			.query((rs, n) -> new BigDecimal[] { rs.getBigDecimal(1), rs.getBigDecimal(2) })
			.optional();
		return totals.map((t) -> new YearFigures(year, t[0], t[1], lines(year, "THEME"), lines(year, "REGION")));
	}

	private List<YearFigures.Line> lines(int year, String kind) {
		String reference = kind.equals("THEME") ? "theme" : "region";
		String column = kind.equals("THEME") ? "theme_code" : "region_code";
		return this.jdbc.sql("""
				select r.code, r.name, coalesce(s.awarded, 0), e.amount
				from %1$s r
				left join (select %2$s as code, sum(amount) as awarded from award where year = :year group by %2$s) s
				  on s.code = r.code
				left join budget_envelope e on e.year = :year and e.kind = :kind and e.code = r.code
				order by r.position
				""".formatted(reference, column))
			.param("year", year)
			.param("kind", kind)
			.query((rs, n) -> new YearFigures.Line(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4)))
			.list();
	}

}
