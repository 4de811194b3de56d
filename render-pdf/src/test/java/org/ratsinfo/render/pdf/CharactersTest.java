package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.testkit.HostileCorpus;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Characters Noto Sans lacks: without a fallback font the render fails and says which characters and
 * where, in the caller's language; with one (Droid Sans Fallback, Debian's {@code fonts-droid-fallback},
 * for CJK) they are drawn, read back by PDFBox, and the PDF stays PDF/A-2a and PDF/UA-1. Right-to-left
 * letters are reported even with a font that has them. Nothing is ever drawn as "#".
 */
class CharactersTest {

  /** Droid Sans Fallback: CJK ideographs, kana and Hangul, Apache License 2.0. */
  static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

  private static Excerpt fixture(String name) throws IOException {
    return HostileCorpus.fixtures().stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow().read();
  }

  @Test
  void withoutAFallbackFontTheRenderSaysWhichCharactersAndWhere() throws IOException {
    Excerpt excerpt = fixture("cjk-names.json");
    for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
      PdfRenderer renderer = Samples.renderer(locale);
      ExcerptDocument document = renderer.options().layout(excerpt);
      RenderException e = assertThrows(RenderException.class, () -> renderer.renderToBytes(document));
      String message = e.getMessage();
      assertTrue(message.contains("U+6771 \"東\""), message);
      assertTrue(message.contains("U+5E02 \"市\""), message);
      assertTrue(message.contains("Stadt 東京"), message);
      assertTrue(message.contains("fallbackFont"), message);
      assertFalse(message.contains("Arab"), message);
      if (locale.getLanguage().equals("de")) {
        assertTrue(message.startsWith("Der Auszug „Auszug - "), message);
        assertTrue(message.contains("können diese Zeichen nicht darstellen"), message);
      } else {
        assertTrue(message.startsWith("cannot render the excerpt \"Excerpt - "), message);
        assertTrue(message.contains("cannot show these characters"), message);
      }
    }
  }

  @Test
  void emojiAndArabicAreReported() throws IOException {
    PdfRenderer renderer = Samples.renderer(Locale.ENGLISH);
    ExcerptDocument document = renderer.options().layout(fixture("emoji-cjk-arabic.json"));
    String message = assertThrows(RenderException.class, () -> renderer.renderToBytes(document))
        .getMessage();
    assertTrue(message.contains("U+1F3DB \"🏛\""), message);
    assertTrue(message.contains("U+2696 \"⚖\", "), message);
    assertTrue(message.endsWith("…, in \"Stadt 東京 🏛️\" | \"مجلس المدينة (Rat)\" | \"SVO 王小明 👩⚖️, Andreas\" | \"حزب 🌻\". Right-to-left scripts (Arabic, Hebrew …) cannot be shown in the PDF. A font with the other characters can be added with PdfRenderer.Builder.fallbackFont."), message);
    assertTrue(message.contains("U+0645 \"م\""), message);
    assertTrue(message.contains("Right-to-left scripts"), message);
    assertFalse(message.contains("U+FE0F"), "a variation selector is not a character to show");
  }

  @Test
  void aFallbackFontDrawsWhatNotoSansLacks() throws Exception {
    Path droid = requireFont();
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .fallbackFont(droid).build();
    assertEquals(1, renderer.fallbackFonts());
    ExcerptDocument document = renderer.options().layout(fixture("cjk-names.json"));
    byte[] pdf = renderer.renderToBytes(document);
    Samples.keep("fallback-cjk.pdf", pdf);
    String text = Pages.squeezed(Pages.of(pdf).content());
    assertTrue(text.contains("Stadt東京"), text);
    assertTrue(text.contains("市议会(RatderStadt)"), text);
    assertTrue(text.contains("王小明"), text);
    assertTrue(text.contains("进展如何？進捗はどうですか？"), text);
    assertFalse(text.contains("#"), text);
    assertEquals(List.of(), Vera.failures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a");
    assertEquals(List.of(), Vera.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
  }

  /**
   * A stylesheet that names families the PDF lacks does not cut the fallback font off: the characters
   * Noto Sans lacks still come from it, and it is embedded once, however many families and faces
   * use it.
   */
  @Test
  void aFallbackFontServesEveryFamily() throws Exception {
    Path droid = requireFont();
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .fallbackFont(droid)
        .additionalStylesheet("body { font-family: Arial } h1, h2 { font-family: monospace }").build();
    ExcerptDocument document = renderer.options().layout(fixture("cjk-names.json"));
    byte[] pdf = renderer.renderToBytes(document);
    String text = Pages.squeezed(Pages.of(pdf).content());
    assertTrue(text.contains("Stadt東京"), text);
    assertTrue(text.contains("王小明"), text);
    assertTrue(text.contains("进展如何？進捗はどうですか？"), text);
    assertFalse(text.contains("#"), text);
    assertEquals(List.of(), HostileStylesheetsTest.missingWords(document, pdf));
    Set<String> fonts = HostileStylesheetsTest.fonts(pdf);
    assertTrue(fonts.contains("DroidSansFallback"), fonts::toString);
    assertTrue(fonts.stream().allMatch(f -> f.startsWith("NotoSans-") || f.equals("DroidSansFallback")),
        fonts::toString);
    try (PDDocument loaded = Loader.loadPDF(pdf)) {
      Set<COSBase> droids = new HashSet<>();
      for (PDPage page : loaded.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          if (font.getName().endsWith("+DroidSansFallback")) {
            droids.add(font.getCOSObject());
          }
        }
      }
      assertEquals(1, droids.size(), "the fallback font is embedded once");
    }
  }

  @Test
  void rightToLeftLettersAreReportedEvenWithAFontThatHasThem() throws IOException {
    // DejaVu Sans (fonts-dejavu-core) has Arabic letters, but the PDF engine would not join them.
    Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    Assumptions.assumeTrue(Files.isRegularFile(dejavu), "DejaVu Sans is not installed");
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .fallbackFont(dejavu).build();
    ExcerptDocument document = renderer.options().layout(fixture("emoji-cjk-arabic.json"));
    String message = assertThrows(RenderException.class, () -> renderer.renderToBytes(document))
        .getMessage();
    assertTrue(message.contains("U+0645 \"م\""), message);
    assertTrue(message.contains("von rechts nach links"), message);
  }

  @Test
  void aFallbackFontMustBeTrueType() {
    PdfRenderer.Builder builder = PdfRenderer.builder().options(Samples.options(Locale.ENGLISH));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> builder.fallbackFont("not a font".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().startsWith("the fallback font \"#1\" cannot be used: it is not a "
        + "TrueType font with a Unicode character map"), e.getMessage());
  }

  /** The font, or a skip (a failure where system tools are required, as on CI). */
  private static Path requireFont() {
    return Samples.requireFont(DROID, "fonts-droid-fallback");
  }

}
