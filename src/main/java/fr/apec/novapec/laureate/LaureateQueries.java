package fr.apec.novapec.laureate;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The showcase's read queries: a fixed number of SQL statements per question, whatever the number of
 * laureates or the page size. Consent is applied here, in SQL: a field the organisation did not agree
 * to publish never leaves the database. Only the laureate module's tables (and the reference tables) are
 * named here: a laureate's round label and committee day are columns of its own record.
 */
@Repository
class LaureateQueries {

	/** Columns of {@link Laureate} for the rows of {@code laureate_project l}. */
	private static final String COLUMNS = """
			select l.slug, l.name, l.summary, l.year, l.theme_code, l.updated_at,
			       case when 'description' = any (l.published_fields) then l.description end as description,
			       array(select o.name from laureate_organisation o
			             where o.laureate_id = l.id and o.role = 'CARRIER' order by o.position) as carriers,
			       case when 'partners' = any (l.published_fields) then array(select o.name from laureate_organisation o
			             where o.laureate_id = l.id and o.role = 'PARTNER' order by o.position) end as partners,
			       array(select r.code from laureate_region lr join region r on r.code = lr.region_code
			             where lr.laureate_id = l.id order by r.position) as region_codes,
			       array(select r.name from laureate_region lr join region r on r.code = lr.region_code
			             where lr.laureate_id = l.id order by r.position) as region_names,
			       array(select p.code from laureate_public lp join target_public p on p.code = lp.public_code
			             where lp.laureate_id = l.id order by p.position) as publics,
			       case when 'cities' = any (l.published_fields) then array(select c.name from laureate_city c
			             where c.laureate_id = l.id order by c.position) end as city_names,
			       case when 'cities' = any (l.published_fields) then array(select c.region_code from laureate_city c
			             where c.laureate_id = l.id order by c.position) end as city_regions,
			       case when 'cities' = any (l.published_fields) then array(select c.priority_neighbourhood
			             from laureate_city c where c.laureate_id = l.id order by c.position) end as city_priorities,
			       case when 'planned_beneficiaries' = any (l.published_fields) then l.planned_beneficiaries end as planned,
			       case when 'reached_beneficiaries' = any (l.published_fields) then l.reached_beneficiaries end as reached,
			       l.selection_label as round_label, l.selected_on as committee_date
			""";

	private static final String ORDER = "l.year desc, l.name collate novapec_fr, l.id";

	/** Most recently selected first: the committee's day, or the day of publication without a round. */
	private static final String LATEST_ORDER = "coalesce(l.selected_on, (l.created_at at time zone 'Europe/Paris')::date) desc,"
			+ " l.name collate novapec_fr, l.id";

	private final JdbcClient jdbc;

	LaureateQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counter that every change to the published laureates bumps (see V9). */
	long showcaseVersion() {
		return this.jdbc.sql("select version from showcase_version").query(Long.class).single();
	}

	/** One page of the laureates matching the filter, best match first when it searches: two statements. */
	LaureatePage search(LaureateFilter filter) {
		Criteria criteria = Criteria.of(filter);
		String rank = filter.searches() ? "ts_rank_cd(l.search_document, websearch_to_tsquery('novapec_fr', :q))"
				: "0";
		String pageIds = "select l.id, " + rank + " as rank from laureate_project l where "
				+ criteria.where() + " order by rank desc, " + ORDER + " limit :limit offset :offset";
		List<Laureate> items = this.jdbc
			.sql(COLUMNS + " from (" + pageIds + ") page join laureate_project l on l.id = page.id"
					+ " order by page.rank desc, " + ORDER)
			.params(criteria.params())
			.param("limit", filter.size())
			.param("offset", filter.offset())
			.query(LaureateQueries::laureate)
			.list();
		long total = this.jdbc.sql("select count(*) from laureate_project l where " + criteria.where())
			.params(criteria.params())
			.query(Long.class)
			.single();
		return new LaureatePage(items, total, filter.page(), filter.size());
	}

	Optional<Laureate> published(String slug) {
		return this.jdbc
			.sql(COLUMNS + " from laureate_project l where l.published and l.slug = :slug")
			.param("slug", slug)
			.query(LaureateQueries::laureate)
			.optional();
	}

	/** Every published laureate, most recent year first: the open data. */
	List<Laureate> allPublished() {
		return this.jdbc
			.sql(COLUMNS + " from laureate_project l where l.published order by " + ORDER)
			.query(LaureateQueries::laureate)
			.list();
	}

	/**
	 * The most recently selected: by the day of their round's committee (the day of their publication for a
	 * laureate without a round), then by name.
	 */
	List<Laureate> latest(int count) {
		return this.jdbc
			.sql(COLUMNS + " from (select l.id from laureate_project l where l.published order by " + LATEST_ORDER
					+ " limit :count) page join laureate_project l on l.id = page.id order by " + LATEST_ORDER)
			.param("count", count)
			.query(LaureateQueries::laureate)
			.list();
	}

	List<String> publishedSlugs() {
		return this.jdbc.sql("select slug from laureate_project where published order by slug")
			.query(String.class)
			.list();
	}

	List<Integer> publishedYears() {
		return this.jdbc.sql("select distinct year from laureate_project where published order by year desc")
			.query(Integer.class)
			.list();
	}

	ShowcaseFigures figures() {
		return this.jdbc.sql("""
				select count(*) as laureates,
				       (select count(distinct lr.region_code) from laureate_region lr
				        join laureate_project p on p.id = lr.laureate_id where p.published) as regions,
				       sum(l.planned_beneficiaries) filter (where 'planned_beneficiaries' = any (l.published_fields)) as planned,
				       sum(l.reached_beneficiaries) filter (where 'reached_beneficiaries' = any (l.published_fields)) as reached,
				       count(*) filter (where l.reached_beneficiaries is not null) as reported
				from laureate_project l
				where l.published
				""")
			.query((rs, row) -> new ShowcaseFigures(rs.getLong("laureates"), rs.getLong("regions"),
					rs.getObject("planned", Long.class), rs.getObject("reached", Long.class), rs.getLong("reported")))
			.single();
	}

	/**
	 * Figures for each of the 18 regions, in the usual order of regions: a multiregional laureate counts in
	 * full in each of its regions; a sum is {@code null} where no laureate of the region published that figure.
	 */
	List<RegionFigures> regionFigures() {
		return this.jdbc.sql("""
				select r.code, count(l.id) as laureates,
				       count(l.id) filter (where (select count(*) from laureate_region o
				                                  where o.laureate_id = l.id) > 1) as multiregional,
				       sum(l.planned_beneficiaries) filter (where 'planned_beneficiaries' = any (l.published_fields)) as planned,
				       sum(l.reached_beneficiaries) filter (where 'reached_beneficiaries' = any (l.published_fields)) as reached
				from region r
				left join laureate_region lr on lr.region_code = r.code
				left join laureate_project l on l.id = lr.laureate_id and l.published
				group by r.code, r.position
				order by r.position
				""")
			.query((rs, row) -> new RegionFigures(rs.getString("code"), rs.getLong("laureates"),
					rs.getLong("multiregional"), rs.getObject("planned", Long.class), rs.getObject("reached", Long.class)))
			.list();
	}

	private static Laureate laureate(ResultSet rs, int row) throws SQLException {
		List<String> regionCodes = strings(rs.getArray("region_codes"));
		List<String> regionNames = strings(rs.getArray("region_names"));
		List<Laureate.RegionName> regions = new ArrayList<>(regionCodes.size());
		for (int i = 0; i < regionCodes.size(); i++) {
			regions.add(new Laureate.RegionName(regionCodes.get(i), regionNames.get(i)));
		}
		List<String> cityNames = strings(rs.getArray("city_names"));
		List<String> cityRegions = strings(rs.getArray("city_regions"));
		Array priorityArray = rs.getArray("city_priorities");
		Boolean[] priorities = (priorityArray == null) ? new Boolean[0] : (Boolean[]) priorityArray.getArray();
		List<Laureate.City> cities = new ArrayList<>(cityNames.size());
		for (int i = 0; i < cityNames.size(); i++) {
			cities.add(new Laureate.City(cityNames.get(i), cityRegions.get(i), Boolean.TRUE.equals(priorities[i])));
		}
		Timestamp updatedAt = rs.getTimestamp("updated_at");
		java.sql.Date committee = rs.getDate("committee_date");
		return new Laureate(rs.getString("slug"), rs.getString("name"), rs.getString("summary"),
				rs.getString("description"), rs.getInt("year"), rs.getString("theme_code"),
				strings(rs.getArray("carriers")), strings(rs.getArray("partners")), List.copyOf(regions),
				strings(rs.getArray("publics")), List.copyOf(cities), rs.getObject("planned", Integer.class),
				rs.getObject("reached", Integer.class), rs.getString("round_label"),
				(committee != null) ? committee.toLocalDate() : null, updatedAt.toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : List.of((String[]) array.getArray());
	}

	/** The WHERE clause of a filter and its parameters; only the filters asked for are in the SQL. */
	private record Criteria(String where, Map<String, Object> params) {

		static Criteria of(LaureateFilter filter) {
			StringBuilder where = new StringBuilder("l.published");
			Map<String, Object> params = new LinkedHashMap<>();
			if (filter.region() != null) {
				where.append(" and exists (select 1 from laureate_region fr"
						+ " where fr.laureate_id = l.id and fr.region_code = :region)");
				params.put("region", filter.region());
			}
			if (filter.theme() != null) {
				where.append(" and l.theme_code = :theme");
				params.put("theme", filter.theme());
			}
			if (filter.publicCode() != null) {
				where.append(" and exists (select 1 from laureate_public fp"
						+ " where fp.laureate_id = l.id and fp.public_code = :public)");
				params.put("public", filter.publicCode());
			}
			if (filter.year() != null) {
				where.append(" and l.year = :year");
				params.put("year", filter.year());
			}
			if (filter.searches()) {
				where.append(" and l.search_document @@ websearch_to_tsquery('novapec_fr', :q)");
				params.put("q", filter.query());
			}
			return new Criteria(where.toString(), params);
		}

	}

}
