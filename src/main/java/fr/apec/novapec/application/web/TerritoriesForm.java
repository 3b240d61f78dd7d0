package fr.apec.novapec.application.web;

import java.util.ArrayList;
import java.util.List;

import fr.apec.novapec.application.ApplicationDraft;
import fr.apec.novapec.application.ApplicationDraft.City;
import fr.apec.novapec.application.DraftParts;
import fr.apec.novapec.reference.ReferenceCode;
import fr.apec.novapec.reference.ReferenceKind;

/** The territories step: regions (check boxes), the lead region among them, and up to five cities. */
public class TerritoriesForm {

	/** How many city rows the page offers. */
	static final int CITY_ROWS = 5;

	@ReferenceCode(value = ReferenceKind.REGION, message = "{application.regions.unknown}")
	private List<String> regions = new ArrayList<>();

	private String leadRegion;

	private List<CityRow> cities = new ArrayList<>();

	static TerritoriesForm of(ApplicationDraft draft) {
		TerritoriesForm form = new TerritoriesForm();
		form.regions = new ArrayList<>(draft.regions());
		form.leadRegion = draft.leadRegion();
		for (City city : draft.cities()) {
			CityRow row = new CityRow();
			row.name = city.name();
			row.region = city.regionCode();
			row.priority = city.priorityNeighbourhood();
			form.cities.add(row);
		}
		return form.padded();
	}

	/** The form with at least {@link #CITY_ROWS} city rows (empty ones at the end) and no more. */
	TerritoriesForm padded() {
		if (this.cities.size() > CITY_ROWS) {
			this.cities = new ArrayList<>(this.cities.subList(0, CITY_ROWS));
		}
		while (this.cities.size() < CITY_ROWS) {
			this.cities.add(new CityRow());
		}
		return this;
	}

	/** The chosen regions in the order of {@code regionCodes}. */
	List<String> chosenRegions(List<String> regionCodes) {
		return regionCodes.stream().filter(this.regions::contains).toList();
	}

	/**
	 * The lead region: the one chosen, or the only region when there is just one; null when none is chosen.
	 */
	String lead(List<String> chosen) {
		String lead = Texts.trim(this.leadRegion);
		if (lead == null && chosen.size() == 1) {
			return chosen.get(0);
		}
		return lead;
	}

	/** Valid only once the controller checked the rules. */
	DraftParts.Territories toPart(List<String> regionCodes) {
		List<String> chosen = chosenRegions(regionCodes);
		List<City> cityList = new ArrayList<>();
		for (CityRow row : rows()) {
			if (!row.blank()) {
				cityList.add(new City(Texts.trim(row.name), row.region, Boolean.TRUE.equals(row.priority)));
			}
		}
		return new DraftParts.Territories(chosen, lead(chosen), cityList);
	}

	/** The rows the page offers, whatever was posted beyond them. */
	List<CityRow> rows() {
		return this.cities.subList(0, Math.min(this.cities.size(), CITY_ROWS));
	}

	public List<String> getRegions() {
		return this.regions;
	}

	public void setRegions(List<String> regions) {
		this.regions = (regions != null) ? regions : new ArrayList<>();
	}

	public String getLeadRegion() {
		return this.leadRegion;
	}

	public void setLeadRegion(String leadRegion) {
		this.leadRegion = leadRegion;
	}

	public List<CityRow> getCities() {
		return this.cities;
	}

	public void setCities(List<CityRow> cities) {
		this.cities = (cities != null) ? cities : new ArrayList<>();
	}

	/** One city row as typed. */
	public static class CityRow {

		private String name;

		private String region;

		private Boolean priority;

		boolean blank() {
			return Texts.trim(this.name) == null;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getRegion() {
			return this.region;
		}

		public void setRegion(String region) {
			this.region = region;
		}

		public Boolean getPriority() {
			return this.priority;
		}

		public void setPriority(Boolean priority) {
			this.priority = priority;
		}

	}

}
