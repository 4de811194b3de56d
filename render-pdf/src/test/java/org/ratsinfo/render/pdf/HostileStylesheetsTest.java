package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.testkit.DocumentFacts;
import org.ratsinfo.testing.LocaleSensitive;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The additional stylesheets of {@code hostile-stylesheets.txt}, a corpus of what a careless or hostile
 * integrator might configure: font families the PDF does not ship, also those of {@code @font-face}
 * rules (whose fonts are never loaded), render with every word of the reference excerpt and the long
 * inquiry in the PDF's text, in embedded Noto Sans; font sizes that compound beyond 100 pt or shrink
 * text below 4 pt, text pushed beyond the sides of the page and stylesheets on which the PDF engine
 * fails are refused when the renderer is built, or where only the excerpt shows it, when it is
 * rendered, with a message in German and in English that names the rule (or the text) and the reason. No exception from inside openhtmltopdf reaches the caller.
 */
class HostileStylesheetsTest {

  private static final Duration BOUND = Duration.ofSeconds(60);

  private static final Set<String> NOTO_SANS =
      Set.of("NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic");

  /** A case of the corpus. */
  record Case(String expected, String kind, String rule, String css) {
    @Override
    public String toString() {
      return expected + " " + css;
    }
  }

  /** Phrases of each kind of refusal, German and English. */
  private static final Map<String, List<String>> REASONS = Map.of(
      "too-large", List.of("pt groß; höchstens 100 pt sind erlaubt", "pt large; at most 100 pt are allowed"),
      "too-small", List.of("pt klein; mindestens 4 pt sind nötig", "pt small; at least 4 pt are needed"),
      "overflow", List.of("Rand des Satzspiegels hinaus, wo die Seite ihn abschneidet",
          "side of the page's text area, where the page cuts it off"),
      "hidden", List.of("setzt Text aus dem Kasten eines Elements mit overflow: hidden hinaus",
          "puts text outside the box of an element with overflow: hidden"),
      "length", List.of("übersteigt, was ein Drucklayout braucht", "is beyond what a print layout needs"),
      "engine", List.of("scheitert der PDF-Satz (openhtmltopdf) schon an einem kleinen Beispielauszug",
          "the PDF engine (openhtmltopdf) fails on a small sample excerpt"));

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(
        HostileStylesheetsTest.class.getResourceAsStream("hostile-stylesheets.txt"))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split(" \\| ", 4);
        cases.add(fields[0].equals("renders")
            ? new Case(fields[0], "", "", fields[1])
            : new Case(fields[0], fields[1], fields[2], fields[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  static List<Case> rendering() {
    return cases().stream().filter(c -> c.expected().equals("renders")).toList();
  }

  static List<Case> refused() {
    return cases().stream().filter(c -> c.expected().equals("refused")).toList();
  }

  static List<Case> failing() {
    return cases().stream().filter(c -> c.expected().equals("fails")).toList();
  }

  @Test
  void theCorpusHasEveryKindOfCase() {
    List<Case> cases = cases();
    assertTrue(rendering().size() >= 10, "rendering cases: " + rendering().size());
    assertEquals(cases.size(), rendering().size() + refused().size() + failing().size(),
        "every line is renders, refused or fails");
    assertEquals(REASONS.keySet(), new TreeSet<>(refused().stream().map(Case::kind).toList()));
    assertFalse(failing().isEmpty());
  }

  /** In the JVM's default language: the build's two runs render in German and English. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rendering")
  @LocaleSensitive
  void everyWordIsInThePdfInNotoSans(Case c) throws IOException {
    Locale locale = Locale.getDefault();
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(locale))
        .additionalStylesheet(c.css()).build();
    for (Excerpt excerpt : List.of(Samples.reference(), Samples.longInquiry())) {
      ExcerptDocument document = renderer.options().layout(excerpt);
      byte[] pdf = assertTimeoutPreemptively(BOUND, () -> renderer.renderToBytes(document));
      assertEquals(List.of(), missingWords(document, pdf), "words missing from the PDF's text");
      Set<String> fonts = fonts(pdf);
      assertTrue(NOTO_SANS.containsAll(fonts), () -> "only embedded Noto Sans: " + fonts);
    }
  }

  /** A page whose whole text asks for a family the PDF lacks is still PDF/A-2a and PDF/UA-1. */
  @Test
  void aFamilyThePdfLacksStaysPdfaAndPdfua() throws Exception {
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .additionalStylesheet("body { font-family: Arial } h2 { font-family: monospace }").build();
    byte[] pdf = renderer.renderToBytes(renderer.options().layout(Samples.reference()));
    Samples.keep("stylesheet-arial.pdf", pdf);
    assertEquals(List.of(), Vera.failures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a");
    assertEquals(List.of(), Vera.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void refusedWhenTheRendererIsBuiltNamingTheRuleAndTheReason(Case c) {
    for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> assertTimeoutPreemptively(BOUND, () -> PdfRenderer.builder()
              .options(Samples.options(locale)).additionalStylesheet(c.css()).build()));
      String message = e.getMessage();
      boolean german = locale.getLanguage().equals("de");
      assertTrue(message.contains(c.rule()), () -> "names " + c.rule() + ": " + message);
      assertTrue(message.contains(german ? "zusätzliche" : "additional stylesheet"), message);
      assertTrue(message.contains(REASONS.get(c.kind()).get(german ? 0 : 1)),
          () -> "says why (" + c.kind() + "): " + message);
      assertFalse(message.contains("com.openhtmltopdf") || message.contains("\tat "), message);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failing")
  void failsWhenTheExcerptIsRenderedNamingTheRuleAndTheReason(Case c) {
    for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
      PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(locale))
          .additionalStylesheet(c.css()).build();
      ExcerptDocument document = renderer.options().layout(Samples.longInquiry());
      RenderException e = assertThrows(RenderException.class,
          () -> assertTimeoutPreemptively(BOUND, () -> renderer.renderToBytes(document)));
      String message = e.getMessage();
      boolean german = locale.getLanguage().equals("de");
      assertTrue(message.startsWith(german ? "Der Auszug „Auszug - Anfrage: Umsetzungsstand"
          : "cannot render the excerpt \"Excerpt - Anfrage: Umsetzungsstand"), message);
      assertTrue(message.contains(c.rule()), () -> "names " + c.rule() + ": " + message);
      assertTrue(message.contains(REASONS.get(c.kind()).get(german ? 0 : 1)),
          () -> "says why (" + c.kind() + "): " + message);
    }
  }

  /**
   * Every word (run of letters and digits) of the document tree's facts that the PDF's text lacks: a
   * word of the text inside the margins, or found in the text in the order it is drawn, with the white
   * space taken out (a word broken at the end of a narrow column).
   */
  static List<String> missingWords(ExcerptDocument document, byte[] pdf) throws IOException {
    Set<String> text = words(Pages.of(pdf).content());
    String drawn;
    try (PDDocument loaded = Loader.loadPDF(pdf)) {
      drawn = Pages.squeezed(new PDFTextStripper().getText(loaded));
    }
    Set<String> missing = new TreeSet<>();
    for (String fact : DocumentFacts.of(document)) {
      for (String word : words(fact)) {
        if (!text.contains(word) && !drawn.contains(word)) {
          missing.add(word);
        }
      }
    }
    return List.copyOf(missing);
  }

  private static Set<String> words(String text) {
    Set<String> words = new TreeSet<>();
    for (String word : text.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** The base names of the fonts the pages use, without the subset prefix. */
  static Set<String> fonts(byte[] bytes) throws IOException {
    Set<String> fonts = new TreeSet<>();
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      for (PDPage page : pdf.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertTrue(font.isEmbedded(), () -> "not embedded: " + font.getName());
          fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
        }
      }
    }
    return fonts;
  }
}
