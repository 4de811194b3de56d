package org.ratsinfo.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.DocumentInfo;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Paragraph;
import org.ratsinfo.document.QuestionAnswer;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.SectionKind;
import org.ratsinfo.document.Table;
import org.ratsinfo.model.Audience;

/** {@link HtmlRenderer.Builder#blockRenderer(Class, HtmlBlockRenderer)}: overriding one kind of block. */
class BlockRendererTest {

  private static final String HOSTILE = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> &amp; ' end";

  /** A split vote: the tally as a table, the outcome as a note, in a section. */
  private static ExcerptDocument splitVote(String caption, String group) {
    Table tally = new Table(caption, "", List.of("gesamt", group, "CDU"), List.of(
        new Table.Row("dafür", List.of("9", "9", "0")),
        new Table.Row("dagegen", List.of("5", "0", "5")),
        new Table.Row("Enthaltung", List.of("1", "1", "0"))), null);
    List<Block> blocks = List.of(
        new Section(SectionKind.RESOLUTION, "Beschluss", List.of(Paragraph.of("Der Rat beschließt."))),
        new Section(SectionKind.VOTE, "Abstimmungsergebnis", List.of(
            tally, new Paragraph(Paragraph.Style.NOTE, "Ergebnis: angenommen"))));
    DocumentInfo info = new DocumentInfo("Auszug", "Auszug", "Stadt Musterstadt", List.of(), "de-DE");
    return new ExcerptDocument(Locale.GERMANY, Audience.PUBLIC, info, "Stadt Musterstadt", "Auszug - TOP 6",
        blocks);
  }

  /** The tally as a description list: one entry per column, with a summary sentence before it. */
  private static final HtmlBlockRenderer<Table> TALLY_AS_LIST = (table, context) -> {
    context.startBlock("div", "class", "city-tally", "title", table.caption());
    context.line("p", table.caption() + ": " + table.rows().size() + " Zeilen", "class", "city-tally-summary");
    context.startBlock("dl", "class", "city-tally-list");
    for (int column = 0; column < table.columnHeaders().size(); column++) {
      context.line("dt", table.columnHeaders().get(column));
      for (Table.Row row : table.rows()) {
        context.startLine("dd");
        context.start("span", "class", "city-tally-row");
        context.text(row.header());
        context.end();
        context.text(" " + row.cells().get(column));
        context.end();
      }
    }
    context.end();
    context.end();
  };

  private static String render(HtmlRenderer renderer, ExcerptDocument document) throws IOException {
    StringWriter out = new StringWriter();
    renderer.render(document, out);
    return out.toString();
  }

  @Test
  void anOverriddenTableIsWrittenByItsRenderer() throws IOException {
    HtmlRenderer renderer = HtmlRenderer.builder().blockRenderer(Table.class, TALLY_AS_LIST).build();
    String page = render(renderer, splitVote("Abstimmungsergebnis", "SPD"));
    Document html = Reference.parse(page);
    assertTrue(html.select("table").isEmpty(), "no table any more");
    Element tally = html.selectFirst("section.ratsinfo-section-vote > div.city-tally");
    assertEquals("Abstimmungsergebnis: 3 Zeilen", tally.selectFirst("p.city-tally-summary").text());
    assertEquals(List.of("gesamt", "SPD", "CDU"), tally.select("dl > dt").eachText());
    assertEquals("dagegen 5", tally.select("dl > dd").get(1).text());
    // Everything else is as before; the outcome note still follows the tally.
    assertEquals("Ergebnis: angenommen", tally.nextElementSibling().text());
    assertEquals(List.of("Beschluss", "Abstimmungsergebnis"), html.select("h2").eachText());
    // Indented like the markup around it.
    assertTrue(page.contains("        <div class=\"city-tally\" title=\"Abstimmungsergebnis\">\n"
        + "          <p class=\"city-tally-summary\">Abstimmungsergebnis: 3 Zeilen</p>\n"
        + "          <dl class=\"city-tally-list\">\n"
        + "            <dt>gesamt</dt>\n"
        + "            <dd><span class=\"city-tally-row\">dafür</span> 9</dd>\n"), "indentation");
  }

  @Test
  void withoutBlockRenderersTheOutputIsTheDefault() throws IOException {
    ExcerptDocument document = HtmlRenderer.builder().build().options().layout(Reference.excerpt());
    String plain = render(HtmlRenderer.builder().build(), document);
    // A block renderer that only delegates gives the same characters.
    HtmlRenderer delegating = HtmlRenderer.builder()
        .blockRenderer(Table.class, (table, context) -> context.renderDefault())
        .blockRenderer(Section.class, (section, context) -> context.renderDefault())
        .blockRenderer(QuestionAnswer.class, (qa, context) -> context.renderDefault())
        .build();
    assertEquals(plain, render(delegating, document));
  }

  @Test
  void delegationWrapsTheDefaultTableAndKeepsItsMarkup() throws IOException {
    ExcerptDocument document = splitVote("Abstimmungsergebnis", "SPD");
    HtmlRenderer wrapping = HtmlRenderer.builder()
        .blockRenderer(Table.class, (table, context) -> {
          context.startBlock("div", "class", "city-tally");
          context.renderDefault();
          context.line("p", "Die Vorlage wurde mit " + table.rows().get(0).cells().get(0)
              + " Ja-Stimmen angenommen.", "class", "city-tally-summary");
          context.end();
        })
        .build();
    String page = render(wrapping, document);
    Document html = Reference.parse(page);
    Document plain = Reference.parse(render(HtmlRenderer.builder().build(), document));
    assertEquals(plain.selectFirst("div.ratsinfo-table-scroll").outerHtml(),
        html.selectFirst("div.city-tally > div.ratsinfo-table-scroll").outerHtml());
    assertEquals("Die Vorlage wurde mit 9 Ja-Stimmen angenommen.",
        html.selectFirst("div.city-tally > p.city-tally-summary").text());
  }

  @Test
  void aSectionRendererWritesItsHeadingAtTheRightLevelAndDelegatesItsBlocks() throws IOException {
    ExcerptDocument document = HtmlRenderer.builder().build().options().layout(Reference.excerpt());
    HtmlRenderer renderer = HtmlRenderer.builder()
        .blockRenderer(Section.class, (section, context) -> {
          context.startBlock("section", "class", "city-section", "data-kind", section.kind().name());
          context.startHeading("class", "city-heading");
          context.text(section.heading());
          context.end();
          context.renderBlocks(section.blocks());
          context.end();
        })
        .blockRenderer(Table.class, TALLY_AS_LIST)
        .build();
    Document html = Reference.parse(render(renderer, document));
    assertEquals(html.select("section").size(), html.select("section.city-section").size());
    assertFalse(html.select("h2.city-heading").isEmpty());
    // The questions and answers inside a section are one level below it, as by default.
    assertEquals(4, html.select("section[data-kind=ANSWER] > div.ratsinfo-qa > h3").size());
    // A block renderer applies at any depth: the tally inside its section is a list.
    assertEquals(1, html.select("section[data-kind=VOTE] > div.city-tally").size());
  }

  @Test
  void hostileTextInABlockRendererStaysText() throws IOException {
    for (boolean fragment : new boolean[] {false, true}) {
      String out = render(HtmlRenderer.builder().fragment(fragment)
          .blockRenderer(Table.class, TALLY_AS_LIST).build(), splitVote(HOSTILE, HOSTILE));
      Document html = Reference.parse(out);
      assertTrue(html.select("script, img, [onerror], [src]").isEmpty(), out);
      Element tally = html.selectFirst("div.city-tally");
      assertEquals(HOSTILE, tally.attr("title"));
      assertEquals(HOSTILE + ": 3 Zeilen", tally.selectFirst("p").wholeText());
      assertEquals(HOSTILE, tally.select("dt").get(1).wholeText());
      assertFalse(out.contains("<script"), out);
    }
  }

  @Test
  void unsafeMarkupIsRefused() {
    ExcerptDocument document = splitVote("Abstimmungsergebnis", "SPD");
    List<HtmlBlockRenderer<Table>> unsafe = List.of(
        (t, c) -> c.startBlock("script"),
        (t, c) -> c.startBlock("style"),
        (t, c) -> c.startBlock("iframe"),
        (t, c) -> c.startLine("a", "href", "javascript:alert(1)"),
        (t, c) -> c.startBlock("div", "onclick", "alert(1)"),
        (t, c) -> c.startBlock("div", "style", "background:url(https://example.org/x)"),
        (t, c) -> c.startBlock("div", "id", "tally"),
        (t, c) -> c.startBlock("div", "class"),
        (t, c) -> c.startBlock("DIV"));
    for (HtmlBlockRenderer<Table> blockRenderer : unsafe) {
      HtmlRenderer renderer = HtmlRenderer.builder().blockRenderer(Table.class, blockRenderer).build();
      assertThrows(IllegalArgumentException.class, () -> render(renderer, document));
    }
  }

  @Test
  void malformedNestingIsRefused() {
    ExcerptDocument document = splitVote("Abstimmungsergebnis", "SPD");
    List<HtmlBlockRenderer<Table>> malformed = List.of(
        (t, c) -> c.startBlock("div"),                        // never ended
        (t, c) -> c.end(),                                     // nothing to end
        (t, c) -> c.text("outside any line"),
        (t, c) -> {
          c.startLine("p");
          c.startBlock("div");                                // a block inside a line
        },
        (t, c) -> {
          c.startLine("p");
          c.renderDefault();                                  // a table inside a paragraph
        },
        (t, c) -> c.start("span"));                           // inline outside a line
    for (HtmlBlockRenderer<Table> blockRenderer : malformed) {
      HtmlRenderer renderer = HtmlRenderer.builder().blockRenderer(Table.class, blockRenderer).build();
      assertThrows(IllegalStateException.class, () -> render(renderer, document));
    }
  }

  @Test
  void onlyKindsOfBlockCanBeOverridden() {
    HtmlRenderer.Builder builder = HtmlRenderer.builder();
    assertThrows(IllegalArgumentException.class,
        () -> builder.blockRenderer(Block.class, (block, context) -> context.renderDefault()));
  }

  @Test
  void theLastBlockRendererForAKindWins() throws IOException {
    HtmlRenderer renderer = HtmlRenderer.builder()
        .blockRenderer(Table.class, TALLY_AS_LIST)
        .blockRenderer(Table.class, (table, context) -> context.line("p", "ersetzt", "class", "second"))
        .build();
    Document html = Reference.parse(render(renderer, splitVote("Abstimmungsergebnis", "SPD")));
    assertEquals("ersetzt", html.selectFirst("p.second").text());
    assertTrue(html.select("div.city-tally").isEmpty());
  }
}
