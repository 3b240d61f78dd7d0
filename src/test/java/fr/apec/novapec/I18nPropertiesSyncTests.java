package fr.apec.novapec;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label exists in French and in English, and every label a template asks for exists. */
class I18nPropertiesSyncTests {

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

	@Test
	void frenchAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Set<String> french = keys("messages.properties");
		Set<String> english = keys("messages_en.properties");
		assertThat(english).as("keys missing in English").containsAll(french);
		assertThat(french).as("keys missing in French").containsAll(english);
	}

	@Test
	void everyLiteralKeyUsedInATemplateIsInTheBundle() throws IOException {
		Set<String> french = keys("messages.properties");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((p) -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(french).containsAll(used);
	}

	private static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nPropertiesSyncTests.class.getClassLoader().getResourceAsStream(bundle)) {
			assertThat(in).as(bundle).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
