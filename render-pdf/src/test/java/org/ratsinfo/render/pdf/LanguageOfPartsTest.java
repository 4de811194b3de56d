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
 * /Lang}), so that screen readers read them as German (PDF/UA-1, 7.2); a German PDF of German data
 * names its language once, at the top.
 */
class LanguageOfPartsTest {

  @Test
  void theGermanDataOfAnEnglishPdfIsMarkedGerman() throws IOException {
    List<String> marked = marked(Samples.render(Samples.reference(), Locale.ENGLISH));
    // The four meeting fields and four paper fields, the paper's heading, the list of questions and
    // the five answers.
    assertEquals(4 + 4 + 1 + 1 + 5, marked.stream().filter(m -> m.endsWith(" de-DE")).count(),
        marked.toString());
    assertTrue(marked.contains("H2 de-DE"), marked.toString());
    assertTrue(marked.contains("L de-DE"), marked.toString());
    assertEquals(List.of("Document en", "Art en"), marked.stream()
        .filter(m -> !m.endsWith(" de-DE")).toList());
  }

  @Test
  void aGermanPdfOfGermanDataNamesItsLanguageOnlyAtTheTop() throws IOException {
    assertEquals(List.of("Document de-DE", "Art de-DE"),
        marked(Samples.render(Samples.reference(), Locale.GERMANY)));
  }

  /** Every structure element with a language: its type and the language, in document order. */
  private static List<String> marked(byte[] pdf) throws IOException {
    List<String> marked = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      walk(document.getDocumentCatalog().getStructureTreeRoot().getKids(), marked);
    }
    return marked;
  }

  private static void walk(List<Object> kids, List<String> marked) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if (element.getLanguage() != null) {
          marked.add(element.getStructureType() + " " + element.getLanguage());
        }
        walk(element.getKids(), marked);
      }
    }
  }
}
