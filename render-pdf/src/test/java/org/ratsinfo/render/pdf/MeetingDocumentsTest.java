package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.SectionKind;
import org.ratsinfo.document.Table;
import org.ratsinfo.testkit.DocumentFacts;
import org.ratsinfo.testing.SystemTools;

/**
 * The agenda and the minutes of the Musterstadt meeting as PDF, internal and public, German and
 * English: every fact of the document tree is in the text (PDFBox's and pdftotext's), the minutes have
 * a bookmark per agenda item, and a table that spans pages repeats its header row on each. Conformance
 * is in {@link ConformanceTest}. The PDFs are kept in {@code target/pdf/}.
 */
class MeetingDocumentsTest {

  static Stream<Arguments> documents() {
    List<Arguments> all = new ArrayList<>();
    for (String sample : List.of(Samples.AGENDA, Samples.PUBLIC_AGENDA, Samples.MINUTES, Samples.PUBLIC_MINUTES)) {
      all.add(Arguments.of(sample, Locale.GERMANY));
      all.add(Arguments.of(sample, Locale.ENGLISH));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documents")
  void everyFactIsInThePdf(String sample, Locale locale) throws Exception {
    PdfRenderer renderer = Samples.shared(locale);
    ExcerptDocument document = Samples.layout(sample, renderer);
    byte[] pdf = renderer.renderToBytes(document);
    Path file = Samples.keep(sample + "-" + locale.getLanguage() + ".pdf", pdf);
    List<String> facts = DocumentFacts.of(document);
    assertTrue(facts.size() > 40, "facts: " + facts.size());
    // In the order of the content stream, as pdftotext reads it: sorted by position, the lines of a
    // value that wraps in one column of the field grid would interleave with the other column's.
    String pdfbox;
    try (PDDocument loaded = Loader.loadPDF(pdf)) {
      pdfbox = Pages.squeezed(new PDFTextStripper().getText(loaded));
    }
    assertEquals(List.of(), missing(facts, pdfbox), "missing from the PDF's text (PDFBox)");
    String poppler = Pages.squeezed(pdftotext(file));
    assertEquals(List.of(), missing(facts, poppler), "missing from the PDF's text (pdftotext)");
  }

  /** The public documents leave the non-public items out; the internal ones have them. */
  @ParameterizedTest
  @ValueSource(strings = {Samples.MINUTES, Samples.PUBLIC_MINUTES})
  void theMinutesHaveABookmarkPerItem(String sample) throws IOException {
    PdfRenderer renderer = Samples.shared(Locale.GERMANY);
    ExcerptDocument document = Samples.layout(sample, renderer);
    assertEquals(DocumentKind.MINUTES, document.kind());
    List<String> items = new ArrayList<>();
    itemHeadings(document.blocks(), items);
    assertTrue(items.size() >= (sample.equals(Samples.MINUTES) ? 26 : 19), items::toString);
    assertEquals(sample.equals(Samples.MINUTES), items.stream().anyMatch(h -> h.startsWith("N ")), items::toString);
    try (PDDocument pdf = Loader.loadPDF(renderer.renderToBytes(document))) {
      List<String> bookmarks = new ArrayList<>();
      titles(pdf.getDocumentCatalog().getDocumentOutline(), bookmarks);
      List<String> missing = items.stream().map(MeetingDocumentsTest::normalized)
          .filter(item -> !bookmarks.contains(item)).toList();
      assertEquals(List.of(), missing, "items without a bookmark, among " + bookmarks);
    }
  }

  /**
   * An attendance table of 120 persons spans pages, and every page that shows one of its rows shows
   * its header row ("Name Funktion Anwesenheit") too: openhtmltopdf repeats it
   * ({@code -fs-table-paginate}).
   */
  @Test
  void aLongAttendanceTableRepeatsItsHeaderRowOnEveryPage() {
    assertHeaderOnEveryPageOfTheTable(Samples.renderer(Locale.GERMANY), 120);
  }

  /** The check above can fail: a header row that is an ordinary row group is not repeated. */
  @Test
  void theHeaderCheckCatchesATableWithoutRepeatedHeader() {
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .additionalStylesheet(".ratsinfo-table thead { display: table-row-group; }").build();
    AssertionError error = assertThrows(AssertionError.class,
        () -> assertHeaderOnEveryPageOfTheTable(renderer, 120));
    assertTrue(error.getMessage().contains("without the header row"), error.getMessage());
  }

  private static void assertHeaderOnEveryPageOfTheTable(PdfRenderer renderer, int persons) {
    ExcerptDocument minutes = Samples.layout(Samples.MINUTES, renderer);
    Table[] table = {null};
    ExcerptDocument longer = new ExcerptDocument(minutes.kind(), minutes.locale(), minutes.audience(),
        minutes.info(), minutes.bodyName(), minutes.title(),
        lengthened(minutes.blocks(), persons, table));
    assertTrue(table[0] != null, "an attendance table");
    byte[] pdf = renderer.renderToBytes(longer);
    Samples.keep("minutes-long-attendance-de.pdf", pdf);
    Pages pages = Pages.of(pdf);
    String header = Pages.squeezed(String.join("", table[0].columnHeaders()));
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < pages.count(); i++) {
      String content = pages.content(i);
      if (!content.contains(person(1).substring(0, 8))) {
        continue;
      }
      found.add(i + 1);
      assertTrue(Pages.squeezed(content).contains(header),
          "page " + (i + 1) + " shows rows of the attendance table without the header row");
    }
    assertTrue(found.size() >= 2, "the table spans pages: " + found);
  }

  /** The blocks with the first attendance table made {@code persons} rows long. */
  private static List<Block> lengthened(List<Block> blocks, int persons, Table[] replaced) {
    List<Block> out = new ArrayList<>();
    for (Block block : blocks) {
      if (replaced[0] == null && block instanceof Table t && !t.columnHeaders().isEmpty()) {
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 1; i <= persons; i++) {
          rows.add(new Table.Row(person(i), t.rows().get(0).cells()));
        }
        replaced[0] = t;
        out.add(new Table(t.caption(), t.cornerHeader(), t.columnHeaders(), rows, t.note()));
      } else if (block instanceof Section s && (s.kind() == SectionKind.ATTENDANCE || replaced[0] != null)) {
        out.add(new Section(s.kind(), s.heading(), replaced[0] == null
            ? lengthened(s.blocks(), persons, replaced) : s.blocks()));
      } else {
        out.add(block);
      }
    }
    return out;
  }

  private static String person(int i) {
    return String.format(Locale.ROOT, "Mustermensch %03d, Erika", i);
  }

  private static void itemHeadings(List<Block> blocks, List<String> out) {
    for (Block block : blocks) {
      if (block instanceof Section section) {
        if (section.kind() == SectionKind.ITEM) {
          out.add(section.heading());
        }
        itemHeadings(section.blocks(), out);
      }
    }
  }

  private static void titles(PDOutlineNode node, List<String> out) {
    node.children().forEach(child -> {
      out.add(normalized(child.getTitle()));
      titles(child, out);
    });
  }

  private static String normalized(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static List<String> missing(List<String> facts, String squeezedText) {
    return facts.stream().filter(fact -> !squeezedText.contains(Pages.squeezed(fact))).toList();
  }

  private static String pdftotext(Path pdf) throws Exception {
    Path tool = SystemTools.require(SystemTools.PDFTOTEXT);
    Process process = new ProcessBuilder(tool.toString(), "-enc", "UTF-8", pdf.toAbsolutePath().toString(), "-")
        .redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftotext finished");
    String text = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), text);
    assertTrue(Files.size(pdf) > 1000);
    return text;
  }
}
