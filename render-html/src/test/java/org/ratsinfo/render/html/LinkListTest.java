package org.ratsinfo.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ratsinfo.testing.PaperContexts;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.DocumentInfo;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.LinkList;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.SectionKind;
import org.ratsinfo.model.Audience;

/**
 * A {@link LinkList} is a {@code ul.ratsinfo-links}, an {@code li} per entry with its prefix, text and
 * detail; the text is an {@code a} exactly where the entry has a target, with the target as {@code
 * href} and nothing else that could open or fetch anything, and it carries the language of the data
 * where that is not the document's; in a page and in a fragment. The Beratungsfolge of a laid-out
 * excerpt is a table whose corner header ("Datum") is a column header.
 */
class LinkListTest {

  static final List<LinkList.Entry> ENTRIES = List.of(
      new LinkList.Entry("Paper: ", "Anfrage 2017/0137", URI.create("https://ris.example/files/1.pdf"),
          " (PDF, 121 KB)", "de"),
      new LinkList.Entry("", "Anlage 2: Stellungnahme (nur in Papierform)", null, "", "de"),
      new LinkList.Entry("", "Anlage 3: Zeitplan <Entwurf> & Kosten",
          URI.create("http://ris.example/d?id=3&format=pdf"), " (PDF, 1.2 MB)", "de"),
      new LinkList.Entry("Amendment to: ", "2017/0151 Änderungsantrag", null, "", null),
      new LinkList.Entry("", "Übersicht", URI.create("https://ris.example/%C3%BCbersicht?q=%22x%22"), "",
          null));

  /** An English document of German data: the attachments of an item. */
  static ExcerptDocument document() {
    List<Block> blocks = List.of(new Section(SectionKind.ATTACHMENTS, "Attachments",
        List.of(new LinkList(ENTRIES))));
    DocumentInfo info = new DocumentInfo("Excerpt - TOP 19.1", "", "Stadt Herne", List.of(), "en");
    return new ExcerptDocument(Locale.ENGLISH, Audience.PUBLIC, info, "Stadt Herne",
        "Excerpt - TOP 19.1", blocks);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void entriesAreListItemsAndLinksWhereTheyHaveATarget(boolean fragment) {
    String html = HtmlRenderer.builder().fragment(fragment).build().renderToString(document());
    Document page = Reference.parse(html);
    Element list = page.selectFirst("section.ratsinfo-section-attachments > ul.ratsinfo-links");
    assertNotNull(list, html);
    Elements items = list.children();
    assertEquals(ENTRIES.stream().map(LinkList.Entry::plainText).toList(), items.eachText());
    for (int i = 0; i < ENTRIES.size(); i++) {
      LinkList.Entry entry = ENTRIES.get(i);
      Element item = items.get(i);
      assertEquals("li", item.tagName());
      assertEquals(entry.plainText(), item.wholeText(), "an entry on one line, as written");
      Elements links = item.select("a");
      if (entry.target() == null) {
        assertTrue(links.isEmpty(), item::outerHtml);
        Element span = item.selectFirst("span");
        if (entry.textLanguage() == null) {
          assertEquals(0, item.childrenSize(), item::outerHtml);
        } else {
          assertEquals(entry.text(), span.wholeText());
          assertEquals(entry.textLanguage(), span.attr("lang"));
          assertEquals(entry.textLanguage(), span.attr("xml:lang"));
        }
      } else {
        assertEquals(1, links.size(), item::outerHtml);
        Element link = links.first();
        assertEquals(entry.text(), link.wholeText());
        assertEquals(entry.target().toASCIIString(), link.attr("href"));
        assertEquals("ratsinfo-link", link.className());
        List<String> attributes = link.attributes().asList().stream().map(a -> a.getKey()).toList();
        assertEquals(entry.textLanguage() == null ? List.of("class", "href")
            : List.of("class", "href", "lang", "xml:lang"), attributes);
        if (entry.textLanguage() != null) {
          assertEquals(entry.textLanguage(), link.attr("lang"));
        }
      }
    }
    assertEquals(List.of("https://ris.example/files/1.pdf", "http://ris.example/d?id=3&format=pdf",
        "https://ris.example/%C3%BCbersicht?q=%22x%22"), page.select("a").eachAttr("href"));
    assertEquals(3, page.select("[href]").size());
    // The markup characters of a name are text, the ampersand of an address is escaped.
    assertTrue(html.contains(">Anlage 3: Zeitplan &lt;Entwurf&gt; &amp; Kosten</a>"), html);
    assertTrue(html.contains("href=\"http://ris.example/d?id=3&amp;format=pdf\""), html);
  }

  /**
   * What the renderer relies on: an entry cannot carry a target that would run script, show data or
   * reach the reader's files, nor a relative one, whatever its case.
   */
  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>",
      "file:///etc/passwd", "vbscript:x", "ftp://ris.example/a", "//ris.example/a", "/files/a.pdf",
      "mailto:rat@herne.example"})
  void anEntryRefusesATargetThatIsNoWebAddress(String target) {
    assertThrows(IllegalArgumentException.class,
        () -> new LinkList.Entry("", "Anlage", URI.create(target), "", null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void anExcerptShowsItsBeratungsfolgeLinkedPapersAndAttachments(String language) {
    Locale locale = Locale.forLanguageTag(language);
    String html = PaperContext.renderer(false, locale).renderToString(PaperContext.excerpt());
    Document page = Reference.parse(html);
    Element table = page.selectFirst(
        "section.ratsinfo-section-paper > section.ratsinfo-section-consultations table");
    assertNotNull(table, html);
    assertEquals(List.of(language.equals("de") ? "Datum" : "Date",
        language.equals("de") ? "Gremium" : "Body", language.equals("de") ? "Rolle" : "Role",
        language.equals("de") ? "Ergebnis" : "Result"), table.select("thead th[scope=col]").eachText());
    assertTrue(table.select("thead td").isEmpty());
    assertEquals(3, table.select("tbody th[scope=row]").size());
    // Files link to their access URLs, linked papers to the integrator's address; a file without an
    // address is no link.
    assertEquals(List.of(
            PaperContexts.PAPERS + "2016/0890",
            PaperContexts.FILES + "2017-0137.pdf",
            PaperContexts.FILES + "2017-0137-anlage-1.pdf",
            PaperContexts.PAPERS + "2017/0137",
            PaperContexts.FILES + "praesentation.pdf",
            PaperContexts.FILES + "beschluss-19-1.pdf"),
        page.select("a").eachAttr("href"));
    Element attachments = page.select("section.ratsinfo-section-attachments").first();
    assertTrue(attachments.text().contains("Anlage 2: Stellungnahme der Verwaltung (nur in Papierform)"));
    assertEquals("Anlage 1: Zeitplan <Entwurf> & Kosten",
        attachments.select("a").get(1).wholeText());
    // In an English document the data are marked German; in a German one nothing is marked.
    Elements marked = page.select(".ratsinfo-links [lang]");
    if (language.equals("en")) {
      assertEquals(7, marked.size(), marked.outerHtml());
      assertEquals(List.of("de-DE"), marked.eachAttr("lang").stream().distinct().toList());
    } else {
      assertEquals(0, marked.size(), marked.outerHtml());
    }
  }
}
