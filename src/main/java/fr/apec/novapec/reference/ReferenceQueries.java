package fr.apec.novapec.reference;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reference tables as {@link ReferenceDataService} keeps them: every row, in display order. */
@Component
class ReferenceQueries {

	private final JdbcClient jdbc;

	ReferenceQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ReferenceData load() {
		return new ReferenceData(
				this.jdbc.sql("select code, name, short_name, overseas from region order by position")
					.query(Region.class)
					.list(),
				this.jdbc.sql("select code from theme order by position").query(String.class).list(),
				this.jdbc.sql("select code from target_public order by position").query(String.class).list(),
				this.jdbc.sql("select code from legal_form order by position").query(String.class).list());
	}

	record ReferenceData(List<Region> regions, List<String> themeCodes, List<String> publicCodes,
			List<String> legalFormCodes) {
	}

}
