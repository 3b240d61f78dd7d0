package fr.apec.novapec.showcase.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.apec.novapec.laureate.RegionFigures;
import fr.apec.novapec.reference.Region;

/**
 * A schematic tile map of the 18 regions drawn as inline SVG: each mainland region sits at its rough
 * geographic place, the overseas regions in a row below. No geometry, tile server or network is
 * involved. Each tile is shaded by its number of laureates, and also prints that number, so colour never
 * carries the information alone.
 */
final class RegionMap {

	static final int TILE_WIDTH = 120;

	static final int TILE_HEIGHT = 70;

	static final int OVERSEAS_ROW_Y = 432;

	/** Top-left corner of each tile, by INSEE code, in a 648 × 512 view box. */
	private static final Map<String, int[]> POSITIONS = Map.ofEntries(
			Map.entry("32", new int[] { 264, 8 }),      // Hauts-de-France
			Map.entry("28", new int[] { 136, 86 }),     // Normandie
			Map.entry("11", new int[] { 264, 86 }),     // Île-de-France
			Map.entry("44", new int[] { 392, 86 }),     // Grand Est
			Map.entry("53", new int[] { 8, 164 }),      // Bretagne
			Map.entry("52", new int[] { 136, 164 }),    // Pays de la Loire
			Map.entry("24", new int[] { 264, 164 }),    // Centre-Val de Loire
			Map.entry("27", new int[] { 392, 164 }),    // Bourgogne-Franche-Comté
			Map.entry("75", new int[] { 136, 242 }),    // Nouvelle-Aquitaine
			Map.entry("84", new int[] { 328, 242 }),    // Auvergne-Rhône-Alpes
			Map.entry("76", new int[] { 200, 320 }),    // Occitanie
			Map.entry("93", new int[] { 392, 320 }),    // Provence-Alpes-Côte d'Azur
			Map.entry("94", new int[] { 520, 340 }),    // Corse
			Map.entry("01", new int[] { 8, OVERSEAS_ROW_Y }),   // Guadeloupe
			Map.entry("02", new int[] { 136, OVERSEAS_ROW_Y }), // Martinique
			Map.entry("03", new int[] { 264, OVERSEAS_ROW_Y }), // Guyane
			Map.entry("04", new int[] { 392, OVERSEAS_ROW_Y }), // La Réunion
			Map.entry("06", new int[] { 520, OVERSEAS_ROW_Y })); // Mayotte

	private RegionMap() {
	}

	/** One tile per region, in the order of the given regions. */
	static List<Tile> tiles(List<Region> regions, List<RegionFigures> figures) {
		long max = figures.stream().mapToLong(RegionFigures::laureates).max().orElse(0);
		List<Tile> tiles = new ArrayList<>(regions.size());
		for (Region region : regions) {
			RegionFigures figure = figures.stream()
				.filter((f) -> f.code().equals(region.code()))
				.findFirst()
				.orElse(RegionFigures.none(region.code()));
			int[] position = POSITIONS.get(region.code());
			tiles.add(new Tile(region.code(), region.name(), labelLines(region.shortName()), position[0], position[1],
					figure.laureates(), figure.multiregional(), level(figure.laureates(), max)));
		}
		return tiles;
	}

	/** The upper bound of each shade (levels 1 to 3) for a legend; level 0 means none. */
	static long[] levelBounds(List<RegionFigures> figures) {
		long max = figures.stream().mapToLong(RegionFigures::laureates).max().orElse(0);
		return new long[] { 0, ceilThird(max, 1), ceilThird(max, 2), max };
	}

	static int level(long count, long max) {
		if (count <= 0 || max <= 0) {
			return 0;
		}
		if (count <= ceilThird(max, 1)) {
			return 1;
		}
		return (count <= ceilThird(max, 2)) ? 2 : 3;
	}

	private static long ceilThird(long max, int thirds) {
		return (max * thirds + 2) / 3;
	}

	/** Splits a label in two lines at the space or hyphen nearest its middle when it is long. */
	static List<String> labelLines(String label) {
		if (label.length() <= 14) {
			return List.of(label);
		}
		int middle = label.length() / 2;
		int best = -1;
		for (int i = 1; i < label.length() - 1; i++) {
			char c = label.charAt(i);
			if ((c == ' ' || c == '-') && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
				best = i;
			}
		}
		if (best < 0) {
			return List.of(label);
		}
		String first = label.substring(0, (label.charAt(best) == '-') ? best + 1 : best);
		return List.of(first, label.substring(best + 1));
	}

	/**
	 * A region's tile: where it sits, its label lines, its count (multiregional laureates included, and how
	 * many they are) and its shade (0 to 3).
	 */
	public record Tile(String code, String name, List<String> lines, int x, int y, long laureates, long multiregional,
			int level) {

		public int centreX() {
			return this.x + TILE_WIDTH / 2;
		}

	}

}
