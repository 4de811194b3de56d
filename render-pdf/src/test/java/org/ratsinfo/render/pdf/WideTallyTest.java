package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ratsinfo.testing.DocumentTrees.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Table;
import org.ratsinfo.document.TallyLayout;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.HostileCorpus;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Tallies of many voting groups: with {@link TallyLayout#AUTO} nothing is clipped at the page's edge
 * and every group and count is in the PDF, one tally row per line, tagged as a table with header
 * cells. Checked from PDFBox's text positions, for 40 groups (as rows) and for the widest tallies
 * that AUTO still lays out as columns, with twelve kinds of group names; one group more, forced into
 * columns, is clipped. The PDFs are kept in {@code target/pdf/}.
 */
class WideTallyTest {

  /** How far text may stray beyond a margin, in millimetres (glyph boxes are approximate). */
  private static final double TOLERANCE = 1.5;

  @Test
  void fortyGroupsAreRowsThatAllFitOnThePageAndPassPdfUa() throws Exception {
    PdfRenderer renderer = Samples.shared(Locale.GERMANY);
    ExcerptDocument document = renderer.options().layout(HostileCorpus.manyGroups(40));
    Table tally = tally(document);
    assertEquals(3, tally.columnHeaders().size(), "the groups as rows");
    byte[] pdf = renderer.renderToBytes(document);
    Samples.keep("tally-40-groups-de.pdf", pdf);
    Pages pages = Pages.of(pdf);
    assertNotClipped(pages, tally);
    assertEquals(List.of(), Vera.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
    assertEquals(List.of(), Vera.failures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a");
    try (PDDocument read = Loader.loadPDF(pdf)) {
      List<PDStructureElement> headers = new ArrayList<>();
      collect(read.getDocumentCatalog().getStructureTreeRoot().getKids(), "TH", headers);
      assertEquals(3 + 41, headers.size(), "header cells: 3 options, the total and 40 groups");
    }
  }

  /**
   * The checks can fail: the same 40 groups forced into columns are clipped, and so is the first
   * tally too wide for AUTO's estimate, forced into columns.
   */
  @ParameterizedTest(name = "{0} x {1}")
  @CsvSource({"'Fraktion ', 40", "'Fraktion ', 9", "CDU, 13", "'illi ', 21", "'WÜST ', 12"})
  void tooManyGroupsAsColumnsAreClipped(String prefix, int count) {
    PdfRenderer renderer = PdfRenderer.builder().options(RenderOptions.builder()
        .fixedInstant(Samples.INSTANT).tallyLayout(TallyLayout.GROUPS_AS_COLUMNS).build()).build();
    ExcerptDocument document = renderer.options().layout(tallyOf(prefix, count, false));
    Pages pages = Pages.of(renderer.renderToBytes(document));
    assertThrows(AssertionError.class, () -> assertNotClipped(pages, tally(document)));
    assertEquals(3, tally(Samples.shared(Locale.GERMANY).options().layout(tallyOf(prefix, count, false)))
        .columnHeaders().size(), "AUTO makes it rows");
  }

  /**
   * The widest tallies AUTO keeps as columns fit: as many groups of each kind of name as the estimate
   * allows, and the twelve of the long sample with "nicht anwesend".
   */
  @ParameterizedTest(name = "{0} x {1}")
  @CsvSource({"CDU, 12", "'Fraktion ', 8", "'SPD-Fraktion ', 8", "'Wählergemeinschaft ', 3",
      "'Die Unabhängigen ', 5", "'Bündnis 90/Die Grünen ', 8", "'Die PARTEI ', 9", "'Grüne ', 10",
      "'MMMM ', 9", "'WÜST ', 11", "'illi ', 20", "x, 20"})
  void theWidestTalliesKeptAsColumnsFit(String prefix, int count) {
    PdfRenderer renderer = Samples.shared(Locale.GERMANY);
    Excerpt wide = tallyOf(prefix, count, false);
    ExcerptDocument document = renderer.options().layout(wide);
    Table tally = tally(document);
    assertEquals(count + 1, tally.columnHeaders().size(), "the groups as columns");
    // One more group and they would be rows: this is the widest AUTO keeps.
    assertEquals(3, tally(renderer.options().layout(tallyOf(prefix, count + 1, false)))
        .columnHeaders().size(), "one more group turns the tally");
    byte[] pdf = renderer.renderToBytes(document);
    Samples.keep("tally-widest-" + prefix.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        + ".pdf", pdf);
    assertNotClipped(Pages.of(pdf), tally);
  }

  @Test
  void theLongSamplesTwelveGroupsStayColumnsAndFit() {
    PdfRenderer renderer = Samples.shared(Locale.GERMANY);
    ExcerptDocument document = renderer.options().layout(Samples.longInquiry());
    Table tally = tally(document);
    assertEquals(13, tally.columnHeaders().size());
    assertNotClipped(Pages.of(renderer.renderToBytes(document)), tally);
  }

  private static Excerpt tallyOf(String prefix, int count, boolean absent) {
    List<VotingGroup> groups = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      groups.add(VotingGroup.of(prefix + i, new VoteCounts(i, i % 4, i % 3, null, absent ? 1 : null)));
    }
    Excerpt base = HostileCorpus.base();
    return base.withAgendaItem(base.agendaItem().withVoteTally(VoteTally.of(groups)));
  }

  /**
   * Nothing of the tally clipped: every run of text inside the margins (a table too wide runs into
   * the right margin, where openhtmltopdf clips it), every row (its header and its counts) on one line
   * inside the margins (a column past the edge is dropped), and every word of every column header
   * there (a header may break between its words).
   */
  private static void assertNotClipped(Pages pages, Table tally) {
    for (Pages.Run run : pages.runs()) {
      assertTrue(run.left() >= Pages.LEFT - TOLERANCE
              && run.right() <= Pages.WIDTH - Pages.RIGHT + TOLERANCE,
          () -> "runs off the page at the side: " + run);
    }
    List<String> lines = pages.content().lines().map(Pages::squeezed).toList();
    for (Table.Row row : tally.rows()) {
      String expected = Pages.squeezed(row.header() + String.join("", row.cells()));
      assertTrue(lines.contains(expected), () -> "no line " + expected);
    }
    List<String> words = List.of(pages.content().split("\\s+"));
    for (String header : tally.columnHeaders()) {
      for (String word : header.split(" ")) {
        assertTrue(words.contains(word) || words.containsAll(List.of(word.split("(?<=-)"))),
            () -> word + " of " + header);
      }
    }
  }

  private static void collect(List<Object> kids, String type, List<PDStructureElement> found) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if (type.equals(element.getStructureType())) {
          found.add(element);
        }
        collect(element.getKids(), type, found);
      } else if (kid instanceof PDStructureNode node) {
        collect(node.getKids(), type, found);
      }
    }
  }
}
