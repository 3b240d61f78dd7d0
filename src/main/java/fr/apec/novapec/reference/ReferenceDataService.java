package fr.apec.novapec.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Regions, themes and publics in their display order. They change only through a migration, so they
 * are read once, on first use, and kept.
 */
@Service
public class ReferenceDataService {

	private final JdbcClient jdbc;

	private volatile Data data;

	ReferenceDataService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The 18 regions, mainland first, then overseas. */
	public List<Region> regions() {
		return data().regions();
	}

	/** The region with this INSEE code, if there is one. */
	public Optional<Region> region(String code) {
		return regions().stream().filter((region) -> region.code().equals(code)).findFirst();
	}

	/** Theme codes in display order: {@code emploi}, {@code territoires}, {@code environnement}. */
	public List<String> themeCodes() {
		return data().themeCodes();
	}

	/** Public codes in display order: {@code cadres}, {@code jeunes-diplomes}, {@code pme}. */
	public List<String> publicCodes() {
		return data().publicCodes();
	}

	/**
	 * Legal form codes in display order: {@code association}, {@code scop}, {@code scic},
	 * {@code cooperative}, {@code mutuelle}, {@code fondation}, {@code societe-commerciale}.
	 */
	public List<String> legalFormCodes() {
		return data().legalFormCodes();
	}

	private Data data() {
		Data loaded = this.data;
		if (loaded == null) {
			loaded = new Data(
					this.jdbc.sql("select code, name, short_name, overseas from region order by position")
						.query(Region.class)
						.list(),
					this.jdbc.sql("select code from theme order by position").query(String.class).list(),
					this.jdbc.sql("select code from target_public order by position").query(String.class).list(),
					this.jdbc.sql("select code from legal_form order by position").query(String.class).list());
			this.data = loaded;
		}
		return loaded;
	}

	private record Data(List<Region> regions, List<String> themeCodes, List<String> publicCodes,
			List<String> legalFormCodes) {
	}

}
