package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * In an English document of German data, every run of text from the data says it is German ({@code
 * w:lang}), so that Word checks its spelling and screen readers read it as German; nothing made from
 * the labels does. A German document of German data has its language once, in the defaults.
 */
class LanguageOfPartsTest {

  @Test
  void theGermanDataOfAnEnglishDocumentIsMarkedGerman() {
    Document body = new Docx(Samples.render(Samples.renderer(Locale.ENGLISH), Samples.reference()))
        .xml("word/document.xml");
    List<String> german = Docx.select(body, "//w:r[w:rPr/w:lang/@w:val='de-DE']").stream()
        .map(Node::getTextContent).toList();
    assertEquals(List.of("Rat der Stadt", "Sitzung", "großer Sitzungssaal (Raum 312)", "Rathaus Herne",
        "2017/0137 Anfrage: Sachstand Erneuerung des städtischen Internetauftritts",
        "Anfrage_Formular", "SVO Prennig, Andreas", "FB 11 - Rat und Bezirksvertretungen",
        "Gresch, Norbert"), german.subList(0, 9));
    // The four questions in the list, then each question heading and its answer, and the
    // supplementary question with its two answer paragraphs.
    assertEquals(9 + 4 + 4 * 2 + 3, german.size(), german.toString());
    // A question heading: the English label in a run of its own, the German question in another.
    Node heading = Docx.select(body, "//w:p[w:r[1]/w:t = 'Question 1: ']").get(0);
    assertEquals(List.of("Question 1: ",
        "Wie ist der Sachstand und der Zeitplan bei der Runderneuerung des städtischen "
            + "Internetauftritts?"),
        Docx.select(heading, "w:r").stream().map(Node::getTextContent).toList());
    assertTrue(Docx.select(heading, "w:r[1]/w:rPr/w:lang").isEmpty(), "the label is English");
    for (String english : List.of("Committee", "Tue, 28 Feb 2017", "noted", "Questions", "Vote")) {
      assertTrue(Docx.select(body, "//w:r[w:t = '" + english + "']").stream()
          .allMatch(run -> Docx.select(run, "w:rPr/w:lang").isEmpty()), english + " is marked");
    }
  }

  @Test
  void aGermanDocumentOfGermanDataMarksNoRun() {
    Document body = new Docx(Samples.render(Samples.renderer(Locale.GERMANY), Samples.reference()))
        .xml("word/document.xml");
    assertEquals(List.of(), Docx.select(body, "//w:lang"));
  }
}
