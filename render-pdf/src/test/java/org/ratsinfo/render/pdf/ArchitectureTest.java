package org.ratsinfo.render.pdf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openhtmltopdf.extend.NamespaceHandler;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.apache.pdfbox.cos.COSBase;
import org.junit.jupiter.api.Test;
import org.ratsinfo.render.pdf.internal.JulXrLogger;

/**
 * The PDF renderer uses other ratsinfo modules through their public API only (and the message helpers
 * core shares with it, {@code org.ratsinfo.internal}), keeps openhtmltopdf and PDFBox out of its own
 * API, uses them through their front doors, and exports exactly its public package.
 */
class ArchitectureTest {

  private static final Path CLASSES = Path.of("target", "classes");
  private static JavaClasses pdf;

  @BeforeAll
  static void importClasses() {
    pdf = new ClassFileImporter().importPath(CLASSES);
  }

  @Test
  void noOtherModulesInternals() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.ratsinfo.json.internal..",
            "org.ratsinfo.validation.internal..", "org.ratsinfo.render.html.internal..",
            "org.ratsinfo.render.docx..", "org.ratsinfo.cli..")
        .check(pdf);
  }

  @Test
  void theApiDoesNotExposeTheEngine() {
    noClasses().that().resideInAPackage("org.ratsinfo.render.pdf")
        .should().dependOnClassesThat().resideInAnyPackage(
            "com.openhtmltopdf..", "org.apache.pdfbox..", "org.apache.fontbox..", "org.w3c.dom..")
        .check(pdf);
  }

  /**
   * What issue 21 removed stays removed: no subclass of PDFBox's object model, no class loader of its
   * own and no change of the thread's, openhtmltopdf's own handler for XHTML and its stylesheets, and
   * openhtmltopdf's JVM-wide logger changed only when the application asks ({@link
   * PdfRenderer#routeEngineLogging()}). The one shortcut kept, {@code TextWidths}, is the only text
   * measurer of its own; {@code TextWidthsTest} holds it to openhtmltopdf's.
   */
  @Test
  void openhtmltopdfAndPdfBoxAreUsedThroughTheirFrontDoors() {
    noClasses().should().beAssignableTo(COSBase.class).check(pdf);
    noClasses().should().beAssignableTo(ClassLoader.class).check(pdf);
    noClasses().should().callMethod(Thread.class, "setContextClassLoader", ClassLoader.class)
        .check(pdf);
    noClasses().should().beAssignableTo(NamespaceHandler.class).check(pdf);
    classes().that().areAssignableTo(TextRenderer.class).should().haveSimpleName("TextWidths")
        .check(pdf);
    noClasses().that().doNotHaveSimpleName("JulXrLogger")
        .should().callMethod(XRLog.class, "setLoggerImpl", XRLogger.class).check(pdf);
    noClasses().should().callMethodWhere(new DescribedPredicate<JavaMethodCall>(
            "JulXrLogger.install() from elsewhere than PdfRenderer.routeEngineLogging()") {
          @Override
          public boolean test(JavaMethodCall call) {
            return call.getTargetOwner().isEquivalentTo(JulXrLogger.class)
                && call.getName().equals("install")
                && !(call.getOriginOwner().isEquivalentTo(PdfRenderer.class)
                    && call.getOrigin().getName().equals("routeEngineLogging"));
          }
        }).check(pdf);
  }

  @Test
  void theModuleExportsOnlyItsApiAndProvidesTheRenderer() throws IOException {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertEquals("org.ratsinfo.render.pdf", descriptor.name());
    Set<String> exported = descriptor.exports().stream()
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(Set.of("org.ratsinfo.render.pdf"), exported);
    assertEquals(List.of("org.ratsinfo.render.pdf.PdfRendererProvider"), descriptor.provides().stream()
        .filter(p -> p.service().equals("org.ratsinfo.render.ExcerptRendererProvider"))
        .flatMap(p -> p.providers().stream()).toList());
  }
}
