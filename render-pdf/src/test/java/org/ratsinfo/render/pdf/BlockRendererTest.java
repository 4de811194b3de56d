package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Paragraph;
import org.ratsinfo.document.Table;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.render.html.HtmlBlockContext;
import org.ratsinfo.render.html.HtmlBlockRenderer;
import org.ratsinfo.render.html.HtmlRenderer;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * {@link PdfRenderer.Builder#blockRenderer(Class, HtmlBlockRenderer)}: what a block renderer writes
 * reaches the PDF, as it reaches the HTML page, and the PDF stays PDF/A-2a and PDF/UA-1.
 */
class BlockRendererTest {

  /**
   * The tally in every element a block renderer may write, nested as HTML allows: a section with a
   * heading, inline elements, a quote, an aside, a figure, details, a description list, two lists and
   * a table with caption, column group, head, body and foot.
   */
  static final HtmlBlockRenderer<Table> EVERY_ELEMENT = (table, context) -> {
    context.startBlock("section", "class", "city-tally", "aria-label", table.caption());
    context.startHeading();
    context.text("Abstimmung in Zahlen");
    context.end();
    context.startLine("p");
    context.text("Stimmen: ");
    for (String element : List.of("strong", "em", "b", "i", "small", "mark", "cite", "q", "code",
        "sub", "sup", "span")) {
      context.start(element);
      context.text(element + "-Text");
      context.end();
      context.text(" ");
    }
    context.start("abbr", "title", "Enthaltungen");
    context.text("Enth.");
    context.end();
    context.text(" ");
    context.start("data", "value", "31");
    context.text("einunddreißig");
    context.end();
    context.text(" ");
    context.start("time", "datetime", "2017-02-28");
    context.text("28.02.2017");
    context.end();
    context.end();
    context.startBlock("blockquote");
    context.line("p", "Zitat-Text");
    context.end();
    context.startBlock("aside");
    context.line("p", "Randnotiz-Text");
    context.end();
    context.startBlock("figure");
    context.line("figcaption", "Abbildungs-Text");
    context.line("p", "Figur-Inhalt");
    context.end();
    context.startBlock("details", "open", "open");
    context.line("summary", "Zusammenfassungs-Text");
    context.line("p", "Details-Text");
    context.end();
    context.startBlock("dl");
    for (Table.Row row : table.rows()) {
      context.startBlock("div");
      context.line("dt", "Begriff " + row.header());
      context.line("dd", "Wert " + row.cells().get(0));
      context.end();
    }
    context.end();
    context.startBlock("ul");
    context.line("li", "Punkt-Text");
    context.end();
    context.startBlock("ol", "start", "3", "reversed", "reversed");
    context.line("li", "Nummer-Text", "value", "5");
    context.end();
    context.startBlock("table", "class", "city-table");
    context.line("caption", "Tabellen-Text " + table.caption());
    context.startBlock("colgroup");
    context.end();
    context.startBlock("thead");
    context.startBlock("tr");
    context.line("th", "Stimme", "scope", "col");
    for (String column : table.columnHeaders()) {
      context.line("th", column, "scope", "col");
    }
    context.end();
    context.end();
    context.startBlock("tbody");
    for (Table.Row row : table.rows()) {
      context.startBlock("tr");
      context.line("th", row.header(), "scope", "row");
      for (String cell : row.cells()) {
        context.line("td", cell.isEmpty() ? "–" : cell);
      }
      context.end();
    }
    context.end();
    context.startBlock("tfoot");
    context.startBlock("tr");
    context.line("td", "Fuß-Text", "colspan", Integer.toString(table.columnHeaders().size() + 1));
    context.end();
    context.end();
    context.end();
    context.end();
  };

  /** A paragraph followed by a note of the city's. */
  private static final HtmlBlockRenderer<Paragraph> WITH_NOTE = (paragraph, context) -> {
    context.renderDefault();
    context.line("p", "Hinweis der Stadt.", "class", "city-note");
  };

  private static final String[] TEXTS = {
    "Abstimmung in Zahlen", "strong-Text", "em-Text", "b-Text", "i-Text", "small-Text", "mark-Text",
    "cite-Text", "q-Text", "code-Text", "sub-Text", "sup-Text", "span-Text", "Enth.", "einunddreißig",
    "28.02.2017", "Zitat-Text", "Randnotiz-Text", "Abbildungs-Text", "Figur-Inhalt",
    "Zusammenfassungs-Text", "Details-Text", "Punkt-Text", "Nummer-Text", "Tabellen-Text",
    "Fuß-Text", "Hinweis der Stadt."
  };

  private static ExcerptDocument reference(PdfRenderer renderer) {
    return renderer.options().layout(Samples.reference());
  }

  @Test
  void whatABlockRendererWritesIsInThePdfAsInTheHtml() throws IOException {
    PdfRenderer pdf = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .blockRenderer(Table.class, EVERY_ELEMENT)
        .blockRenderer(Paragraph.class, WITH_NOTE)
        .build();
    HtmlRenderer html = HtmlRenderer.builder().options(Samples.options(Locale.GERMANY))
        .blockRenderer(Table.class, EVERY_ELEMENT)
        .blockRenderer(Paragraph.class, WITH_NOTE)
        .build();
    ExcerptDocument document = reference(pdf);
    byte[] bytes = pdf.renderToBytes(document);
    Samples.keep("block-renderers.pdf", bytes);
    String text = Pages.squeezed(Pages.of(bytes).content());
    String page = html.renderToString(document);
    for (String expected : TEXTS) {
      assertTrue(text.contains(Pages.squeezed(expected)), () -> "the PDF lacks " + expected);
      assertTrue(page.contains(expected), () -> "the HTML lacks " + expected);
    }
    // The excerpt's own text is still there.
    assertTrue(text.contains(Pages.squeezed("Sachstand Erneuerung des städtischen Internetauftritts")));
    // Every element a block renderer may write is in it: should the HTML renderer allow more, this
    // fails, and the new ones are to be tried in the PDF (PDF/UA) before they are added here.
    Set<String> written = new TreeSet<>();
    Matcher tags = Pattern.compile("<([a-z][a-z0-9]*)[\\s>/]").matcher(
        page.substring(page.indexOf("<section class=\"city-tally\"")));
    while (tags.find()) {
      written.add(tags.group(1));
    }
    Set<String> missing = new TreeSet<>(HtmlBlockContext.ALLOWED_ELEMENTS);
    missing.removeAll(written);
    assertEquals(Set.of(), missing, "allowed elements EVERY_ELEMENT does not write");
  }

  @Test
  void withoutABlockRendererThePdfIsTheSame() {
    PdfRenderer plain = Samples.shared(Locale.GERMANY);
    PdfRenderer delegating = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .blockRenderer(Table.class, (table, context) -> context.renderDefault())
        .blockRenderer(Paragraph.class, (paragraph, context) -> context.renderDefault())
        .build();
    ExcerptDocument document = reference(plain);
    assertTrue(java.util.Arrays.equals(plain.renderToBytes(document), delegating.renderToBytes(document)),
        "a block renderer that writes the default gives the same bytes");
  }

  @Test
  void thePdfStaysPdfA2aAndPdfUa1() throws Exception {
    for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
      PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(locale))
          .blockRenderer(Table.class, EVERY_ELEMENT)
          .blockRenderer(Paragraph.class, WITH_NOTE)
          .build();
      byte[] pdf = renderer.renderToBytes(renderer.options().layout(Samples.reference()));
      for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1)) {
        List<String> failures = Vera.failures(pdf, flavour);
        assertEquals(List.of(), failures, () -> flavour + " " + locale + ", failed rules:\n"
            + String.join("\n", failures));
      }
    }
  }

  @Test
  void aTableTooWideForThePageFailsTheRenderInsteadOfLosingText() {
    // With the class of ratsinfo's tables, whose cells keep their words whole.
    HtmlBlockRenderer<Table> wide = (table, context) -> {
      context.startBlock("table", "class", "ratsinfo-table");
      context.startBlock("tr");
      for (int i = 0; i < 40; i++) {
        context.line("th", "Spalte" + i, "scope", "col");
      }
      context.end();
      context.end();
    };
    for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
      PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(locale))
          .blockRenderer(Table.class, wide).build();
      RenderException e = assertThrows(RenderException.class,
          () -> renderer.renderToBytes(reference(renderer)));
      assertTrue(e.getMessage().contains(locale.getLanguage().equals("de")
          ? "ein Blockrenderer setzt Text über den rechten Rand des Satzspiegels hinaus"
          : "a block renderer puts text beyond the right side of the page's text area"),
          e::getMessage);
      assertFalse(e.getMessage().contains("Stylesheet"), e::getMessage);
    }
  }

  @Test
  void listsAndTablesNestedOtherwiseThanHtmlAllowsFailTheRender() {
    // Each of these breaks a rule of PDF/UA in the PDF openhtmltopdf makes of it (veraPDF 7.2-17,
    // 7.2-9, 7.2-4, 7.1-3).
    List<HtmlBlockRenderer<Paragraph>> misnested = List.of(
        (paragraph, context) -> {
          context.startBlock("div");
          context.line("li", "Punkt ohne Liste");
          context.end();
        },
        (paragraph, context) -> {
          context.startBlock("div");
          context.line("td", "Zelle ohne Zeile");
          context.end();
        },
        (paragraph, context) -> {
          context.startBlock("tr");
          context.line("td", "Zeile ohne Tabelle");
          context.end();
        },
        (paragraph, context) -> {
          context.startBlock("ul");
          context.line("p", "Absatz in einer Liste");
          context.end();
        },
        (paragraph, context) -> {
          context.startBlock("table");
          context.line("td", "Zelle direkt in der Tabelle");
          context.end();
        });
    List<String> german = List.of(
        "<li> gehört in ol, ul, ein Blockrenderer hat es in <div> geschrieben („Punkt ohne Liste“)",
        "<td> gehört in tr, ein Blockrenderer hat es in <div> geschrieben („Zelle ohne Zeile“)",
        "<tr> gehört in table, tbody, tfoot, thead, ein Blockrenderer hat es in <",
        "in <ul> gehört nur li, ein Blockrenderer hat <p> hineingeschrieben („Absatz in einer Liste“)",
        "<td> gehört in tr, ein Blockrenderer hat es in <table> geschrieben");
    for (int i = 0; i < misnested.size(); i++) {
      PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
          .blockRenderer(Paragraph.class, misnested.get(i)).build();
      RenderException e = assertThrows(RenderException.class,
          () -> renderer.renderToBytes(reference(renderer)));
      String expected = german.get(i);
      assertTrue(e.getMessage().contains(expected), () -> expected + " in: " + e.getMessage());
      assertTrue(e.getMessage().contains("Die Struktur des PDF (PDF/UA) folgt dem Markup"),
          e::getMessage);
    }
    PdfRenderer english = PdfRenderer.builder().options(Samples.options(Locale.ENGLISH))
        .blockRenderer(Paragraph.class, misnested.get(3)).build();
    RenderException e = assertThrows(RenderException.class,
        () -> english.renderToBytes(reference(english)));
    assertTrue(e.getMessage().startsWith("cannot render the excerpt "), e::getMessage);
    assertTrue(e.getMessage().contains("<ul> holds only li, but a block renderer wrote <p> in it "
        + "(\"Absatz in einer Liste\"). The PDF's structure (PDF/UA) follows the markup"),
        e::getMessage);
  }

  @Test
  void theKindIsCheckedWhenTheBlockRendererIsAdded() {
    PdfRenderer.Builder builder = PdfRenderer.builder();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> builder.blockRenderer(Block.class, (block, context) -> context.renderDefault()));
    assertTrue(e.getMessage().contains("not a kind of block"), e::getMessage);
  }

  @Test
  void theLastBlockRendererForAKindWins() {
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .blockRenderer(Paragraph.class, WITH_NOTE)
        .blockRenderer(Paragraph.class, (paragraph, context) -> {
          context.renderDefault();
          context.line("p", "Zweiter Hinweis.");
        })
        .build();
    String text = Pages.of(renderer.renderToBytes(reference(renderer))).content();
    assertTrue(text.contains("Zweiter Hinweis."), text);
    assertFalse(text.contains("Hinweis der Stadt."), text);
  }
}
