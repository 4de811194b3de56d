package org.ratsinfo.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.DocumentInfo;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Field;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.document.FieldList;
import org.ratsinfo.document.LinkList;
import org.ratsinfo.document.NumberedList;
import org.ratsinfo.document.Paragraph;
import org.ratsinfo.document.QuestionAnswer;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.SectionKind;
import org.ratsinfo.document.Table;
import org.ratsinfo.model.Audience;

/**
 * Text that looks like markup, entities, template syntax and bidirectional controls, in every text of
 * the document tree (a link's text, prefix and detail too), is shown literally: no element is added,
 * every text node equals its input, and the one link's {@code href} is its target.
 */
class HostileTextTest {

  private static final String HOSTILE = "<script>alert(1)</script> \"><img src=x onerror=alert(1)>"
      + " </td> &amp; &#x3C; {{x}} ${x} \u202Egnp.exe\u202C a\u200Db ' end";

  private static String hostile(String where) {
    return where + " " + HOSTILE;
  }

  private static ExcerptDocument document() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new FieldList(FieldList.Kind.MEETING, List.of(
        new Field(FieldKey.AGENDA_ITEM, hostile("label1"), hostile("value1")),
        new Field(FieldKey.ORGANIZATION, hostile("label2"), hostile("value2")))));
    blocks.add(new Section(SectionKind.PAPER, hostile("paper"), List.of(
        new FieldList(FieldList.Kind.PAPER,
            List.of(new Field(FieldKey.PAPER_TYPE, hostile("label3"), hostile("value3")))))));
    blocks.add(new Section(SectionKind.QUESTIONS, hostile("questions"), List.of(
        new NumberedList(List.of(
            new NumberedList.Item("1", List.of(hostile("item1"))),
            new NumberedList.Item("2", List.of(hostile("item2a"), hostile("item2b"))))))));
    blocks.add(new Section(SectionKind.ANSWER, hostile("answer"), List.of(
        new Paragraph(Paragraph.Style.LEAD, hostile("lead")),
        new QuestionAnswer(QuestionAnswer.Kind.QUESTION, hostile("qlabel"),
            List.of(hostile("question"), hostile("question2")),
            List.of(hostile("answer1"), hostile("answer2"))))));
    blocks.add(new Section(SectionKind.VOTE, hostile("vote"), List.of(
        new Table(hostile("caption"), hostile("corner"), List.of(hostile("col1"), hostile("col2")),
            List.of(new Table.Row(hostile("row1"), List.of(hostile("cell11"), hostile("cell12")))),
            hostile("note")),
        new Paragraph(Paragraph.Style.NOTE, hostile("outcome")))));
    blocks.add(new Section(SectionKind.ATTACHMENTS, hostile("attachments"), List.of(new LinkList(List.of(
        new LinkList.Entry(hostile("prefix1"), hostile("link1"),
            URI.create("https://ris.example/d?a=1&b=%3Cscript%3E"), hostile("detail1"), "de"),
        new LinkList.Entry(hostile("prefix2"), hostile("text2"), null, hostile("detail2"), null))))));
    // A numbered list whose numbers are not integers: shown in the text.
    blocks.add(new NumberedList(List.of(new NumberedList.Item(hostile("n"), List.of(hostile("item3"))))));
    DocumentInfo info = new DocumentInfo(hostile("infotitle"), hostile("subject"), hostile("author"),
        List.of(hostile("kw1"), hostile("kw2")), "de-DE");
    return new ExcerptDocument(Locale.GERMANY, Audience.PUBLIC, info, hostile("body"), hostile("title"),
        blocks);
  }

  private static String render(boolean fragment) throws IOException {
    StringWriter out = new StringWriter();
    HtmlRenderer.builder().fragment(fragment).build().render(document(), out);
    return out.toString();
  }

  @Test
  void pageIsInert() throws IOException {
    check(Reference.parse(render(false)), false);
  }

  @Test
  void fragmentIsInert() throws IOException {
    check(Reference.parse(render(true)), true);
  }

  private static void check(Document document, boolean fragment) {
    assertTrue(document.select("script, img, [onerror], [src]").isEmpty(), document::outerHtml);
    Set<String> tags = new TreeSet<>();
    document.getAllElements().forEach(e -> tags.add(e.tagName()));
    assertEquals(tagsAllowed(fragment), tags);

    Element article = document.selectFirst("article");
    assertEquals(hostile("body"), article.selectFirst("p.ratsinfo-body-name").wholeText());
    assertEquals(hostile("title"), article.selectFirst("h1").wholeText());
    assertEquals(List.of(hostile("label1"), hostile("label2"), hostile("label3")), wholeTexts(article, "dt"));
    assertEquals(List.of(hostile("value1"), hostile("value2"), hostile("value3")), wholeTexts(article, "dd"));
    assertEquals(List.of(hostile("paper"), hostile("questions"), hostile("answer"), hostile("vote"),
        hostile("attachments")), wholeTexts(article, "h2"));
    assertEquals(List.of(hostile("item1"), hostile("item2a"), hostile("item2b")),
        List.of(article.select("ol").get(0).child(0).wholeText(),
            article.select("ol").get(0).child(1).child(0).wholeText(),
            article.select("ol").get(0).child(1).child(1).wholeText()));
    assertEquals(hostile("lead"), article.selectFirst("p.ratsinfo-lead").wholeText());
    assertEquals(hostile("qlabel") + ": " + hostile("question"), article.selectFirst("h3").wholeText());
    assertEquals(hostile("qlabel"), article.selectFirst("span.ratsinfo-qa-label").wholeText());
    assertEquals(hostile("question2"), article.selectFirst("p.ratsinfo-qa-question-continued").wholeText());
    assertEquals(List.of(hostile("answer1"), hostile("answer2")), wholeTexts(article, ".ratsinfo-qa-answer p"));
    assertEquals(hostile("caption"), article.selectFirst("caption").wholeText());
    assertEquals(hostile("caption"), article.selectFirst("[aria-label]").attr("aria-label"));
    // A corner header with text heads the column of row headers.
    assertEquals(List.of(hostile("corner"), hostile("col1"), hostile("col2")),
        wholeTexts(article, "thead th[scope=col]"));
    assertTrue(article.select("thead td").isEmpty());
    assertEquals(List.of(hostile("row1")), wholeTexts(article, "tbody th"));
    assertEquals(List.of(hostile("cell11"), hostile("cell12")), wholeTexts(article, "tbody td"));
    assertEquals(hostile("note"), article.selectFirst("p.ratsinfo-table-note").wholeText());
    assertEquals(hostile("outcome"), article.select("p.ratsinfo-note").get(1).wholeText());
    assertEquals(List.of(hostile("prefix1") + hostile("link1") + hostile("detail1"),
        hostile("prefix2") + hostile("text2") + hostile("detail2")), wholeTexts(article, "ul li"));
    Element link = article.selectFirst("ul li a");
    assertEquals(hostile("link1"), link.wholeText());
    assertEquals("https://ris.example/d?a=1&b=%3Cscript%3E", link.attr("href"));
    assertEquals(1, article.select("a").size());
    assertEquals(1, article.select("a[href]").size());
    assertEquals(1, article.select("[href]").size());
    assertEquals(hostile("n"), article.selectFirst("span.ratsinfo-list-number").wholeText());
    assertEquals(hostile("n") + " " + hostile("item3"), article.select("ol").get(1).child(0).wholeText());
    if (!fragment) {
      assertEquals(hostile("infotitle"), document.title());
      assertEquals(hostile("author"), document.selectFirst("meta[name=author]").attr("content"));
      assertEquals(hostile("subject"), document.selectFirst("meta[name=description]").attr("content"));
      assertEquals(hostile("kw1") + ", " + hostile("kw2"),
          document.selectFirst("meta[name=keywords]").attr("content"));
    }
    assertFalse(document.outerHtml().contains("<script"));
  }

  private static Set<String> tagsAllowed(boolean fragment) {
    Set<String> tags = new TreeSet<>(List.of("#root", "html", "head", "body", "article", "header", "p",
        "h1", "h2", "h3", "section", "dl", "div", "dt", "dd", "ol", "ul", "li", "span", "a", "table",
        "caption", "thead", "tbody", "tr", "th", "td"));
    if (!fragment) {
      tags.addAll(List.of("meta", "title", "style"));
    }
    return tags;
  }

  private static List<String> wholeTexts(Element root, String query) {
    return root.select(query).stream().map(Element::wholeText).toList();
  }
}
