package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.testkit.DocumentFacts;

/**
 * The reference excerpt as PDF holds every fact of its document tree, readable as text with umlauts
 * and typographic quotes intact, and says about itself what it should: language, title, fonts,
 * metadata and bookmarks.
 */
class ReferenceFactsTest {

  private static Locale locale(String tag) {
    return Locale.forLanguageTag(tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"de-DE", "en"})
  void everyTextOfTheDocumentTreeIsInThePdf(String tag) {
    PdfRenderer renderer = Samples.shared(locale(tag));
    ExcerptDocument document = renderer.options().layout(Samples.reference());
    String text = Pages.squeezed(Pages.of(renderer.renderToBytes(document)).content());
    List<String> facts = DocumentFacts.of(document);
    assertTrue(facts.size() > 60, "facts: " + facts.size());
    List<String> missing = facts.stream()
        .filter(fact -> !text.contains(Pages.squeezed(fact)))
        .toList();
    assertEquals(List.of(), missing, "missing from the PDF's text");
  }

  @Test
  void germanFactsLiterally() {
    Pages pages = Pages.of(Samples.render(Samples.reference(), Locale.GERMANY));
    String text = Pages.squeezed(pages.content());
    for (String fact : List.of(
        "Stadt Herne", "Auszug - Anfrage: Sachstand Erneuerung des städtischen Internetauftritts",
        "TOP", "Ö 19.1", "Gremium", "Rat der Stadt", "Beschlussart", "zur Kenntnis genommen",
        "Datum", "Di, 28.02.2017", "Status", "öffentlich/nichtöffentlich", "Zeit", "16:00 - 17:55",
        "Anlass", "Sitzung", "Raum", "großer Sitzungssaal (Raum 312)", "Ort", "Rathaus Herne",
        "2017/0137", "Vorlage-Art", "Anfrage_Formular", "Verfasser", "SVO Prennig, Andreas",
        "Federführend", "FB 11 - Rat und Bezirksvertretungen", "Bearbeiter/-in", "Gresch, Norbert",
        "Fragen", "Wie ist der Sachstand und der Zeitplan bei der Runderneuerung",
        "Wann wurde das Thema das letzte Mal im IT-Arbeitskreis besprochen?",
        "Welche E-Government-Anwendungen wird der neue Internetauftritt",
        "Welche Bürger-Beteiligungs-Möglichkeiten",
        "Herr Oberbürgermeister Dr. Dudda beantwortet die Anfrage wie folgt:",
        "Frage 1", "Frage 2", "Frage 3", "Frage 4",
        "in der Woche nach den Osterferien in Betrieb zu nehmen.",
        "mit der Imagekampagne „Herne kann was“ gegeben.",
        "Ergänzende mündliche Zusatzfragen", "Ergänzende mündliche Zusatzfrage Piraten/AL",
        "wenn nein,warum nicht?", "\"Modellkommune Open Government\"",
        "so dass von einer erneuten Teilnahme in diesem Jahr abgesehen wurde.",
        "Abstimmungsergebnis", "gesamt", "SPD", "CDU", "Grüne", "Linke", "Piraten/AL", "AfD", "FDP",
        "UB", "OB", "dafür", "dagegen", "Enthaltung", "Es wurde nicht abgestimmt.")) {
      assertTrue(text.contains(Pages.squeezed(fact)), () -> "missing: " + fact);
    }
    assertFalse(text.contains("\uFB00") || text.contains("\uFB01") || text.contains("\uFB02"),
        "no ligature characters");
    assertTrue(text.contains("öffentlich"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de-DE", "en"})
  void catalogTitleAndLanguage(String tag) throws IOException {
    Locale locale = locale(tag);
    PdfRenderer renderer = Samples.shared(locale);
    ExcerptDocument document = renderer.options().layout(Samples.reference());
    try (PDDocument pdf = Loader.loadPDF(renderer.renderToBytes(document))) {
      PDDocumentCatalog catalog = pdf.getDocumentCatalog();
      assertEquals(tag, catalog.getLanguage());
      assertEquals(document.info().language(), catalog.getLanguage());
      assertTrue(catalog.getViewerPreferences().displayDocTitle());
      assertEquals(document.title(), pdf.getDocumentInformation().getTitle());
      assertEquals("Stadt Herne", pdf.getDocumentInformation().getAuthor());
      assertEquals(document.info().subject(), pdf.getDocumentInformation().getSubject());
      assertEquals("2017/0137, Anfrage_Formular, Rat der Stadt, 2017-02-28",
          pdf.getDocumentInformation().getKeywords());
      assertEquals("ratsinfo", pdf.getDocumentInformation().getProducer());
      assertNotNull(catalog.getMarkInfo());
      assertTrue(catalog.getMarkInfo().isMarked());
      assertNotNull(catalog.getStructureTreeRoot());
      assertEquals(1, catalog.getOutputIntents().size());

      String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
      assertTrue(xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"), xmp);
      assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
      assertTrue(xmp.contains(">" + document.title() + "</rdf:li>"), xmp);
      assertTrue(xmp.contains("<rdf:li>Stadt Herne</rdf:li>"), xmp);
      assertTrue(xmp.contains("<pdf:Producer>ratsinfo</pdf:Producer>"), xmp);
      assertTrue(xmp.contains("<xmp:CreateDate>2026-11-26T10:15:30Z</xmp:CreateDate>"), xmp);

      COSArray id = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
      assertNotNull(id);
      assertEquals(2, id.size());
    }
  }

  @Test
  void everyFontIsEmbedded() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(Samples.render(Samples.reference(), Locale.GERMANY))) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertTrue(font.isEmbedded(), () -> "not embedded: " + font.getName());
          fonts.add(font.getName());
        }
      }
      assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+NotoSans-Regular")), fonts::toString);
      assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+NotoSans-Bold")), fonts::toString);
      assertTrue(fonts.stream().allMatch(f -> f.contains("+NotoSans-")), fonts::toString);
    }
  }

  @Test
  void bookmarksForSectionsAndQuestions() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(Samples.render(Samples.reference(), Locale.GERMANY))) {
      List<String> top = new ArrayList<>();
      List<String> answers = new ArrayList<>();
      for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        top.add(item.getTitle());
        if (item.getTitle().equals("Antwort")) {
          item.children().forEach(child -> answers.add(child.getTitle()));
        }
      }
      assertEquals(List.of(
          "2017/0137 Anfrage: Sachstand Erneuerung des städtischen Internetauftritts",
          "Fragen", "Antwort", "Ergänzende mündliche Zusatzfragen", "Abstimmungsergebnis"), top);
      assertEquals(4, answers.size());
      assertEquals("Frage 1: Wie ist der Sachstand und der Zeitplan bei der Runderneuerung des "
          + "städtischen Internetauftritts?", answers.get(0));
    }
  }

  /**
   * The tags follow the reading order: everything is inside the article, whose parts come in the
   * order of the page (openhtmltopdf tags floats, for one, as sections at the end of the document).
   */
  @Test
  void tagsFollowTheReadingOrder() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(Samples.render(Samples.reference(), Locale.GERMANY))) {
      PDStructureElement document =
          (PDStructureElement) pdf.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
      assertEquals("Document", document.getStructureType());
      List<String> top = types(document);
      assertEquals(List.of("Div"), top, "one child of Document");
      PDStructureElement div = (PDStructureElement) document.getKids().get(0);
      assertEquals(List.of("Art"), types(div));
      PDStructureElement article = (PDStructureElement) div.getKids().get(0);
      assertEquals(List.of("Div", "Div", "Sect", "Sect", "Sect", "Sect", "Sect"), types(article));
    }
  }

  private static List<String> types(PDStructureElement element) {
    return element.getKids().stream()
        .filter(PDStructureElement.class::isInstance)
        .map(kid -> ((PDStructureElement) kid).getStructureType())
        .toList();
  }

}
