package fr.apec.novapec.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No module's SQL names a table another module owns (issue 11): a module asks the owner's service or
 * {@code *Queries} class instead. The test reads the string literals (text blocks included) of every class
 * under {@code src/main/java}, takes the word after {@code from}, {@code join}, {@code into}, {@code update},
 * {@code table} and {@code references}, and checks that each table so named belongs to the class's own module
 * or is read-only reference data. It reads sources, not bytecode, so it needs no Spring context and sees SQL
 * wherever it is written (JdbcClient, {@code @Query(nativeQuery = true)}, a constant).
 */
class TableOwnershipTests {

	private static final Path SOURCES = Path.of("src/main/java/fr/apec/novapec");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Who owns which table, as the design card and common.md say; a name ending in * is a prefix. */
	static final Map<String, String> OWNERS = owners(Map.of(
			"account", List.of("account", "account_role", "account_token", "login_attempt", "spring_session*",
					"staff_team_region"),
			"organisation", List.of("organisation", "membership", "join_request", "organisation_invitation",
					"organisation_document"),
			"application", List.of("grant_application", "application_*", "co_funder", "impact_indicator"),
			"selection", List.of("call_for_projects", "call_theme", "call_public", "call_required_document",
					"selection_round"),
			"report", List.of("laureate_report", "report_beneficiary", "report_indicator", "report_document"),
			"laureate", List.of("laureate_project", "laureate_organisation", "laureate_region", "laureate_public",
					"laureate_city", "showcase_version"),
			"budget", List.of("programme_year", "award", "award_tranche", "budget_envelope"),
			"shared", List.of("mail_outbox", "mail_attachment", "client_request"),
			"journal", List.of("audit_entry"),
			"review", List.of("review_grid", "review_criterion", "review_assignment", "review_conflict", "review_score")));

	/** Read-only reference data that any module may join. */
	static final Set<String> REFERENCE_TABLES = Set.of("region", "theme", "target_public", "legal_form");

	/** A keyword of SQL that a table name follows, then that name. */
	private static final Pattern TABLE_AFTER_KEYWORD = Pattern
		.compile("(?i)\\b(?:from|join|into|update|table|references)\\s+(?:only\\s+|if\\s+(?:not\\s+)?exists\\s+)?([A-Za-z_][A-Za-z0-9_]*)");

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([A-Za-z_][A-Za-z0-9_]*)");

	@Test
	void noModuleSqlNamesAnotherModulesTable() {
		assertThat(violationsInSources()).as("SQL naming another module's tables (ask the owner's service or Queries class)")
			.isEmpty();
	}

	@Test
	void everyTableOfTheMigrationsHasAnOwner() throws IOException {
		Set<String> ownerless = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".sql")).toList()) {
				Matcher created = CREATE_TABLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (created.find()) {
					String table = created.group(1).toLowerCase();
					if (owner(table) == null && !REFERENCE_TABLES.contains(table)) {
						ownerless.add(table + " (" + file.getFileName() + ")");
					}
				}
			}
		}
		assertThat(ownerless).as("tables without an owner in OWNERS").isEmpty();
	}

	@Test
	void aModuleSqlNamingAnotherModulesTableIsCaught() {
		String source = """
				class FakeReportQueries {
					// from grant_application: a comment is not SQL
					static final String OWN = "select * from laureate_report r join region g on g.code = r.region_code";
					static final String BLOCK = \"""
							select r.id, a.title
							  from laureate_report r
							  join grant_application a on a.id = r.application_id
							 where r.status = 'SENT' for update skip locked
							\""";
					static final String SPLIT = "insert into " + "mail_outbox (id) values (1)";
					static final String UPDATE = "update membership set role = 'x'";
					static final char QUOTE = '"';
					static final String AFTER_CHAR = "delete from co_funder";
				}
				""";
		assertThat(foreignTables("report", source)).containsExactlyInAnyOrder("grant_application", "mail_outbox",
				"membership", "co_funder");
		assertThat(foreignTables("shared", "String s = \"insert into mail_outbox (id) values (1)\";")).isEmpty();
		assertThat(foreignTables("application",
				"String s = \"select * from grant_application a join theme t on t.code = a.theme_code\";"))
			.isEmpty();
	}

	@Test
	void wordsOfOrdinaryTextOrJpqlAreNotTables() {
		assertThat(foreignTables("report", """
				String a = "Update from the account page";
				String b = "select a from Account a join a.roles r";
				String c = "insert into laureate_report (id) values (1) on conflict (id) do update set id = 1";
				"""))
			.isEmpty();
	}

	/** Per file (path under fr/apec/novapec), the other modules' tables its literals name. */
	private static Map<String, Set<String>> violationsInSources() {
		Map<String, Set<String>> violations = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String module = relative.getName(0).toString();
				Set<String> foreign = foreignTables(module, Files.readString(file, StandardCharsets.UTF_8));
				if (!foreign.isEmpty()) {
					violations.put(relative.toString().replace('\\', '/'), foreign);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return violations;
	}

	/** The tables named in the literals of this source that neither this module owns nor are reference data. */
	static Set<String> foreignTables(String module, String source) {
		Set<String> foreign = new TreeSet<>();
		for (String literal : literals(source)) {
			for (String table : tablesNamed(literal)) {
				String owner = owner(table);
				if (owner != null && !owner.equals(module)) {
					foreign.add(table);
				}
			}
		}
		return foreign;
	}

	/** The names that follow a table keyword, kept when written in lower case as this project writes SQL. */
	static Set<String> tablesNamed(String sql) {
		Set<String> tables = new TreeSet<>();
		Matcher matcher = TABLE_AFTER_KEYWORD.matcher(sql);
		while (matcher.find()) {
			String name = matcher.group(1);
			// A JPQL entity (Account) is not a table; SQL here is lower case (an all-capital name is SQL as well).
			if (name.equals(name.toLowerCase()) || name.equals(name.toUpperCase())) {
				tables.add(name.toLowerCase());
			}
		}
		return tables;
	}

	/**
	 * The string literals and text blocks of a Java source, outside comments and character literals, their
	 * escapes of white space read as a space; literals joined by {@code +} are read as one.
	 */
	static List<String> literals(String source) {
		List<String> literals = new ArrayList<>();
		StringBuilder current = null;
		boolean joinable = false;
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				i = indexOrEnd(source, "\n", i);
			}
			else if (source.startsWith("/*", i)) {
				i = indexOrEnd(source, "*/", i + 2) + 2;
			}
			else if (source.startsWith("\"\"\"", i) || c == '"') {
				String delimiter = source.startsWith("\"\"\"", i) ? "\"\"\"" : "\"";
				int end = closing(source, delimiter, i + delimiter.length());
				String text = unescaped(source.substring(i + delimiter.length(), Math.min(end, source.length())));
				if (joinable && current != null) {
					current.append(text);
				}
				else {
					if (current != null) {
						literals.add(current.toString());
					}
					current = new StringBuilder(text);
				}
				joinable = false;
				i = end + delimiter.length();
				continue;
			}
			else if (c == '\'') {
				i = closing(source, "'", i + 1) + 1;
			}
			else {
				if (c == '+' && current != null) {
					joinable = true;
				}
				else if (!Character.isWhitespace(c)) {
					joinable = false;
				}
				i++;
			}
			if (c != '+' && !Character.isWhitespace(c)) {
				joinable = false;
			}
		}
		if (current != null) {
			literals.add(current.toString());
		}
		return literals;
	}

	private static int indexOrEnd(String source, String what, int from) {
		int index = source.indexOf(what, from);
		return (index < 0) ? source.length() : index;
	}

	/** Where this delimiter closes, past escaped characters. */
	private static int closing(String source, String delimiter, int from) {
		int i = from;
		while (i < source.length()) {
			if (source.charAt(i) == '\\') {
				i += 2;
			}
			else if (source.startsWith(delimiter, i)) {
				return i;
			}
			else {
				i++;
			}
		}
		return source.length();
	}

	private static String unescaped(String literal) {
		return literal.replaceAll("\\\\[ntrfs\\n]", " ");
	}

	private static String owner(String table) {
		String owner = OWNERS.get(table);
		if (owner != null) {
			return owner;
		}
		return OWNERS.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().endsWith("*")
					&& table.startsWith(entry.getKey().substring(0, entry.getKey().length() - 1)))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	private static Map<String, String> owners(Map<String, List<String>> tablesByModule) {
		Map<String, String> owners = new TreeMap<>();
		tablesByModule.forEach((module, tables) -> tables.forEach((table) -> owners.put(table, module)));
		return owners;
	}

}
