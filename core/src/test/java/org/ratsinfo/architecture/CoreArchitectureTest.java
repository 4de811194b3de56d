package org.ratsinfo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of core, as DEVELOPERS.md describes it, checked on the compiled classes. */
class CoreArchitectureTest {

  private static final Path CLASSES = Path.of("target", "classes");
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    // Import the compiled main classes directly: independent of class path or module path.
    core = new ClassFileImporter().importPath(CLASSES);
  }

  @Test
  void theModelDependsOnlyOnTheJdkAndJakartaValidation() {
    classes().that().resideInAPackage("org.ratsinfo.model..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "jakarta.validation..", "org.jspecify..", "org.ratsinfo.model..",
            "org.ratsinfo.validation.constraints..")
        .check(core);
  }

  @Test
  void jacksonIsUsedOnlyInTheJsonPackages() {
    noClasses().that().resideOutsideOfPackage("org.ratsinfo.json..")
        .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
        .check(core);
  }

  @Test
  void hibernateValidatorIsUsedOnlyInTheValidationPackages() {
    noClasses().that().resideOutsideOfPackage("org.ratsinfo.validation..")
        .should().dependOnClassesThat().resideInAPackage("org.hibernate..")
        .check(core);
  }

  @Test
  void theDocumentTreeKnowsNothingOfJsonOrValidation() {
    noClasses().that().resideInAPackage("org.ratsinfo.document..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.ratsinfo.json..", "org.ratsinfo.validation..")
        .check(core);
  }

  @Test
  void coreDependsOnNoRendererAndNoApplication() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.ratsinfo.render.html..", "org.ratsinfo.render.pdf..", "org.ratsinfo.render.docx..",
            "org.ratsinfo.oparl..", "org.ratsinfo.cli..", "org.ratsinfo.examples..")
        .check(core);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.ratsinfo.(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void theModuleExportsExactlyThePublicPackages() throws IOException {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    Set<String> exported = descriptor.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> packages = core.stream()
        .map(c -> c.getPackageName())
        .filter(p -> !p.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> publicPackages = packages.stream()
        .filter(p -> !p.contains(".internal"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(publicPackages, exported, "every public package exported, no internal one");
    assertFalse(exported.stream().anyMatch(p -> p.contains(".internal")));
  }
}
