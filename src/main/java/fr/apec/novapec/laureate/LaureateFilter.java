package fr.apec.novapec.laureate;

/**
 * What the public asks of the laureate list; every part is optional (null means "any").
 *
 * @param region an INSEE region code
 * @param theme a theme code
 * @param publicCode a public code
 * @param year a year of selection
 * @param query French words to search for in names, organisations, cities and texts
 * @param page the page wanted, from 1
 * @param size how many laureates a page holds
 */
public record LaureateFilter(String region, String theme, String publicCode, Integer year, String query, int page,
		int size) {

	public LaureateFilter {
		query = (query == null || query.isBlank()) ? null : query.strip();
		page = Math.max(page, 1);
		size = Math.min(Math.max(size, 1), 100);
	}

	/** No filter: every published laureate, first page. */
	public static LaureateFilter all(int size) {
		return new LaureateFilter(null, null, null, null, null, 1, size);
	}

	boolean searches() {
		return this.query != null;
	}

	long offset() {
		return (this.page - 1L) * this.size;
	}

}
