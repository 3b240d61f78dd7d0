package fr.apec.novapec.organisation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL of the organisation and account modules names only their own tables and the reference tables:
 * what they need of another module they ask its service. A scan of the sources, because Spring Modulith
 * sees the types a module uses, not the tables its SQL strings name.
 */
class OrganisationSqlStaysWithinItsTablesTests {

	private static final Pattern TABLE = Pattern
		.compile("\\b(?:from|join|into|update|exists \\(select 1 from)\\s+([a-z][a-z0-9_]*)\\b");

	private static final Set<String> REFERENCE = Set.of("region", "legal_form", "theme", "target_public");

	@Test
	void theOrganisationModuleNamesOnlyItsOwnTables() throws IOException {
		assertThat(foreignTables("organisation", Set.of("organisation", "membership", "join_request",
				"organisation_invitation", "organisation_document")))
			.isEmpty();
	}

	@Test
	void theAccountModuleNamesOnlyItsOwnTables() throws IOException {
		assertThat(foreignTables("account", Set.of("account", "account_role", "account_token", "login_attempt",
				"spring_session", "spring_session_attributes")))
			.isEmpty();
	}

	/** Every table named after from, join, into or update in the module's sources that it does not own. */
	private static List<String> foreignTables(String module, Set<String> owned) throws IOException {
		List<String> foreign = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java/fr/apec/novapec", module))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = TABLE.matcher(Files.readString(source));
				while (matcher.find()) {
					String table = matcher.group(1);
					if (looksLikeATable(table) && !owned.contains(table) && !REFERENCE.contains(table)) {
						foreign.add(source.getFileName() + ": " + table);
					}
				}
			}
		}
		return foreign;
	}

	/**
	 * Prose in comments also says "from" ("names come from the account module"): only words that are the
	 * name of a table that a migration creates count.
	 */
	private static boolean looksLikeATable(String word) throws IOException {
		return tables().contains(word);
	}

	private static Set<String> tables() throws IOException {
		Set<String> tables = new java.util.HashSet<>();
		Pattern create = Pattern.compile("(?i)create table (?:if not exists )?([a-z][a-z0-9_]*)");
		try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
			for (Path migration : migrations.toList()) {
				Matcher matcher = create.matcher(Files.readString(migration));
				while (matcher.find()) {
					tables.add(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
				}
			}
		}
		return tables;
	}

}
