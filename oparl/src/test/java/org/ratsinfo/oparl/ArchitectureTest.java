package org.ratsinfo.oparl;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ratsinfo.testing.ArchitectureRules;

/**
 * The OParl module uses core through its public API and the implementation core shares with it, keeps
 * Jackson out of its own API, never opens a network connection, and exports exactly its public
 * package.
 */
class ArchitectureTest {

  private static final Path CLASSES = Path.of("target", "classes");
  private static JavaClasses oparl;

  @BeforeAll
  static void importClasses() {
    oparl = new ClassFileImporter().importPath(CLASSES);
  }

  /**
   * Of core's implementation, only what core exports to this module: the reading of JSON (its failures,
   * messages and strict binding) and the shared message bundles, messages and text helpers ({@code
   * org.ratsinfo.internal}).
   */
  @Test
  void noOtherModulesInternals() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.ratsinfo.validation.internal..", "org.ratsinfo.render.internal..",
            "org.ratsinfo.render.html..", "org.ratsinfo.render.pdf..", "org.ratsinfo.render.docx..",
            "org.ratsinfo.cli..")
        .check(oparl);
  }

  @Test
  void theApiDoesNotExposeJackson() {
    noClasses().that().resideInAPackage("org.ratsinfo.oparl")
        .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
        .check(oparl);
  }

  @Test
  void nothingOpensANetworkConnection() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URL")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
        .check(oparl);
  }

  @Test
  void theModuleExportsOnlyItsApi() throws IOException {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertEquals("org.ratsinfo.oparl", descriptor.name());
    Set<String> exported = descriptor.exports().stream()
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(Set.of("org.ratsinfo.oparl"), exported);
  }

  /** {@link ArchitectureRules#API_NAMES_NO_INTERNAL_TYPE}. */
  @Test
  void theApiNamesNoInternalType() {
    ArchitectureRules.API_NAMES_NO_INTERNAL_TYPE.check(oparl);
  }

  /**
   * The API's exceptions and warnings are made by the reader and the import only: none has a public
   * constructor (one taking a message key leaked how messages are made).
   */
  @Test
  void exceptionsAndWarningsHaveNoPublicConstructor() {
    constructors().that().areDeclaredInClassesThat().resideInAPackage("org.ratsinfo.oparl")
        .and().areDeclaredInClassesThat(assignableTo(RuntimeException.class)
            .or(equivalentTo(OParlWarning.class)))
        .should().notBePublic()
        .check(oparl);
  }
}
