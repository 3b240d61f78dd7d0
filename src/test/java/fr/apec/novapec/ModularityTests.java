package fr.apec.novapec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each feature package is a module whose only public face is its top-level package (its service and
 * read models); no module reaches into another's internals and no two modules depend on each other.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(NovapecApplication.class);

	/** Where the module documentation goes: the build's output, rewritten by every run of this test. */
	static final Path DOCUMENTATION = Path.of("target", "spring-modulith-docs");

	@Test
	void featureModulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	/**
	 * Writes what the modules are, as the code says it: the diagram of all modules and one per module (PlantUML
	 * text, rendered by any PlantUML viewer; nothing is fetched) and a canvas per module (AsciiDoc: its public
	 * types, its Spring beans, the events it publishes and listens to), plus {@code all-docs.adoc} that gathers them.
	 */
	@Test
	void writesTheModuleDocumentation() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION.toString()))
			.writeDocumentation();

		assertThat(DOCUMENTATION.resolve("components.puml")).content()
			.contains("\"Application\"", "\"Organisation\"", "\"Reference\"");
		try (Stream<Path> files = Files.list(DOCUMENTATION)) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.contains("module-application.adoc", "module-organisation.adoc", "module-reference.adoc",
						"module-application.puml", "all-docs.adoc");
		}
	}

}
