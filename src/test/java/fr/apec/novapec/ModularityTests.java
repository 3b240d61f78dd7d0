package fr.apec.novapec;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature package is a module whose only public face is its top-level package (its service and
 * read models); no module reaches into another's internals and no two modules depend on each other.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(NovapecApplication.class);

	@Test
	void featureModulesRespectTheirBoundaries() {
		MODULES.verify();
	}

}
