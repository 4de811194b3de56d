package org.ratsinfo.render.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.PdfConformance;
import org.ratsinfo.render.pdf.PdfRenderer;
import org.w3c.dom.Element;

/**
 * The font sizes {@link FontSizes} computes before the layout are those openhtmltopdf lays the page
 * out with, element by element, for absolute and relative units, keywords, inheritance and the
 * {@code font} shorthand: the check of the cascade checks what the PDF will have.
 */
class FontSizesTest {

  static {
    PdfRenderer.routeEngineLogging(); // openhtmltopdf's own logging prints lines for every page
  }

  private static final ExcerptDocument REFERENCE;

  static {
    try {
      REFERENCE = RenderOptions.builder().locale(Locale.GERMANY).build().layout(
          RatsinfoJson.standard().readExcerpt(Path.of(Objects.requireNonNull(
              System.getProperty("ratsinfo.samples")), "herne-rat-2017-02-28-top-19.1.json")));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "* { font-size: 1.15em }",
      "p { font-size: larger } li { font-size: smaller }",
      "html { font-size: medium } body { font-size: larger } article { font-size: larger }",
      "h2 { font-size: x-large } .ratsinfo-qa-label { font-size: larger }",
      "html { font-size: 12px } p { font-size: 1.5rem } dd { font-size: 0.8rem }",
      ".ratsinfo-qa { font-size: 120% } .ratsinfo-qa-answer p { font-size: 90% }",
      "p { font-size: 2.2ex } dt { font-size: 1.1ex }",
      "dd { font-size: inherit } dt { font-size: 3mm } th { font-size: 0.5cm } td { font-size: 1pc }",
      "p { font: italic bold 9pt/1.2 serif } h3 { font-size: 0.8em !important } h3 { font-size: 3em }",
      ".ratsinfo-field dt::after { font-size: 2em } li { font-size: xx-small }"})
  void theComputedSizesAreTheEnginesSizes(String css) throws IOException {
    // Without the stylesheet's checks: some of these sizes make the tally too wide for the page.
    Engine engine = new Engine(PdfConformance.PDFA_2A_PDFUA_1, true, List.of(), null, false);
    HtmlRenderer html = HtmlRenderer.builder().options(RenderOptions.defaults())
        .stylesheet(PrintStylesheet.css()).additionalStylesheet(css).build();
    StringWriter xhtml = new StringWriter();
    html.render(REFERENCE, xhtml);
    List<String> differences = engine.inspect(xhtml.toString(), REFERENCE, (renderer, dom) -> {
      Map<Element, Double> computed = FontSizes.sizes(renderer.getSharedContext().getCss(), dom,
          Engine.metrics(renderer));
      List<String> different = new ArrayList<>();
      int[] compared = {0};
      Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      walk(renderer.getRootBox(), box -> {
        Element element = box.getElement();
        FontSpecification font = box.getStyle() == null ? null : box.getStyle().getFontSpecification();
        // An element's own box comes before those of its ::before and ::after, which name it too.
        if (element == null || font == null || box.isAnonymous() || !seen.add(element)) {
          return;
        }
        Double mine = computed.get(element);
        double engines = font.size / renderer.getDotsPerPoint();
        compared[0]++;
        if (mine == null || Math.abs(mine - engines) > 0.05) {
          different.add("<" + element.getLocalName() + " class=" + element.getAttribute("class")
              + ">: computed " + mine + " pt, laid out " + engines + " pt " + box.getClass().getSimpleName() + " " + box.getPseudoElementOrClass() + " " + box.getStyle().getParent());
        }
      });
      assertTrue(compared[0] > 80, "elements compared: " + compared[0]);
      return different;
    });
    assertEquals(List.of(), differences.stream().distinct().toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"* { font-size: 2em }", "* { font-size: 4em }", "* { font-size: 500% }",
      "* { font-size: 1.5em }", "html { font-size: 24pt } body * { font-size: 5rem }", "html { font-size: 100pt } p { font-size: 1.1em }"})
  void compoundingSizesAreFoundBeforeTheLayout(String css) throws IOException {
    Engine engine = new Engine(PdfConformance.PDFA_2A_PDFUA_1, true, List.of(), css, false);
    HtmlRenderer html = HtmlRenderer.builder().options(RenderOptions.defaults())
        .stylesheet(PrintStylesheet.css()).additionalStylesheet(css).build();
    StringWriter xhtml = new StringWriter();
    html.render(REFERENCE, xhtml);
    StylesheetException e = org.junit.jupiter.api.Assertions.assertThrows(StylesheetException.class,
        () -> engine.layOut(xhtml.toString(), REFERENCE));
    String message = e.message(Locale.ENGLISH, null);
    assertTrue(message.contains("pt large; at most 100 pt are allowed"), message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "html { font-size: 100pt }", "* { font-size: 1.2em }",
      ".ratsinfo-fields { font-size: 0 } .ratsinfo-field { font-size: 9pt }"})
  void sizesWithinBoundsPass(String css) throws IOException {
    Engine engine = new Engine(PdfConformance.PDFA_2A_PDFUA_1, true, List.of(), null, false);
    HtmlRenderer html = HtmlRenderer.builder().options(RenderOptions.defaults())
        .stylesheet(PrintStylesheet.css()).additionalStylesheet(css).build();
    StringWriter xhtml = new StringWriter();
    html.render(REFERENCE, xhtml);
    assertNull(engine.inspect(xhtml.toString(), REFERENCE, (renderer, dom) -> FontSizes.check(
        renderer.getSharedContext().getCss(), dom, Engine.metrics(renderer))));
  }

  /**
   * Without an additional stylesheet every text asks for Noto Sans first (the print stylesheet
   * overrides the user-agent stylesheet's monospace): so a render without one needs no fallback fonts
   * for other families, which the engine registers only with an additional stylesheet.
   */
  @ParameterizedTest
  @ValueSource(strings = {"herne-rat-2017-02-28-top-19.1.json", "long-inquiry-60-questions.json"})
  void withoutAStylesheetEveryTextAsksForNotoSans(String sample) throws IOException {
    ExcerptDocument document = RenderOptions.builder().locale(Locale.ENGLISH).build().layout(
        RatsinfoJson.standard().readExcerpt(Path.of(Objects.requireNonNull(
            System.getProperty("ratsinfo.samples")), sample)));
    Engine engine = new Engine(PdfConformance.PDFA_2A_PDFUA_1, true, List.of(), null, false);
    HtmlRenderer html = HtmlRenderer.builder().options(RenderOptions.builder().locale(Locale.ENGLISH)
        .build()).stylesheet(PrintStylesheet.css()).build();
    StringWriter xhtml = new StringWriter();
    html.render(document, xhtml);
    List<String> others = engine.inspect(xhtml.toString(), document, (renderer, dom) -> {
      List<String> families = new ArrayList<>();
      walk(renderer.getRootBox(), box -> {
        FontSpecification font = box.getStyle() == null ? null : box.getStyle().getFontSpecification();
        if (font != null && !(font.families.length > 0 && font.families[0].equals(Fonts.FAMILY))) {
          families.add(String.join(", ", font.families));
        }
      });
      return families;
    });
    assertEquals(List.of(), others.stream().distinct().toList());
  }

  private static void walk(Box box, java.util.function.Consumer<Box> visit) {
    visit.accept(box);
    for (int i = 0; i < box.getChildCount(); i++) {
      walk(box.getChild(i), visit);
    }
    if (box instanceof InlineLayoutBox inline) {
      for (Object child : inline.getInlineChildren()) {
        if (child instanceof Box b) {
          walk(b, visit);
        }
      }
    }
    if (box instanceof com.openhtmltopdf.render.BlockBox block && block.getInlineContent() != null) {
      for (Object child : block.getInlineContent()) {
        if (child instanceof Box b) {
          walk(b, visit);
        }
      }
    }
  }
}
