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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering across modules, checked on every ratsinfo class this module sees (core, the renderers
 * and the examples): internal packages stay inside their module (unless the module exports one to
 * another of ratsinfo's modules by name), and renderers do not depend on each other except the PDF
 * renderer on the HTML renderer's XHTML.
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
          if (!sameModule && !exportedTo(origin, target)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                + " crosses a module boundary into an internal package"));
          }
        }
      }
    };
  }

  /**
   * Whether the target's module exports the target's package to the origin's module: a qualified
   * export, JPMS's way of sharing implementation between ratsinfo's own modules (core's JSON reading,
   * which the OParl module uses).
   */
  private static boolean exportedTo(JavaClass origin, JavaClass target) {
    if (origin.getSource().isEmpty() || target.getSource().isEmpty()) {
      return false;
    }
    Optional<ModuleDescriptor> from = descriptor(location(origin));
    Optional<ModuleDescriptor> to = descriptor(location(target));
    return from.isPresent() && to.isPresent() && to.get().exports().stream()
        .anyMatch(e -> e.source().equals(target.getPackageName())
            && e.targets().contains(from.get().name()));
  }

  /** The module descriptor of a jar or of a module's build directory, if it has one. */
  private static Optional<ModuleDescriptor> descriptor(String location) {
    try {
      if (location.startsWith("jar:")) {
        Path path = Path.of(URI.create(location.substring("jar:".length())));
        try (JarFile jar = new JarFile(path.toFile())) {
          JarEntry entry = jar.getJarEntry("module-info.class");
          if (entry == null) {
            return Optional.empty();
          }
          try (InputStream in = jar.getInputStream(entry)) {
            return Optional.of(ModuleDescriptor.read(in));
          }
        }
      }
      Path file = Path.of(URI.create(location + "/classes/module-info.class"));
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(file)) {
        return Optional.of(ModuleDescriptor.read(in));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
