package org.ratsinfo.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering across modules, checked on every ratsinfo class this module sees (core, the renderers
 * and the examples): internal packages stay inside their module, and renderers do not depend on each
 * other except the PDF renderer on the HTML renderer's XHTML.
 */
class ModuleLayeringTest {

  private static JavaClasses all;

  @BeforeAll
  static void importAll() {
    all = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.ratsinfo");
  }

  @Test
  void internalPackagesAreNotUsedAcrossModules() {
    ArchRuleDefinition.classes()
        .should(useOnlyTheirOwnModulesInternals())
        .allowEmptyShould(true)
        .check(all);
  }

  @Test
  void renderersDoNotDependOnEachOther() {
    noClasses().that().resideInAPackage("org.ratsinfo.render.html..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.ratsinfo.render.pdf..", "org.ratsinfo.render.docx..")
        .allowEmptyShould(true)
        .check(all);
    noClasses().that().resideInAPackage("org.ratsinfo.render.docx..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.ratsinfo.render.pdf..", "org.ratsinfo.render.html..")
        .allowEmptyShould(true)
        .check(all);
    noClasses().that().resideInAPackage("org.ratsinfo.render.pdf..")
        .should().dependOnClassesThat().resideInAnyPackage("org.ratsinfo.render.docx..")
        .allowEmptyShould(true)
        .check(all);
  }

  @Test
  void librariesDoNotDependOnTheCommandLineOrTheExamples() {
    noClasses().that().resideInAnyPackage("org.ratsinfo.render..", "org.ratsinfo.model..",
            "org.ratsinfo.document..", "org.ratsinfo.json..", "org.ratsinfo.validation..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.ratsinfo.cli..", "org.ratsinfo.examples..")
        .check(all);
  }

  /**
   * A class may depend on a class of an {@code internal} package only if both were loaded from the
   * same jar or classes directory, i.e. belong to the same module.
   */
  private static ArchCondition<JavaClass> useOnlyTheirOwnModulesInternals() {
    return new ArchCondition<>("use internal packages of their own module only") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          if (!target.getPackageName().startsWith("org.ratsinfo.")
              || !target.getPackageName().contains(".internal")) {
            continue;
          }
          boolean sameModule = origin.getSource().isPresent() && target.getSource().isPresent()
              && location(origin).equals(location(target));
          if (!sameModule) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                + " crosses a module boundary into an internal package"));
          }
        }
      }
    };
  }

  /** The jar or classes directory a class was loaded from. */
  private static String location(JavaClass javaClass) {
    String uri = javaClass.getSource().orElseThrow().getUri().toString();
    int jar = uri.indexOf("!/");
    if (jar >= 0) {
      return uri.substring(0, jar);
    }
    int classes = uri.indexOf("/classes/");
    return classes >= 0 ? uri.substring(0, classes) : uri;
  }
}
