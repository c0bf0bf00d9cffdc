package org.scfcodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages are the architecture: one module a capability, each with its model and a {@code web} sub-package for
 * its HTTP side, the shared vocabulary and data reading in modules of their own, and the HTTP edge in {@code http}.
 * Each module may use only the modules its {@code package-info.java} allows, no cycles, and no other module's
 * sub-packages; no model imports anything of HTTP.
 */
class ModularityTests {

	private static final ApplicationModules modules = ApplicationModules.of(ScfCodesApplication.class);

	private static final Path README = Path.of("README.md");

	@Test
	void modulesUseOnlyWhatTheyDeclare() {
		modules.verify();
	}

	@Test
	void noModelImportsTheHttpSide() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("org.scfcodes..")
			.and()
			.resideOutsideOfPackages("..web..", "org.scfcodes.http..")
			.and()
			.doNotHaveSimpleName("ScfCodesApplication")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..web..", "org.scfcodes.http..", "org.springframework.web..", "jakarta.servlet..");
		rule.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.scfcodes"));
	}

	/**
	 * README shows the modules and their dependencies as they are; {@code -Dmodules.update=true} rewrites it and the
	 * PlantUML diagrams in {@code docs/modules}.
	 */
	@Test
	void readmeShowsTheModulesAsTheyAre() throws IOException {
		String diagram = mermaid();
		String readme = Files.readString(README, StandardCharsets.UTF_8);
		int start = readme.indexOf("```mermaid\n");
		int end = readme.indexOf("```", start + 10);
		assertThat(start).as("README.md has a mermaid block for the modules").isGreaterThanOrEqualTo(0);
		String current = readme.substring(start, end + 3);
		if (Boolean.getBoolean("modules.update")) {
			Files.writeString(README, readme.replace(current, diagram), StandardCharsets.UTF_8);
			new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml();
			return;
		}
		assertThat(current).as("README.md's module diagram; rewrite it with ./mvnw test -Dtest=ModularityTests "
				+ "-Dmodules.update=true").isEqualTo(diagram);
	}

	private static String mermaid() {
		String edges = modules.stream()
			.sorted(Comparator.comparing(ApplicationModule::getIdentifier))
			.flatMap((module) -> module.getDirectDependencies(modules)
				.uniqueModules()
				.map((target) -> "  " + module.getIdentifier() + " --> " + target.getIdentifier())
				.sorted())
			.collect(Collectors.joining("\n"));
		return "```mermaid\nflowchart LR\n" + edges + "\n```";
	}

}
