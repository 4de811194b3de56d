package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.ratsinfo.document.Block;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.Table;
import org.ratsinfo.document.TallyLayout;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testing.HostileCorpus;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Tallies of many voting groups: with {@link TallyLayout#AUTO} nothing is clipped at the page's edge
 * and every group and count is in the PDF, one tally row per line, tagged as a table with header
 * cells. Checked from PDFBox's text positions, for 40 groups (as rows) and for the widest tallies
 * that AUTO still lays out as columns.
 */
class WideTallyTest {

  /** How far a table's text may reach into the right margin, in millimetres (the page keeps 14). */
  private static final double INTO_MARGIN = 6;

  @Test
  void fortyGroupsAreRowsThatAllFitOnThePageAndPassPdfUa() throws Exception {
    PdfRenderer renderer = Samples.shared(Locale.GERMANY);
    ExcerptDocument document = renderer.options().layout(HostileCorpus.manyGroups(40));
    Table tally = tally(document);
    assertEquals(3, tally.columnHeaders().size(), "the groups as rows");
    byte[] pdf = renderer.renderToBytes(document);
    Samples.keep("tally-40-groups-de.pdf", pdf);
    Pages pages = Pages.of(pdf);
    assertInside(pages);
    assertEveryRowOnALine(pages, tally);
    assertEquals(List.of(), Vera.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
    assertEquals(List.of(), Vera.failures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a");
    try (PDDocument read = Loader.loadPDF(pdf)) {
      List<PDStructureElement> headers = new ArrayList<>();
      collect(read.getDocumentCatalog().getStructureTreeRoot().getKids(), "TH", headers);
      assertEquals(3 + 41, headers.size(), "header cells: 3 options, the total and 40 groups");
    }
  }

  /** The checks above can fail: the same 40 groups forced into columns run off the page. */
  @Test
  void fortyGroupsAsColumnsAreClipped() {
    PdfRenderer renderer = PdfRenderer.builder().options(RenderOptions.builder()
        .fixedInstant(Samples.INSTANT).tallyLayout(TallyLayout.GROUPS_AS_COLUMNS).build()).build();
    ExcerptDocument document = renderer.options().layout(HostileCorpus.manyGroups(40));
    Pages pages = Pages.of(renderer.renderToBytes(document));
    assertFalse(Pages.squeezed(pages.content()).contains("Fraktion40"), "clipped");
    assertThrows(AssertionError.class, () -> assertInside(pages));
  }

  /**
   * The widest tallies AUTO keeps as columns fit: as many groups of each kind of name as the estimate
   * allows, and the twelve of the long sample with "nicht anwesend".
   */
  @ParameterizedTest(name = "{0} x {1}")
  @CsvSource({"CDU, 12", "'Fraktion ', 8", "'Wählergemeinschaft ', 3", "'Die Unabhängigen ', 5",
      "'MMMM ', 9", "'WÜST ', 12", "'illi ', 22"})
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
    Samples.keep("tally-widest-" + prefix.strip().toLowerCase(Locale.ROOT) + ".pdf", pdf);
    Pages pages = Pages.of(pdf);
    assertInside(pages);
    // A header may break between its words: each word is there.
    List<String> words = List.of(pages.content().split("\\s+"));
    for (String header : tally.columnHeaders()) {
      assertTrue(words.containsAll(List.of(header.split(" "))), header);
    }
  }

  @Test
  void theLongSamplesTwelveGroupsStayColumnsAndFit() {
    PdfRenderer renderer = Samples.shared(Locale.GERMANY);
    ExcerptDocument document = renderer.options().layout(Samples.longInquiry());
    Table tally = tally(document);
    assertEquals(13, tally.columnHeaders().size());
    assertInside(Pages.of(renderer.renderToBytes(document)));
  }

  private static Excerpt tallyOf(String prefix, int count, boolean absent) {
    List<VotingGroup> groups = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      groups.add(VotingGroup.of(prefix + i, new VoteCounts(i, i % 4, i % 3, null, absent ? 1 : null)));
    }
    Excerpt base = HostileCorpus.base();
    return base.withAgendaItem(base.agendaItem().withVoteTally(VoteTally.of(groups)));
  }

  /** Every run of text between the page's left margin and a few millimetres into its right one. */
  private static void assertInside(Pages pages) {
    for (Pages.Run run : pages.runs()) {
      assertTrue(run.left() >= Pages.LEFT - 1
              && run.right() <= Pages.WIDTH - Pages.RIGHT + INTO_MARGIN,
          () -> "runs off the page at the side: " + run);
    }
  }

  /** Each row of the tally, its header and its counts, on one line of some page. */
  private static void assertEveryRowOnALine(Pages pages, Table tally) {
    List<String> lines = pages.content().lines().map(Pages::squeezed).toList();
    for (Table.Row row : tally.rows()) {
      String expected = Pages.squeezed(row.header() + String.join("", row.cells()));
      assertTrue(lines.contains(expected), () -> "no line " + expected);
    }
    for (String header : tally.columnHeaders()) {
      assertTrue(lines.stream().anyMatch(line -> line.contains(header)), header);
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

  private static Table tally(ExcerptDocument document) {
    for (Block block : document.blocks()) {
      if (block instanceof Section section) {
        for (Block inner : section.blocks()) {
          if (inner instanceof Table table) {
            return table;
          }
        }
      }
    }
    throw new IllegalStateException("no tally");
  }
}
