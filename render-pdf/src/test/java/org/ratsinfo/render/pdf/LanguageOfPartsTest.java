package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.Test;

/**
 * In an English PDF of German data, the structure elements of the data say they are German ({@code
 * /Lang}), so that screen readers read them as German (PDF/UA-1, 7.2): blocks, and parts of a line
 * such as the question after the label in an answer's heading; a German PDF of German data names its
 * language once, at the top.
 */
class LanguageOfPartsTest {

  @Test
  void theGermanDataOfAnEnglishPdfIsMarkedGerman() throws IOException {
    List<String> marked = marked(Samples.render(Samples.reference(), Locale.ENGLISH));
    // The four meeting fields and four paper fields, the paper's heading, the list of questions and
    // the five answers.
    List<String> outsideHeadings = marked.stream().filter(m -> !m.startsWith("H3/")).toList();
    assertEquals(4 + 4 + 1 + 1 + 5, outsideHeadings.stream().filter(m -> m.endsWith(" de-DE")).count(),
        marked.toString());
    assertTrue(marked.contains("H2 de-DE"), marked.toString());
    assertTrue(marked.contains("L de-DE"), marked.toString());
    assertEquals(List.of("Document en", "Art en"), marked.stream()
        .filter(m -> !m.endsWith(" de-DE")).toList());
    // The question in the heading of each of the five answers, after the English label: a Span in the
    // heading for each line it takes (an inline element's language, which openhtmltopdf keeps only in
    // the wrapper PrintPage gives it).
    List<String> inHeadings = marked.stream().filter(m -> m.startsWith("H3/")).toList();
    assertEquals(List.of("H3/Span de-DE"), inHeadings.stream().distinct().toList(), marked.toString());
    assertEquals(5, headingsWithGerman, marked.toString());
  }

  @Test
  void aGermanPdfOfGermanDataNamesItsLanguageOnlyAtTheTop() throws IOException {
    assertEquals(List.of("Document de-DE", "Art de-DE"),
        marked(Samples.render(Samples.reference(), Locale.GERMANY)));
  }

  /**
   * Every structure element with a language: its type (after "H3/" inside a level-3 heading) and the
   * language, in document order.
   */
  private List<String> marked(byte[] pdf) throws IOException {
    List<String> marked = new ArrayList<>();
    headingsWithGerman = 0;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      walk(document.getDocumentCatalog().getStructureTreeRoot().getKids(), "", marked);
    }
    return marked;
  }

  /** How many level-3 headings {@link #marked} found with a German part. */
  private int headingsWithGerman;

  private void walk(List<Object> kids, String heading, List<String> marked) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        String type = element.getStructureType();
        if (element.getLanguage() != null) {
          marked.add(heading + type + " " + element.getLanguage());
        }
        if (type.equals("H3")) {
          int before = marked.size();
          walk(element.getKids(), "H3/", marked);
          headingsWithGerman += marked.size() > before ? 1 : 0;
        } else {
          walk(element.getKids(), heading, marked);
        }
      }
    }
  }
}
