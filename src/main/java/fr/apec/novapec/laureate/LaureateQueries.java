package fr.apec.novapec.laureate;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The showcase's read queries: one SQL statement per question, whatever the number of laureates. */
@Repository
class LaureateQueries {

	private static final String CARD_COLUMNS = """
			select l.slug, l.name, l.summary, l.year, l.theme_code, l.planned_beneficiaries,
			       array(select o.name from laureate_organisation o
			             where o.laureate_id = l.id and o.role = 'CARRIER' order by o.position) as carriers,
			       array(select r.code from laureate_region lr join region r on r.code = lr.region_code
			             where lr.laureate_id = l.id order by r.position) as region_codes,
			       array(select r.name from laureate_region lr join region r on r.code = lr.region_code
			             where lr.laureate_id = l.id order by r.position) as region_names,
			       array(select p.code from laureate_public lp join target_public p on p.code = lp.public_code
			             where lp.laureate_id = l.id order by p.position) as publics,
			       array(select c.name from laureate_city c where c.laureate_id = l.id order by c.position) as cities
			from laureate_project l
			""";

	private final JdbcClient jdbc;

	LaureateQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<LaureateCard> publishedCards() {
		return this.jdbc.sql(CARD_COLUMNS + " where l.published order by l.year desc, l.name")
			.query(LaureateQueries::card)
			.list();
	}

	ShowcaseFigures figures() {
		return this.jdbc.sql("""
				select count(*) as laureates,
				       (select count(distinct lr.region_code) from laureate_region lr
				        join laureate_project p on p.id = lr.laureate_id where p.published) as regions,
				       coalesce(sum(l.planned_beneficiaries), 0) as planned,
				       coalesce(sum(l.reached_beneficiaries), 0) as reached
				from laureate_project l
				where l.published
				""")
			.query((rs, row) -> new ShowcaseFigures(rs.getLong("laureates"), rs.getLong("regions"),
					rs.getLong("planned"), rs.getLong("reached")))
			.single();
	}

	private static LaureateCard card(ResultSet rs, int row) throws SQLException {
		List<String> regionCodes = strings(rs.getArray("region_codes"));
		List<String> regionNames = strings(rs.getArray("region_names"));
		List<LaureateCard.RegionName> regions = new ArrayList<>(regionCodes.size());
		for (int i = 0; i < regionCodes.size(); i++) {
			regions.add(new LaureateCard.RegionName(regionCodes.get(i), regionNames.get(i)));
		}
		return new LaureateCard(rs.getString("slug"), rs.getString("name"), rs.getString("summary"),
				rs.getInt("year"), rs.getString("theme_code"), strings(rs.getArray("carriers")), regions,
				strings(rs.getArray("publics")), strings(rs.getArray("cities")),
				rs.getObject("planned_beneficiaries", Integer.class));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
