package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.testkit.HostileCorpus;
import org.ratsinfo.testkit.HostileCorpus.Case;
import org.ratsinfo.testing.LocaleSensitive;
import org.ratsinfo.validation.ModelValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every renderable case of the hostile corpus, read and validated, renders as PDF without fallback
 * fonts within a time bound, in the language of the test run: PDFBox reads the title back, no character
 * became "#", and no text runs off the page; a case with characters Noto Sans cannot show fails with a
 * {@link RenderException} that names them. The cases most likely to break the tagging stay PDF/A-2a and
 * PDF/UA-1. (Every document of every case, with fallback fonts, in German and English, offline:
 * {@link PdfRendererConformanceTest}.)
 */
class HostileCorpusTest {

  private static final Duration BOUND = Duration.ofSeconds(60);

  /** Cases with characters Noto Sans lacks: without fallback fonts, the render fails. */
  private static final Set<String> BEYOND_NOTO = Set.of("emoji-cjk-arabic.json", "cjk-names.json");

  /** Cases checked with veraPDF too (it takes seconds per file). */
  private static final Set<String> VALIDATED = Set.of("markup-in-every-field.json",
      "long-words-and-urls.json", "bidi-zero-width-combining.json", "missing-optional-fields.json");

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
    PdfRendererConformanceTest.checkPages(document, pdf);
    if (VALIDATED.contains(c.name())) {
      assertEquals(List.of(), Vera.failures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a");
      assertEquals(List.of(), Vera.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
    }
  }
}
