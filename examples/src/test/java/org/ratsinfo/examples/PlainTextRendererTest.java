package org.ratsinfo.examples;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.Renderers;
import org.ratsinfo.render.TextExcerptRenderer;

class PlainTextRendererTest {

  private static Excerpt herne() throws IOException {
    return RatsinfoJson.standard().readExcerpt(HerneReferenceExcerptTest.SAMPLE);
  }

  private static String render(ExcerptRenderer renderer, Excerpt excerpt) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(excerpt, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The facts of the reference excerpt an e-mail must carry. */
  private static void assertFacts(String text) {
    assertTrue(text.startsWith("Stadt Herne\nAuszug - Anfrage: Sachstand Erneuerung des städtischen"), text);
    assertTrue(text.contains("Internetauftritts\n===="), "the title, underlined");
    assertTrue(text.contains("TOP") && text.contains("Ö 19.1"), text);
    assertTrue(text.contains("Frage 1: Wie ist der Sachstand und der Zeitplan"), text);
    assertTrue(text.contains("Frage 4: Welche Bürger-Beteiligungs-Möglichkeiten"), text);
    assertTrue(text.contains("Piraten/AL"), text);
    assertTrue(text.contains("Abstimmungsergebnis"), text);
    assertEquals(List.of(), text.lines().filter(l -> l.length() > 72 && l.contains(" ")).toList(),
        "wrapped at 72");
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void everyKindOfDocumentOfTheMeetingInGermanAndEnglish(DocumentKind kind) throws IOException {
    MeetingExcerpts meeting = RatsinfoJson.standard().readMeetingExcerpts(
        Path.of(System.getProperty("ratsinfo.samples"), "rat-musterstadt-2026-09-15.json"));
    for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
      RenderOptions options = RenderOptions.builder().locale(locale).build();
      TextExcerptRenderer renderer = new PlainTextRenderer(options);
      for (ExcerptDocument document : options.layout(kind, meeting)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(document, out);
        EveryFact.assertIn(document, out.toString(StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void variantAExplicitRegistration() throws IOException {
    Renderers renderers = PlainTextNotificationExample.explicit(RenderOptions.defaults());
    assertEquals(List.of(PlainTextRenderer.FORMAT), renderers.formats());
    assertFacts(render(renderers.get("text"), herne()));
  }

  @Test
  void variantBServiceLoader() throws IOException {
    Renderers renderers = PlainTextNotificationExample.serviceLoaded(RenderOptions.defaults());
    assertTrue(renderers.formats().containsAll(List.of(PlainTextRenderer.FORMAT, RenderFormat.HTML)),
        renderers.formats()::toString);
    ExcerptRenderer text = renderers.get("text");
    assertInstanceOf(PlainTextRenderer.class, text);
    assertFacts(render(text, herne()));
  }

  @Test
  void mainPrintsTheMail() throws IOException {
    PrintStream saved = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      PlainTextNotificationExample.main(new String[] {HerneReferenceExcerptTest.SAMPLE.toString()});
    } finally {
      System.setOut(saved);
    }
    assertFacts(printed.toString(StandardCharsets.UTF_8));
  }

  @Test
  void everyKindOfBlockOfASplitVoteInEnglish() {
    TextExcerptRenderer renderer = new PlainTextRenderer(
        RenderOptions.builder().locale(Locale.ENGLISH).build());
    String text = renderer.renderToString(BuildValidateRenderExample.build());
    assertTrue(text.contains("Bebauungsplan Nr. 112"), text);
    assertTrue(text.contains("Voting result"), text);
    // The tally's columns are aligned: every row of the table is as long as its header row. It
    // follows its heading, the underline and a blank line, without a caption repeating the heading.
    List<String> table = text.lines().dropWhile(l -> !l.equals("Voting result")).skip(3)
        .takeWhile(l -> !l.isBlank()).toList();
    assertTrue(table.size() >= 4, text);
    assertTrue(table.stream().allMatch(l -> l.length() == table.get(0).length()), table::toString);
    assertTrue(table.get(0).contains("SPD") && table.get(0).contains("Grüne"), table::toString);
  }

  /** Every fact of the tree, the blocks of sections included, is in the text, wrapped or not. */
  @Test
  void noFactOfTheTreeIsLost() {
    for (RenderOptions options : EveryFact.options()) {
      PlainTextRenderer renderer = new PlainTextRenderer(options);
      for (Excerpt excerpt : EveryFact.excerpts()) {
        EveryFact.assertIn(options, excerpt, renderer.renderToString(excerpt));
      }
    }
  }

  @Test
  void thePlugInUsesOnlyThePublicApi() {
    List<Class<?>> classes = new java.util.ArrayList<>(List.of(PlainTextRenderer.class));
    classes.addAll(List.of(PlainTextRenderer.class.getDeclaredClasses()));
    JavaClasses plugIn = new ClassFileImporter().importClasses(classes);
    assertEquals(3, plugIn.size(), "the renderer, its Provider and its BlockVisitor");
    classes().should().onlyDependOnClassesThat(or(
            resideInAnyPackage("java..", "org.ratsinfo.render", "org.ratsinfo.document",
                "org.ratsinfo.model"),
            belongToAnyOf(PlainTextRenderer.class)))
        .check(plugIn);
  }
}
