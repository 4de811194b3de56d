package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.testkit.HostileCorpus;
import org.ratsinfo.testkit.HostileCorpus.Case;
import org.ratsinfo.testing.LocaleSensitive;
import org.ratsinfo.testkit.LoopbackServer;
import org.ratsinfo.testkit.RandomModels;
import org.ratsinfo.validation.ModelValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every renderable case of the hostile corpus, read and validated, renders as PDF within a time bound,
 * in the language of the test run: PDFBox reads the title back, no character became "#", and no text
 * runs off the page. A case with characters the fonts cannot show fails with a {@link RenderException}
 * that names them. Rendered again with references to a loopback server in every text field, the server
 * receives no connection. The cases most likely to break the tagging stay PDF/A-2a and PDF/UA-1.
 */
class HostileCorpusTest {

  private static final Duration BOUND = Duration.ofSeconds(60);

  /** Cases with characters Noto Sans lacks: without fallback fonts, the render fails. */
  private static final Set<String> BEYOND_NOTO = Set.of("emoji-cjk-arabic.json", "cjk-names.json");

  /** Cases checked with veraPDF too (it takes seconds per file). */
  private static final Set<String> VALIDATED = Set.of("markup-in-every-field.json",
      "long-words-and-urls.json", "bidi-zero-width-combining.json", "missing-optional-fields.json");

  private static LoopbackServer server;

  @BeforeAll
  static void startServer() throws IOException {
    server = LoopbackServer.start();
  }

  @AfterAll
  static void stopServer() throws IOException {
    server.close();
  }

  static List<Case> cases() {
    return HostileCorpus.renderable();
  }

  /** In the JVM's default language: the build's two runs render the corpus in German and English. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @LocaleSensitive
  void rendersFaithfullyAndInTime(Case c) throws Exception {
    Locale locale = Locale.getDefault();
    PdfRenderer renderer = Samples.renderer(locale);
    Excerpt excerpt = ModelValidator.standard().requireValid(c.read(), locale);
    ExcerptDocument document = renderer.options().layout(excerpt);
    if (BEYOND_NOTO.contains(c.name())) {
      RenderException e = assertThrows(RenderException.class,
          () -> assertTimeoutPreemptively(BOUND, () -> renderer.renderToBytes(document)));
      assertTrue(e.getMessage().contains("U+"), e::getMessage);
      return;
    }
    byte[] pdf = assertTimeoutPreemptively(BOUND, () -> renderer.renderToBytes(document));
    Samples.keep("hostile-" + locale.getLanguage() + "-" + c.name().replaceAll("[^a-z0-9-]+", "-") + ".pdf", pdf);
    check(document, pdf);
    if (VALIDATED.contains(c.name())) {
      assertEquals(List.of(), Vera.failures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a");
      assertEquals(List.of(), Vera.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
    }

    // The agenda and the minutes of its meeting: every kind meets the hostile text.
    List<ExcerptDocument> meetingDocuments = HostileCorpus.documents(renderer.options(), excerpt);
    for (ExcerptDocument other : meetingDocuments.subList(1, meetingDocuments.size())) {
      check(other, assertTimeoutPreemptively(BOUND, () -> renderer.renderToBytes(other)));
    }

    Excerpt withReferences = HostileCorpus.withReferencesTo(excerpt, server);
    if (ModelValidator.standard().validate(withReferences, locale).isEmpty()) {
      for (ExcerptDocument referencing : HostileCorpus.documents(renderer.options(), withReferences)) {
        check(referencing, assertTimeoutPreemptively(BOUND, () -> renderer.renderToBytes(referencing)));
      }
    }
    assertEquals(List.of(), server.requests(), "connections to the loopback server");
  }

  private static void check(ExcerptDocument document, byte[] pdf) {
    Pages pages = Pages.of(pdf);
    String text = visible(pages.content());
    assertTrue(text.contains(visible(document.title())),
        () -> "the title " + visible(document.title()) + " in " + text.substring(0, Math.min(400, text.length())));
    long hashes = RandomModels.strings(document).stream().mapToLong(s -> s.chars().filter(ch -> ch == '#').count()).sum();
    assertTrue(text.chars().filter(ch -> ch == '#').count() <= hashes, "a character became #");
    // Text stays 10 mm clear of the paper's edges, where printers cannot print. (A table cell's URL,
    // which the table's automatic layout does not break, can reach a millimetre into the right margin.)
    for (Pages.Run run : pages.runs()) {
      assertTrue(run.left() >= Pages.LEFT - 1 && run.right() <= Pages.WIDTH - 10,
          () -> "runs off the page at the side: " + run);
      assertTrue(run.top() >= 10 && run.bottom() <= Pages.HEIGHT - 10, () -> "runs off the page: " + run);
    }
  }

  /**
   * The text as PDFBox reads it back: without white space and invisible format characters, ligatures
   * such as "ﬁ" as their letters (NFKC).
   */
  private static String visible(String text) {
    StringBuilder sb = new StringBuilder();
    Pages.squeezed(text).codePoints().filter(c -> Character.getType(c) != Character.FORMAT)
        .forEach(sb::appendCodePoint);
    return Normalizer.normalize(sb.toString(), Normalizer.Form.NFKC);
  }
}
