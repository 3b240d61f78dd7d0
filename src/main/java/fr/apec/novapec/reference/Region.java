package fr.apec.novapec.reference;

/**
 * A French region.
 *
 * @param code its INSEE code ({@code 06} for Mayotte)
 * @param shortName a label short enough for a map tile
 */
public record Region(String code, String name, String shortName, boolean overseas) {
}
