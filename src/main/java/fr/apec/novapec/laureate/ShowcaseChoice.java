package fr.apec.novapec.laureate;

import java.util.List;
import java.util.Set;

/**
 * What the public showcase shows of a laureate project, as its organisation chose.
 *
 * @param slug the laureate's address on the showcase ({@code /laureats/{slug}})
 * @param optionalFields the fields the organisation may show or hide, in the order of the form
 * @param published those of them it shows
 */
public record ShowcaseChoice(String slug, List<String> optionalFields, Set<String> published) {

	public boolean publishes(String field) {
		return this.published.contains(field);
	}

}
