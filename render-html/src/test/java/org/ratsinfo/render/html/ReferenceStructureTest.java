package org.ratsinfo.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The reference excerpt as HTML: every fact of the original, in accessible structure. */
class ReferenceStructureTest {

  private static final Document PAGE = Reference.parse(Reference.render(false, Locale.GERMANY));
  private static final Document FRAGMENT = Reference.parse(Reference.render(true, Locale.GERMANY));

  private static final List<String> QUESTIONS = List.of(
      "Wie ist der Sachstand und der Zeitplan bei der Runderneuerung des städtischen Internetauftritts?",
      "Wann wurde das Thema das letzte Mal im IT-Arbeitskreis besprochen?",
      "Welche E-Government-Anwendungen wird der neue Internetauftritt bei seinem Start enthalten und"
          + " welche sollen bis Ende 2018 dazu kommen?",
      "Welche Bürger-Beteiligungs-Möglichkeiten werden auf dem neuen Internetauftritt angeboten werden?");

  private static final List<String> ANSWER_STARTS = List.of(
      "Die vorbereitenden Arbeiten am neuen Internetauftritt, insbesondere Gestaltung und Programmierung,",
      "Das Thema ist zuletzt am 1. Dezember 2016 in der Arbeitsgruppe Informationsverarbeitung",
      "Zum jetzigen Zeitpunkt wird in der Stadtverwaltung die Infrastruktur für die Bereitstellung",
      "Erfolgreiche Formate hat es in der Vergangenheit z. B. mit der Imagekampagne „Herne kann was“");

  private static final List<String> GROUPS =
      List.of("gesamt", "SPD", "CDU", "Grüne", "Linke", "Piraten/AL", "AfD", "FDP", "UB", "OB");

  @Test
  void headOfThePage() {
    assertEquals("de-DE", PAGE.selectFirst("html").attr("lang"));
    assertEquals("Auszug - Anfrage: Sachstand Erneuerung des städtischen Internetauftritts", PAGE.title());
    assertEquals("utf-8", PAGE.selectFirst("meta[charset]").attr("charset"));
    assertNotNull(PAGE.selectFirst("meta[name=viewport]"));
    assertEquals("Stadt Herne", PAGE.selectFirst("meta[name=author]").attr("content"));
    assertEquals("Anfrage: Sachstand Erneuerung des städtischen Internetauftritts",
        PAGE.selectFirst("meta[name=description]").attr("content"));
    assertEquals("2017/0137, Anfrage_Formular, Rat der Stadt, 2017-02-28",
        PAGE.selectFirst("meta[name=keywords]").attr("content"));
    assertEquals("ratsinfo", PAGE.selectFirst("meta[name=generator]").attr("content"));
    assertEquals(1, PAGE.select("style").size());
    assertTrue(PAGE.selectFirst("style").data().contains("@media print"));
    assertEquals(0, PAGE.select("script, link, img").size());
  }

  @Test
  void titleAndBodyName() {
    Elements h1 = PAGE.select("h1");
    assertEquals(1, h1.size());
    assertEquals("Auszug - Anfrage: Sachstand Erneuerung des städtischen Internetauftritts", h1.text());
    Element bodyName = h1.first().previousElementSibling();
    assertEquals("p", bodyName.tagName());
    assertEquals("Stadt Herne", bodyName.text());
  }

  @Test
  void headerFieldsAsDescriptionLists() {
    Map<String, String> meeting = fields(PAGE.selectFirst("dl.ratsinfo-fields-meeting"));
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
    assertEquals(expected, meeting);

    Element paper = PAGE.selectFirst("section.ratsinfo-section-paper");
    assertEquals("h2", paper.child(0).tagName());
    assertEquals("2017/0137 Anfrage: Sachstand Erneuerung des städtischen Internetauftritts",
        paper.child(0).text());
    Map<String, String> paperFields = fields(paper.selectFirst("dl.ratsinfo-fields-paper"));
    assertEquals(Map.of(
        "Status", "öffentlich",
        "Vorlage-Art", "Anfrage_Formular",
        "Verfasser", "SVO Prennig, Andreas",
        "Federführend", "FB 11 - Rat und Bezirksvertretungen",
        "Bearbeiter/-in", "Gresch, Norbert"), paperFields);
  }

  /** Every child of the list is a div of exactly one dt and one dd. */
  private static Map<String, String> fields(Element dl) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element group : dl.children()) {
      assertEquals("div", group.tagName());
      assertEquals(2, group.childrenSize());
      assertEquals("dt", group.child(0).tagName());
      assertEquals("dd", group.child(1).tagName());
      fields.put(group.child(0).text(), group.child(1).text());
    }
    return fields;
  }

  @Test
  void questionsAsOrderedList() {
    Element section = PAGE.selectFirst("section.ratsinfo-section-questions");
    assertEquals("Fragen", section.selectFirst("h2").text());
    Elements items = section.select("ol > li");
    assertEquals(4, items.size());
    for (int i = 0; i < 4; i++) {
      assertEquals(Integer.toString(i + 1), items.get(i).attr("value"));
      assertEquals(QUESTIONS.get(i), items.get(i).text());
    }
  }

  @Test
  void answersWithTheirQuestions() {
    Element section = PAGE.selectFirst("section.ratsinfo-section-answer");
    assertEquals("Antwort", section.selectFirst("h2").text());
    assertEquals("Herr Oberbürgermeister Dr. Dudda beantwortet die Anfrage wie folgt:",
        section.selectFirst("p.ratsinfo-lead").text());
    Elements headings = section.select("h3");
    assertEquals(4, headings.size());
    for (int i = 0; i < 4; i++) {
      Element heading = headings.get(i);
      assertEquals("Frage " + (i + 1) + ": " + QUESTIONS.get(i), heading.text());
      assertEquals("Frage " + (i + 1), heading.selectFirst("span.ratsinfo-qa-label").text());
      Element answer = heading.nextElementSibling();
      assertTrue(answer.text().startsWith(ANSWER_STARTS.get(i)), answer.text());
    }
    // The no-break spaces of the original survive.
    assertTrue(section.wholeText().contains("Pilotprojekte\u00A0 (z. B."));
  }

  @Test
  void supplementaryQuestion() {
    Element section = PAGE.selectFirst("section.ratsinfo-section-supplementary-questions");
    assertEquals("Ergänzende mündliche Zusatzfragen", section.selectFirst("h2").text());
    Element heading = section.selectFirst("h3");
    assertEquals("Ergänzende mündliche Zusatzfrage Piraten/AL", heading.selectFirst("span").text());
    assertEquals("Ergänzende mündliche Zusatzfrage Piraten/AL: Beabsichtigt die Stadt Herne, sich an"
        + " einem oder beiden der folgenden Wettbewerbe zu beteiligen; wenn nein,warum nicht?",
        heading.text());
    Elements answer = heading.nextElementSibling().select("p");
    assertEquals(2, answer.size());
    assertTrue(answer.get(0).text().startsWith(
        "Zum einen hat der Wettbewerb \"Modellkommune Open Government\" vorrangig"));
    assertEquals("In diesem Jahr steht die Umsetzung bestehender Projekte im Vordergrund, so dass von"
        + " einer erneuten Teilnahme in diesem Jahr abgesehen wurde.", answer.get(1).text());
  }

  @Test
  void voteTallyTable() {
    Element section = PAGE.selectFirst("section.ratsinfo-section-vote");
    assertEquals("Abstimmungsergebnis", section.selectFirst("h2").text());
    Element table = section.selectFirst("table");
    assertEquals("Abstimmungsergebnis", table.selectFirst("caption").text());
    assertEquals(table, table.selectFirst("caption").parent());
    Elements headRow = table.select("thead > tr");
    assertEquals(1, headRow.size());
    Element corner = headRow.first().child(0);
    assertEquals("td", corner.tagName());
    List<String> columns = new ArrayList<>();
    for (Element th : headRow.first().select("th")) {
      assertEquals("col", th.attr("scope"));
      columns.add(th.text());
    }
    assertEquals(GROUPS, columns);
    Elements rows = table.select("tbody > tr");
    List<String> rowHeaders = new ArrayList<>();
    for (Element row : rows) {
      Element th = row.child(0);
      assertEquals("th", th.tagName());
      assertEquals("row", th.attr("scope"));
      rowHeaders.add(th.text());
      Elements cells = row.select("td");
      assertEquals(GROUPS.size(), cells.size());
      cells.forEach(td -> assertEquals("", td.text()));
    }
    assertEquals(List.of("dafür", "dagegen", "Enthaltung"), rowHeaders);
    Element note = table.parent().nextElementSibling();
    assertEquals("p", note.tagName());
    assertEquals("Es wurde nicht abgestimmt.", note.text());
  }

  @Test
  void headingsDoNotSkipLevels() {
    for (Document document : List.of(PAGE, FRAGMENT)) {
      int previous = 0;
      for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
        int level = heading.tagName().charAt(1) - '0';
        assertTrue(level <= previous + 1, "skipped to " + heading + " after h" + previous);
        previous = level;
      }
      assertEquals(1, document.select("h1").size());
      assertEquals(5, document.select("h2").size());
    }
  }

  @Test
  void everyClassIsPrefixedAndNoIds() {
    for (Document document : List.of(PAGE, FRAGMENT)) {
      for (Element element : document.getAllElements()) {
        for (String name : element.classNames()) {
          assertTrue(name.startsWith("ratsinfo-"), name);
        }
      }
      assertTrue(document.select("[id]").isEmpty());
      assertTrue(document.select("[style]").isEmpty());
    }
  }

  @Test
  void fragmentIsOneArticle() {
    String html = Reference.render(true, Locale.GERMANY);
    assertTrue(html.startsWith("<article class=\"ratsinfo-excerpt\" lang=\"de-DE\""), html);
    assertTrue(html.endsWith("</article>\n"));
    Document document = Reference.parse(html);
    Elements roots = document.body().children();
    assertEquals(1, roots.size());
    assertEquals("article", roots.first().tagName());
    assertTrue(roots.first().hasClass("ratsinfo-excerpt"));
    assertTrue(document.head().children().isEmpty());
    assertEquals(0, document.select("style, script, link, img, meta, title").size());
    assertEquals(0, html.indexOf("<article"));
    assertEquals(html.lastIndexOf("<article"), html.indexOf("<article"));
  }

  @Test
  void pageEmbedsTheFragment() {
    String page = Reference.render(false, Locale.GERMANY);
    String fragment = Reference.render(true, Locale.GERMANY);
    String indented = fragment.lines().map(line -> "    " + line + "\n")
        .reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append).toString();
    assertTrue(page.contains(indented));
  }

  @Test
  void englishLabels() {
    Document en = Reference.parse(Reference.render(false, Locale.ENGLISH));
    assertEquals("en", en.selectFirst("html").attr("lang"));
    assertEquals("en", en.selectFirst("article").attr("lang"));
    assertEquals(1, en.select("h1").size());
    assertEquals(4, en.select("section.ratsinfo-section-answer h3").size());
  }
}
