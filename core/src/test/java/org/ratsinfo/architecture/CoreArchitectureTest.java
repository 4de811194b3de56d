package org.ratsinfo.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
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
import org.ratsinfo.json.JsonProblem;
import org.ratsinfo.testing.ArchitectureRules;

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

  /**
   * No cycle between packages, but for two edges, each allowed by name because it closes a cycle by
   * design: the JSON reading reports its failures with the API's {@link JsonProblem} (one enum rather
   * than a public one and an internal copy), and a constraint annotation names its validator ({@code
   * validatedBy}), which is implementation.
   */
  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.ratsinfo.(**)").should().beFreeOfCycles()
        .ignoreDependency(resideInAPackage("org.ratsinfo.json.internal"), equivalentTo(JsonProblem.class))
        .ignoreDependency(
            resideInAPackage("org.ratsinfo.validation.constraints").and(annotatedWith(Constraint.class)),
            resideInAPackage("org.ratsinfo.validation.internal").and(assignableTo(ConstraintValidator.class)))
        .check(core);
  }

  @Test
  void theSharedInternalsDependOnNothingElseOfRatsinfo() {
    noClasses().that().resideInAPackage("org.ratsinfo.internal")
        .should().dependOnClassesThat(
            resideInAPackage("org.ratsinfo..").and(not(resideInAPackage("org.ratsinfo.internal"))))
        .check(core);
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

  /** {@link ArchitectureRules#API_NAMES_NO_INTERNAL_TYPE}. */
  @Test
  void theApiNamesNoInternalType() {
    ArchitectureRules.API_NAMES_NO_INTERNAL_TYPE.check(core);
  }
}
