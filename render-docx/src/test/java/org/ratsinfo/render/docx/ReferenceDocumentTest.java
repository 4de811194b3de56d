package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ratsinfo.render.docx.Docx.select;
import static org.ratsinfo.render.docx.Docx.string;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.ratsinfo.document.ExcerptDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * The reference excerpt as DOCX: every fact of the scraped original is there, in real Word structure
 * (styles, numbering, tables with header rows), with properties and language.
 */
class ReferenceDocumentTest {

  private static final Docx DE = new Docx(Samples.render(Samples.renderer(Locale.GERMANY), Samples.reference()));
  private static final Docx EN = new Docx(Samples.render(Samples.renderer(Locale.ENGLISH), Samples.reference()));

  private static final String TITLE = "Auszug - Anfrage: Sachstand Erneuerung des städtischen Internetauftritts";
  private static final List<String> QUESTIONS = List.of(
      "Wie ist der Sachstand und der Zeitplan bei der Runderneuerung des städtischen Internetauftritts?",
      "Wann wurde das Thema das letzte Mal im IT-Arbeitskreis besprochen?",
      "Welche E-Government-Anwendungen wird der neue Internetauftritt bei seinem Start enthalten und "
          + "welche sollen bis Ende 2018 dazu kommen?",
      "Welche Bürger-Beteiligungs-Möglichkeiten werden auf dem neuen Internetauftritt angeboten werden?");
  private static final List<String> ANSWER_STARTS = List.of(
      "Die vorbereitenden Arbeiten am neuen Internetauftritt",
      "Das Thema ist zuletzt am 1. Dezember 2016",
      "Zum jetzigen Zeitpunkt wird in der Stadtverwaltung",
      "Erfolgreiche Formate hat es in der Vergangenheit");
  private static final List<String> GROUPS =
      List.of("gesamt", "SPD", "CDU", "Grüne", "Linke", "Piraten/AL", "AfD", "FDP", "UB", "OB");

  /** The body's paragraphs at the top level (not in tables): style id and text. */
  private record Para(String style, String text, Node node) {}

  private static List<Para> paragraphs(Docx docx) {
    List<Para> result = new ArrayList<>();
    for (Node p : select(docx.xml("word/document.xml"), "/w:document/w:body/w:p")) {
      result.add(new Para(string(p, "w:pPr/w:pStyle/@w:val"), text(p), p));
    }
    return result;
  }

  private static String text(Node p) {
    StringBuilder text = new StringBuilder();
    for (Node n : select(p, ".//w:t | .//w:br | .//w:tab")) {
      switch (n.getLocalName()) {
        case "t" -> text.append(n.getTextContent());
        case "br" -> text.append('\n');
        default -> text.append('\t');
      }
    }
    return text.toString();
  }

  private static List<String> withStyle(Docx docx, String style) {
    return paragraphs(docx).stream().filter(p -> p.style().equals(style)).map(Para::text).toList();
  }

  /** The rows of a body table: the text of each cell. */
  private static List<List<String>> rows(Node table) {
    List<List<String>> rows = new ArrayList<>();
    for (Node tr : select(table, "w:tr")) {
      List<String> cells = new ArrayList<>();
      for (Node tc : select(tr, "w:tc")) {
        cells.add(String.join("\n", select(tc, "w:p").stream().map(ReferenceDocumentTest::text).toList()));
      }
      rows.add(cells);
    }
    return rows;
  }

  private static List<Node> tables(Docx docx) {
    return select(docx.xml("word/document.xml"), "/w:document/w:body/w:tbl");
  }

  private static Map<String, String> fields(Node table) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (List<String> row : rows(table)) {
      assertEquals(2, row.size(), row.toString());
      fields.put(row.get(0), row.get(1));
    }
    return fields;
  }

  @Test
  void titleAndBodyName() {
    assertEquals(List.of(TITLE), withStyle(DE, "Title"));
    assertEquals(List.of("Stadt Herne"), withStyle(DE, "AuszugKoerperschaft"));
    assertEquals("AuszugKoerperschaft", paragraphs(DE).get(0).style());
    assertEquals("Title", paragraphs(DE).get(1).style());
  }

  @Test
  void meetingFieldsAreATwoColumnTable() {
    Node table = tables(DE).get(0);
    assertEquals("AuszugFelder", string(table, "w:tblPr/w:tblStyle/@w:val"));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("TOP", "Ö 19.1");
    expected.put("Gremium", "Rat der Stadt");
    expected.put("Beschlussart", "zur Kenntnis genommen");
    expected.put("Datum", "Di, 28.02.2017");
    expected.put("Status", "öffentlich/nichtöffentlich");
    expected.put("Zeit", "16:00 - 17:55");
    expected.put("Anlass", "Sitzung");
    expected.put("Raum", "großer Sitzungssaal (Raum 312)");
    expected.put("Ort", "Rathaus Herne");
    assertEquals(expected, fields(table));
    for (Node tr : select(table, "w:tr")) {
      assertEquals("AuszugFeldname", string(tr, "w:tc[1]/w:p/w:pPr/w:pStyle/@w:val"));
      assertEquals("AuszugFeldwert", string(tr, "w:tc[2]/w:p/w:pPr/w:pStyle/@w:val"));
    }
  }

  @Test
  void paperSectionHasItsHeadingAndFields() {
    List<String> headings = withStyle(DE, "Heading1");
    assertEquals(List.of(
        "2017/0137 Anfrage: Sachstand Erneuerung des städtischen Internetauftritts",
        "Fragen", "Antwort", "Ergänzende mündliche Zusatzfragen", "Abstimmungsergebnis"), headings);
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Status", "öffentlich");
    expected.put("Vorlage-Art", "Anfrage_Formular");
    expected.put("Verfasser", "SVO Prennig, Andreas");
    expected.put("Federführend", "FB 11 - Rat und Bezirksvertretungen");
    expected.put("Bearbeiter/-in", "Gresch, Norbert");
    assertEquals(expected, fields(tables(DE).get(1)));
    // Both field tables share one label width, so that their values line up.
    assertEquals(string(tables(DE).get(0), "w:tblGrid/w:gridCol[1]/@w:w"),
        string(tables(DE).get(1), "w:tblGrid/w:gridCol[1]/@w:w"));
  }

  @Test
  void questionsAreARealNumberedList() {
    List<Para> items = paragraphs(DE).stream().filter(p -> p.style().equals("ListNumber")).toList();
    assertEquals(QUESTIONS, items.stream().map(Para::text).toList());
    Document numbering = DE.xml("word/numbering.xml");
    String numId = string(items.get(0).node(), "w:pPr/w:numPr/w:numId/@w:val");
    for (Para item : items) {
      assertEquals(numId, string(item.node(), "w:pPr/w:numPr/w:numId/@w:val"));
      assertEquals("0", string(item.node(), "w:pPr/w:numPr/w:ilvl/@w:val"));
    }
    Node num = select(numbering, "/w:numbering/w:num[@w:numId='" + numId + "']").get(0);
    assertEquals("1", string(num, "w:lvlOverride[@w:ilvl='0']/w:startOverride/@w:val"));
    String abstractId = string(num, "w:abstractNumId/@w:val");
    Node level = select(numbering,
        "/w:numbering/w:abstractNum[@w:abstractNumId='" + abstractId + "']/w:lvl[@w:ilvl='0']").get(0);
    assertEquals("decimal", string(level, "w:numFmt/@w:val"));
    assertEquals("%1.", string(level, "w:lvlText/@w:val"));
  }

  @Test
  void answersFollowTheirQuestionHeadings() {
    List<Para> all = paragraphs(DE);
    List<String> lead = withStyle(DE, "AuszugEinleitung");
    assertEquals(List.of("Herr Oberbürgermeister Dr. Dudda beantwortet die Anfrage wie folgt:"), lead);
    List<String> headings2 = withStyle(DE, "Heading2");
    assertEquals(5, headings2.size(), headings2.toString());
    for (int i = 0; i < 4; i++) {
      String heading = "Frage " + (i + 1) + ": " + QUESTIONS.get(i);
      assertEquals(heading, headings2.get(i));
      int at = indexOf(all, heading);
      Para answer = all.get(at + 1);
      assertEquals("", answer.style(), "answers are Normal");
      assertTrue(answer.text().startsWith(ANSWER_STARTS.get(i)), answer.text());
    }
    String supplementary = "Ergänzende mündliche Zusatzfrage Piraten/AL: Beabsichtigt die Stadt Herne, sich an "
        + "einem oder beiden der folgenden Wettbewerbe zu beteiligen; wenn nein,warum nicht?";
    assertEquals(supplementary, headings2.get(4));
    int at = indexOf(all, supplementary);
    assertTrue(all.get(at + 1).text().startsWith("Zum einen hat der Wettbewerb \"Modellkommune Open Government\""));
    assertTrue(all.get(at + 1).text().endsWith("15. eGovernment-Wettbewerb teilgenommen."));
    assertEquals("In diesem Jahr steht die Umsetzung bestehender Projekte im Vordergrund, so dass von einer "
        + "erneuten Teilnahme in diesem Jahr abgesehen wurde.", all.get(at + 2).text());
  }

  private static int indexOf(List<Para> paragraphs, String text) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).text().equals(text)) {
        return i;
      }
    }
    throw new AssertionError("no paragraph " + text);
  }

  @Test
  void emptyTallyIsATableWithARepeatingHeaderRowAndRowHeaders() {
    List<Node> tables = tables(DE);
    assertEquals(3, tables.size());
    Node tally = tables.get(2);
    assertEquals("AuszugAbstimmung", string(tally, "w:tblPr/w:tblStyle/@w:val"));
    assertEquals("Abstimmungsergebnis", string(tally, "w:tblPr/w:tblCaption/@w:val"));
    List<List<String>> rows = rows(tally);
    List<String> head = new ArrayList<>();
    head.add("");
    head.addAll(GROUPS);
    assertEquals(head, rows.get(0));
    assertEquals(List.of("dafür", "dagegen", "Enthaltung"), rows.subList(1, 4).stream().map(r -> r.get(0)).toList());
    for (List<String> row : rows.subList(1, 4)) {
      assertEquals(11, row.size());
      assertTrue(row.subList(1, 11).stream().allMatch(String::isEmpty), "no vote taken: empty cells " + row);
    }
    List<Node> trs = select(tally, "w:tr");
    assertEquals(1, select(trs.get(0), "w:trPr/w:tblHeader").size(), "first row repeats as header");
    for (Node tr : trs.subList(1, trs.size())) {
      assertEquals(0, select(tr, "w:trPr/w:tblHeader").size());
      assertEquals("AuszugZeilenkopf", string(tr, "w:tc[1]/w:p/w:pPr/w:pStyle/@w:val"), "row header");
      assertEquals("AuszugTabellenzelle", string(tr, "w:tc[2]/w:p/w:pPr/w:pStyle/@w:val"));
    }
    assertEquals("AuszugTabellenkopf", string(trs.get(0), "w:tc[2]/w:p/w:pPr/w:pStyle/@w:val"));
    assertEquals("true", string(tally, "w:tblPr/w:tblLook/@w:firstRow"));
    assertEquals("true", string(tally, "w:tblPr/w:tblLook/@w:firstColumn"));
    // The note, a paragraph after the table, is the last paragraph of the body.
    List<Para> all = paragraphs(DE);
    assertEquals("Es wurde nicht abgestimmt.", all.get(all.size() - 1).text());
    assertEquals("AuszugHinweis", all.get(all.size() - 1).style());
  }

  @Test
  void everyTableHasAGridMatchingItsCells() {
    for (Node table : tables(DE)) {
      List<Node> grid = select(table, "w:tblGrid/w:gridCol");
      assertFalse(grid.isEmpty());
      int total = 0;
      for (Node col : grid) {
        total += Integer.parseInt(string(col, "@w:w"));
      }
      assertEquals(Integer.parseInt(string(table, "w:tblPr/w:tblW/@w:w")), total);
      for (Node tr : select(table, "w:tr")) {
        assertEquals(grid.size(), select(tr, "w:tc").size());
      }
    }
  }

  @Test
  void stylesAreDefinedWithOutlineLevels() {
    Document styles = DE.xml("word/styles.xml");
    assertEquals("0", string(styles, "//w:style[@w:styleId='Heading1']/w:pPr/w:outlineLvl/@w:val"));
    assertEquals("1", string(styles, "//w:style[@w:styleId='Heading2']/w:pPr/w:outlineLvl/@w:val"));
    assertEquals("2", string(styles, "//w:style[@w:styleId='Heading3']/w:pPr/w:outlineLvl/@w:val"));
    assertEquals("heading 1", string(styles, "//w:style[@w:styleId='Heading1']/w:name/@w:val"));
    assertEquals("Title", string(styles, "//w:style[@w:styleId='Title']/w:name/@w:val"));
    Set<String> defined = new TreeSet<>();
    for (Node id : select(styles, "//w:style/@w:styleId")) {
      defined.add(id.getNodeValue());
    }
    for (String part : List.of("word/document.xml", "word/header1.xml", "word/footer1.xml")) {
      for (Node used : select(DE.xml(part), "//w:pStyle/@w:val | //w:tblStyle/@w:val")) {
        assertTrue(defined.contains(used.getNodeValue()), used.getNodeValue() + " used in " + part);
      }
    }
    assertEquals("de-DE", string(styles, "/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val"));
  }

  @Test
  void corePropertiesAndLanguage() {
    Document core = DE.xml("docProps/core.xml");
    assertEquals(TITLE, string(core, "//dc:title"));
    assertEquals("Anfrage: Sachstand Erneuerung des städtischen Internetauftritts", string(core, "//dc:subject"));
    assertEquals("Stadt Herne", string(core, "//dc:creator"));
    assertEquals("2017/0137, Anfrage_Formular, Rat der Stadt, 2017-02-28", string(core, "//cp:keywords"));
    assertEquals("de-DE", string(core, "//dc:language"));
    assertEquals("2026-11-26T09:30:00Z", string(core, "//dcterms:created"));
    assertEquals("2026-11-26T09:30:00Z", string(core, "//dcterms:modified"));
    try (XWPFDocument doc = DE.poi()) {
      assertEquals(TITLE, doc.getProperties().getCoreProperties().getTitle());
      assertEquals("Stadt Herne", doc.getProperties().getCoreProperties().getCreator());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void pageSetupHeaderAndFooter() {
    Document document = DE.xml("word/document.xml");
    Node sectPr = select(document, "/w:document/w:body/w:sectPr").get(0);
    assertEquals("11906", string(sectPr, "w:pgSz/@w:w"));
    assertEquals("16838", string(sectPr, "w:pgSz/@w:h"));
    assertEquals("1418", string(sectPr, "w:pgMar/@w:left"));
    String header = String.join("", select(DE.xml("word/header1.xml"), "//w:t").stream().map(Node::getTextContent).toList());
    assertEquals("Stadt Herne" + TITLE, header);
    Document footer = DE.xml("word/footer1.xml");
    List<String> texts = select(footer, "//w:t | //w:instrText").stream().map(Node::getTextContent).toList();
    assertEquals(List.of("Seite ", " PAGE ", "1", " von ", " NUMPAGES ", "1"), texts);
    assertEquals(2, select(footer, "//w:fldChar[@w:fldCharType='begin']").size());
    assertEquals(2, select(footer, "//w:fldChar[@w:fldCharType='end']").size());
  }

  @Test
  void englishDocument() {
    assertEquals(List.of("Excerpt - Anfrage: Sachstand Erneuerung des städtischen Internetauftritts"),
        withStyle(EN, "Title"));
    assertTrue(withStyle(EN, "Heading1").contains("Questions"));
    assertTrue(withStyle(EN, "Heading2").get(0).startsWith("Question 1: "));
    assertEquals("en-GB", string(EN.xml("docProps/core.xml"), "//dc:language"));
    assertEquals("en-GB", string(EN.xml("word/styles.xml"), "/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val"));
    List<String> footer = select(EN.xml("word/footer1.xml"), "//w:t").stream().map(Node::getTextContent).toList();
    assertEquals(List.of("Page ", "1", " of ", "1"), footer);
    Docx us = new Docx(Samples.render(Samples.renderer(Locale.US), Samples.reference()));
    assertEquals("en-US", string(us.xml("docProps/core.xml"), "//dc:language"));
  }

  /**
   * One renderer writes each document's language into the styles: a German renderer given a document
   * laid out in English writes en-GB, and de-DE again for the next German one.
   */
  @Test
  void oneRendererDocumentsInTwoLanguages() {
    DocxRenderer renderer = Samples.renderer(Locale.GERMANY);
    ExcerptDocument english = Samples.options(Locale.ENGLISH).layout(Samples.reference());
    ExcerptDocument german = renderer.options().layout(Samples.reference());
    String defaults = "/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val";
    for (int i = 0; i < 2; i++) {
      Docx en = new Docx(renderer.renderToBytes(english));
      assertEquals("en-GB", string(en.xml("word/styles.xml"), defaults));
      assertEquals("en-GB", string(en.xml("docProps/core.xml"), "//dc:language"));
      Docx de = new Docx(renderer.renderToBytes(german));
      assertEquals("de-DE", string(de.xml("word/styles.xml"), defaults));
      assertEquals("de-DE", string(de.xml("docProps/core.xml"), "//dc:language"));
    }
  }

  @Test
  void poiExtractsEveryFact() throws Exception {
    try (XWPFDocument doc = DE.poi(); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText();
      for (String fact : List.of(TITLE, "Ö 19.1", "Rat der Stadt", "zur Kenntnis genommen", "Di, 28.02.2017",
          "öffentlich/nichtöffentlich", "16:00 - 17:55", "Sitzung", "großer Sitzungssaal (Raum 312)",
          "Rathaus Herne", "Anfrage_Formular", "SVO Prennig, Andreas", "FB 11 - Rat und Bezirksvertretungen",
          "Gresch, Norbert", "dafür", "dagegen", "Enthaltung", "Es wurde nicht abgestimmt.")) {
        assertTrue(text.contains(fact), fact);
      }
      for (String question : QUESTIONS) {
        assertTrue(text.contains(question), question);
      }
      for (String group : GROUPS) {
        assertTrue(text.contains(group), group);
      }
    }
  }
}
