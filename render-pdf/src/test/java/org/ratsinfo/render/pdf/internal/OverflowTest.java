package org.ratsinfo.render.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.PdfConformance;
import org.ratsinfo.render.pdf.PdfRenderer;
import org.ratsinfo.testkit.HostileCorpus;
import org.ratsinfo.validation.ModelValidator;

/**
 * Without an additional stylesheet no text of the samples or of the hostile corpus reaches beyond the
 * sides of a page's text area, so the check, which runs with one, only finds what a stylesheet does;
 * and it finds text pushed out to either side, or outside a box with {@code overflow: hidden}.
 */
class OverflowTest {

  static {
    PdfRenderer.routeEngineLogging(); // openhtmltopdf's own logging prints lines for every page
  }

  private static final RenderOptions OPTIONS = RenderOptions.builder().locale(Locale.GERMANY).build();

  static List<Excerpt> excerpts() {
    List<Excerpt> excerpts = new ArrayList<>(List.of(sample("herne-rat-2017-02-28-top-19.1.json"),
        sample("long-inquiry-60-questions.json")));
    for (HostileCorpus.Case c : HostileCorpus.renderable()) {
      try {
        Excerpt excerpt = c.read();
        if (ModelValidator.standard().validate(excerpt, Locale.GERMANY).isEmpty()
            && !c.name().equals("emoji-cjk-arabic.json") && !c.name().equals("cjk-names.json")) {
          excerpts.add(excerpt);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return excerpts;
  }

  @ParameterizedTest
  @MethodSource("excerpts")
  void withoutAStylesheetEveryTextIsInside(Excerpt excerpt) throws IOException {
    assertNull(overflow(excerpt, ""));
  }

  @Test
  void textPushedOutIsFoundOnEitherSide() throws IOException {
    Overflow.Violation left = overflow(sample("herne-rat-2017-02-28-top-19.1.json"),
        ".ratsinfo-lead { text-indent: -15mm }");
    assertNotNull(left);
    assertEquals(Overflow.Side.LEFT, left.side());
    assertEquals("section > p", left.element());
    assertTrue(Math.abs(left.millimetres() - 15) < 0.1, left::toString);

    Overflow.Violation right = overflow(sample("long-inquiry-60-questions.json"),
        ".ratsinfo-table { font-size: 10pt }");
    assertNotNull(right);
    assertEquals(Overflow.Side.RIGHT, right.side());
    assertTrue(right.millimetres() > 5, right::toString);
    assertEquals("tr > th", right.element());

    Overflow.Violation hidden = overflow(sample("herne-rat-2017-02-28-top-19.1.json"),
        ".ratsinfo-qa-answer { height: 8mm; overflow: hidden }");
    assertNotNull(hidden);
    assertEquals(Overflow.Side.HIDDEN, hidden.side());
    assertEquals("div > p", hidden.element());
    assertNull(overflow(sample("herne-rat-2017-02-28-top-19.1.json"),
        ".ratsinfo-qa-answer, .ratsinfo-fields { overflow: hidden }"));
  }

  private static Overflow.Violation overflow(Excerpt excerpt, String css) throws IOException {
    ExcerptDocument document = OPTIONS.layout(excerpt);
    HtmlRenderer.Builder html = HtmlRenderer.builder().options(OPTIONS).stylesheet(PrintStylesheet.css());
    if (!css.isEmpty()) {
      html.additionalStylesheet(css);
    }
    StringWriter xhtml = new StringWriter();
    html.build().render(document, xhtml);
    Engine engine = new Engine(PdfConformance.PDFA_2A_PDFUA_1, true, List.of(), null, false);
    return engine.inspect(xhtml.toString(), document, (renderer, dom) -> Overflow.check(renderer));
  }

  private static Excerpt sample(String name) {
    try {
      return RatsinfoJson.standard().readExcerpt(
          Path.of(Objects.requireNonNull(System.getProperty("ratsinfo.samples")), name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
