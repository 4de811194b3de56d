package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An additional stylesheet with lengths no print layout needs is rejected when the renderer is built
 * (font-size: 100000pt kept a render busy for more than 20 s); one at the limits renders in time.
 */
class StylesheetLimitsTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "html { font-size: 100000pt; }", "p { font: bold 300pt/1 serif; }", "h1 { font-size: 36mm }",
      "p { font-size: 6em; }", "p { font-size: 800%; }", "p { font-size: 20vw; }",
      "p { margin: 0 0 2000px; }", "p { padding-left: 31cm; }", "p { letter-spacing: 1e3mm; }",
      "p { width: 12in; }", "p { text-indent: -40em; }", "p { width: 5000%; }",
      "p { line-height: 500; }", "p { line-height: 30 !important; }"})
  void outlandishLengthsAreRejected(String css) {
    String rule = css.replaceFirst(";? }$", " }").replace("; }", " }");
    for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMANY)) {
      PdfRenderer.Builder builder = PdfRenderer.builder().options(Samples.options(locale));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> builder.additionalStylesheet(css));
      String message = e.getMessage();
      if (locale.getLanguage().equals("de")) {
        assertTrue(message.startsWith("Die Regel „" + rule + "“ des zusätzlichen Stylesheets: "),
            message);
        assertTrue(message.contains("übersteigt, was ein Drucklayout braucht (höchstens "), message);
      } else {
        assertTrue(message.startsWith("the additional stylesheet's rule \"" + rule + "\": "), message);
        assertTrue(message.contains("is beyond what a print layout needs (at most "), message);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "html { font-size: 12pt; line-height: 1.4; } h1 { font-size: 2em; margin: 2cm 0 1.5em; }",
      "p { color: #100000; width: 100%; } /* font-size: 100000pt in a comment */",
      "@page { size: A4; margin: 20mm 20mm 25mm; } .x { font-size: 100pt; letter-spacing: .05em; }",
      "p { width: 1000%; margin-left: -300mm; font: italic 5em/20 sans-serif; }"})
  void ordinaryLengthsAreAccepted(String css) {
    assertDoesNotThrow(() -> PdfRenderer.builder().additionalStylesheet(css));
  }

  /**
   * The largest font size allowed, for the text: some 80 pages, in a few seconds. (Set on every element
   * instead, the tally's columns no longer fit the page, and the builder refuses it: see {@code
   * HostileStylesheetsTest}.)
   */
  @Test
  void theLargestFontRendersInTime() {
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .additionalStylesheet("html { font-size: 100pt; }").build();
    byte[] pdf = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> renderer.renderToBytes(renderer.options().layout(Samples.reference())));
    assertTrue(Pages.of(pdf).count() < 200);
  }
}
