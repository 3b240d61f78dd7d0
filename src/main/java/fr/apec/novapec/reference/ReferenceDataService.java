package fr.apec.novapec.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Regions, themes and publics in their display order. They change only through a migration, so they
 * are read once, on first use, and kept.
 */
@Service
public class ReferenceDataService {

	private final ReferenceQueries queries;

	private volatile ReferenceQueries.ReferenceData data;

	ReferenceDataService(ReferenceQueries queries) {
		this.queries = queries;
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

	private ReferenceQueries.ReferenceData data() {
		ReferenceQueries.ReferenceData loaded = this.data;
		if (loaded == null) {
			loaded = this.queries.load();
			this.data = loaded;
		}
		return loaded;
	}

}
