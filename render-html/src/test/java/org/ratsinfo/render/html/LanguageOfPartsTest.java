package org.ratsinfo.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ratsinfo.render.RenderOptions;

/**
 * WCAG 2.1, 3.1.2 Language of Parts: in an English page of German data, every text from the data is
 * in an element that says it is German, and nothing made from the labels is; a German page of German
 * data names its language once.
 */
class LanguageOfPartsTest {

  @Test
  void theGermanDataOfAnEnglishPageIsMarkedGerman() {
    Document page = Reference.parse(Reference.render(false, Locale.ENGLISH));
    List<String> german = page.select("article [lang]").eachText();
    assertEquals(List.of(
        "Rat der Stadt", "Sitzung", "großer Sitzungssaal (Raum 312)", "Rathaus Herne",
        "2017/0137 Anfrage: Sachstand Erneuerung des städtischen Internetauftritts",
        "Anfrage_Formular", "SVO Prennig, Andreas", "FB 11 - Rat und Bezirksvertretungen",
        "Gresch, Norbert"), german.subList(0, 9));
    for (Element marked : page.select("article [lang]")) {
      assertEquals("de-DE", marked.attr("lang"), marked.outerHtml());
      assertEquals("de-DE", marked.attr("xml:lang"), "polyglot markup: " + marked.outerHtml());
    }
    // The list of questions, each question heading's question and each answer.
    assertEquals(1, page.select("ol[lang=de-DE]").size());
    assertEquals(5, page.select(".ratsinfo-qa-heading > span[lang=de-DE]").size());
    assertEquals(5, page.select("div.ratsinfo-qa-answer[lang=de-DE]").size());
    // On the element itself where all of it is data, so that PDF's structure gets it too.
    assertEquals(List.of("dd", "dd", "dd", "dd", "h2", "dd", "dd", "dd", "dd", "ol"),
        page.select("article [lang]").stream().map(Element::tagName).toList().subList(0, 10));
    // Labels and values made from them stay English.
    for (String english : List.of("Committee", "Date", "Tue, 28 Feb 2017", "noted", "Questions",
        "Question 1", "Vote")) {
      for (Element element : page.select("article *:containsOwn(" + english + ")")) {
        assertNull(element.closest("[lang=de-DE]"),
            english + " is marked German: " + element.outerHtml());
      }
    }
    assertTrue(page.select("h1 [lang]").isEmpty(), "the title, English and German in one, is not marked");
  }

  @Test
  void aGermanPageOfGermanDataNamesItsLanguageOnlyAtTheTop() {
    Document page = Reference.parse(Reference.render(false, Locale.GERMANY));
    assertEquals(List.of("html", "article"),
        page.select("[lang]").stream().map(Element::tagName).toList());
  }

  @Test
  void theContentLanguageIsAnOption() {
    HtmlRenderer renderer = HtmlRenderer.builder().options(RenderOptions.builder()
        .locale(Locale.GERMANY).contentLanguage(Locale.UK).build()).build();
    Document page = Reference.parse(renderer.renderToString(Reference.excerpt()));
    assertEquals("en-GB", page.selectFirst(".ratsinfo-field-organization dd").attr("lang"));
  }
}
