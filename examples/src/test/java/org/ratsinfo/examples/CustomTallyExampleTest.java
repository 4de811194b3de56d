package org.ratsinfo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.document.Table;
import org.ratsinfo.document.TallyLayout;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.html.HtmlRenderer;

class CustomTallyExampleTest {

  @TempDir Path dir;

  @Test
  void theTallyIsWrappedAndSummedUp() throws IOException {
    Path page = dir.resolve("tally.html");
    PrintStream saved = System.out;
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      CustomTallyExample.main(new String[] {page.toString()});
    } finally {
      System.setOut(saved);
    }
    Document html = Jsoup.parse(page.toFile(), "UTF-8");
    Element tally = html.selectFirst("section.ratsinfo-section-vote > div.musterstadt-tally");
    assertEquals(1, tally.select("table.ratsinfo-table").size(), "ratsinfo's table, kept");
    assertEquals(List.of("gesamt", "SPD", "CDU", "Grüne", "FDP", "Linke"),
        tally.select("thead th").eachText());
    assertEquals("In Zahlen: dafür 9, dagegen 6, Enthaltung 2.",
        tally.selectFirst("p.musterstadt-tally-summary").text());
    assertTrue(html.selectFirst("style").data().contains(".musterstadt-tally"), "the city's styles");
    // The same block renderer in the PDF next to the page.
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("tally.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertTrue(text.contains("In Zahlen: dafür 9, dagegen 6, Enthaltung 2."), text);
    }
  }

  @Test
  void inEnglishTheSentenceIsEnglish() {
    HtmlRenderer english = HtmlRenderer.builder()
        .options(RenderOptions.builder().locale(Locale.ENGLISH).build())
        .blockRenderer(Table.class, CustomTallyExample.TALLY)
        .build();
    Document split = Jsoup.parse(english.renderToString(BuildValidateRenderExample.build()));
    assertEquals("In figures: for 9, against 6, abstention 2.",
        split.selectFirst("p.musterstadt-tally-summary").text());
  }

  /** A tally laid out with its groups as rows (as a wide one is) is summed up alike. */
  @Test
  void aTallyWithItsGroupsAsRowsIsSummedUpAlike() {
    HtmlRenderer rows = HtmlRenderer.builder()
        .options(RenderOptions.builder().tallyLayout(TallyLayout.GROUPS_AS_ROWS).build())
        .blockRenderer(Table.class, CustomTallyExample.TALLY)
        .build();
    Document page = Jsoup.parse(rows.renderToString(BuildValidateRenderExample.build()));
    assertEquals(List.of("dafür", "dagegen", "Enthaltung"),
        page.select("div.musterstadt-tally thead th").eachText());
    assertEquals("In Zahlen: dafür 9, dagegen 6, Enthaltung 2.",
        page.selectFirst("p.musterstadt-tally-summary").text());
  }

  @Test
  void aTallyWithoutAVoteIsRenderedAsBefore() throws IOException {
    var herne = RatsinfoJson.standard().readExcerpt(HerneReferenceExcerptTest.SAMPLE);
    String custom = CustomTallyExample.renderer().renderToString(herne);
    String plain = HtmlRenderer.builder().build().renderToString(herne);
    Document page = Jsoup.parse(custom);
    assertTrue(page.select(".musterstadt-tally").isEmpty());
    assertEquals(Jsoup.parse(plain).selectFirst("article").outerHtml(), page.selectFirst("article").outerHtml());
  }
}
