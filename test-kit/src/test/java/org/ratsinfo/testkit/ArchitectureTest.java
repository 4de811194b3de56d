package org.ratsinfo.testkit;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.ratsinfo.testing.ArchitectureRules;

/** The kit's API names none of its internals, and the kit uses only ratsinfo's public API. */
class ArchitectureTest {

  private static final JavaClasses KIT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.ratsinfo.testkit");

  @Test
  void theApiNamesNoInternalType() {
    ArchitectureRules.API_NAMES_NO_INTERNAL_TYPE.check(KIT);
  }

  @Test
  void theKitUsesOnlyRatsinfosPublicApi() {
    noClasses().that().resideInAPackage("org.ratsinfo.testkit..")
        .should().dependOnClassesThat(resideInAPackage("org.ratsinfo..internal..")
            .and(resideOutsideOfPackage("org.ratsinfo.testkit..")))
        .check(KIT);
  }
}
