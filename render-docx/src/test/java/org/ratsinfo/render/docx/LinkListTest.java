package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ratsinfo.render.docx.Docx.select;
import static org.ratsinfo.render.docx.Docx.string;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.junit.jupiter.api.Test;
import org.ratsinfo.document.ExcerptDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Link lists (attachments, linked papers) as bulleted paragraphs whose texts link to their addresses
 * through external hyperlink relationships of the main part, and the Beratungsfolge as a table like any
 * other: in ratsinfo's package and in a template's.
 */
class LinkListTest {

  private static final String RELS = "word/_rels/document.xml.rels";
  private static final String HYPERLINK = PackageEdit.OD + "hyperlink";

  private static Docx render(DocxRenderer renderer, ExcerptDocument document) {
    return new Docx(renderer.renderToBytes(document));
  }

  private static Docx tree() {
    return render(Samples.renderer(Locale.ENGLISH), Links.tree());
  }

  /** The paragraph whose text starts with the given text. */
  private static Node paragraph(Document body, String start) {
    List<Node> found = new ArrayList<>();
    for (Node p : select(body, "//w:body//w:p")) {
      if (p.getTextContent().startsWith(start)) {
        found.add(p);
      }
    }
    assertEquals(1, found.size(), () -> "paragraphs starting with " + start);
    return found.get(0);
  }

  @Test
  void anEntryWithATargetLinksThroughAnExternalHyperlinkRelationship() {
    Docx docx = tree();
    Document body = docx.xml("word/document.xml");
    Document rels = docx.xml(RELS);
    List<Node> hyperlinks = select(body, "//w:hyperlink");
    assertEquals(List.of("2017/0120 Internetauftritt", Links.PLAN_NAME, Links.DUPLICATE),
        hyperlinks.stream().map(Node::getTextContent).toList());
    List<String> expectedTargets = List.of(Links.PAPER, Links.PLAN, Links.PLAN);
    for (int i = 0; i < hyperlinks.size(); i++) {
      String id = string(hyperlinks.get(i), "@r:id");
      List<Node> relationship = select(rels, "//rel:Relationship[@Id='" + id + "']");
      assertEquals(1, relationship.size(), id);
      assertEquals(HYPERLINK, string(relationship.get(0), "@Type"));
      assertEquals("External", string(relationship.get(0), "@TargetMode"));
      assertEquals(expectedTargets.get(i), string(relationship.get(0), "@Target"));
    }
    // One relationship per address; the relationships of the package's own parts stay.
    assertEquals(List.of(Links.PAPER, Links.PLAN), select(rels, "//rel:Relationship[@TargetMode='External']/@Target")
        .stream().map(Node::getNodeValue).toList());
    assertEquals(1, select(rels, "//rel:Relationship[@Type='" + PackageEdit.OD + "styles']").size());
    assertEquals(1, select(rels, "//rel:Relationship[@Type='" + PackageEdit.OD + "numbering']").size());
    Inertness.assertInert(docx, Links.treeLinks());
  }

  @Test
  void anEntryWithoutATargetIsPlainText() {
    Document body = tree().xml("word/document.xml");
    for (String text : List.of(Links.UNLINKED, "2016/0999 Breitband", "javascript:alert(1)")) {
      Node p = text.startsWith("2016") ? paragraph(body, "Related paper: ") : paragraph(body, text);
      assertTrue(p.getTextContent().contains(text), text);
      assertEquals(0, select(p, ".//w:hyperlink").size(), text);
    }
    assertEquals("Anlage ohne Adresse (PDF)", paragraph(body, Links.UNLINKED).getTextContent());
  }

  /** Prefix, linked text, detail; the text in its language and the hyperlink style, the rest not. */
  @Test
  void anEntryIsABulletedParagraphOfPrefixLinkAndDetail() {
    Docx docx = tree();
    Document body = docx.xml("word/document.xml");
    Node plan = paragraph(body, "Paper: ");
    assertEquals("Paper: " + Links.PLAN_NAME + " (PDF, 1.2 MB)", plan.getTextContent());
    List<Node> runs = select(plan, ".//w:r");
    assertEquals(List.of("Paper: ", Links.PLAN_NAME, " (PDF, 1.2 MB)"), runs.stream().map(Node::getTextContent).toList());
    assertEquals("", string(runs.get(0), "w:rPr/w:lang/@w:val"));
    assertEquals("de-DE", string(runs.get(1), "w:rPr/w:lang/@w:val"));
    assertEquals("Hyperlink", string(runs.get(1), "w:rPr/w:rStyle/@w:val"));
    assertEquals("hyperlink", runs.get(1).getParentNode().getLocalName());
    assertEquals("", string(runs.get(2), "w:rPr/w:lang/@w:val"));
    // Spaces at the ends are kept.
    assertEquals("preserve", string(runs.get(2), "w:t/@*[local-name()='space']"));
    Node duplicate = paragraph(body, Links.DUPLICATE);
    assertEquals("", string(duplicate, ".//w:hyperlink/w:r/w:rPr/w:lang/@w:val"), "no language of its own");

    // Every entry is a "List Bullet" paragraph: a style on ratsinfo's bullet numbering.
    assertEquals(6, select(body, "//w:p[w:pPr/w:pStyle/@w:val='ListBullet']").size());
    Document styles = docx.xml("word/styles.xml");
    String numId = string(styles, "//w:style[@w:styleId='ListBullet']/w:pPr/w:numPr/w:numId/@w:val");
    assertEquals("List Bullet", string(styles, "//w:style[@w:styleId='ListBullet']/w:name/@w:val"));
    Document numbering = docx.xml("word/numbering.xml");
    String abstractId = string(numbering, "//w:num[@w:numId='" + numId + "']/w:abstractNumId/@w:val");
    assertEquals("bullet", string(numbering, "//w:abstractNum[@w:abstractNumId='" + abstractId + "']/w:lvl/w:numFmt/@w:val"));
    assertEquals("character", string(styles, "//w:style[@w:styleId='Hyperlink']/@w:type"));
    assertEquals("single", string(styles, "//w:style[@w:styleId='Hyperlink']/w:rPr/w:u/@w:val"));
  }

  @Test
  void textsAndAddressesAreEscaped() {
    Docx docx = tree();
    String body = new String(docx.entries().get("word/document.xml"), StandardCharsets.UTF_8);
    assertTrue(body.contains("Lageplan &lt;Nord&gt; &amp; &quot;Süd&quot;") || body.contains("Lageplan &lt;Nord&gt; &amp; \"Süd\""),
        "the name, escaped");
    String rels = new String(docx.entries().get(RELS), StandardCharsets.UTF_8);
    assertTrue(rels.contains("lageplan.pdf?id=7&amp;format=pdf\""), rels);
    assertEquals(Links.PLAN_NAME, string(docx.xml("word/document.xml"), "string((//w:hyperlink)[2])"));
  }

  /** POI, an independent reader, finds the links with their addresses. */
  @Test
  void poiReadsTheLinks() throws IOException {
    try (XWPFDocument poi = tree().poi()) {
      List<String> urls = new ArrayList<>();
      for (XWPFHyperlink link : poi.getHyperlinks()) {
        urls.add(link.getURL());
      }
      assertEquals(List.of(Links.PAPER, Links.PLAN), urls);
    }
  }

  /** The Beratungsfolge is a data table like the tally: caption, repeated header row, row headers, grid. */
  @Test
  void theBeratungsfolgeIsANormalTable() {
    Document body = tree().xml("word/document.xml");
    List<Node> tables = select(body, "//w:tbl[w:tblPr/w:tblCaption/@w:val='Consultations']");
    assertEquals(1, tables.size());
    Node table = tables.get(0);
    assertEquals("AuszugAbstimmung", string(table, "w:tblPr/w:tblStyle/@w:val"));
    assertEquals(4, select(table, "w:tblGrid/w:gridCol").size());
    List<Node> rows = select(table, "w:tr");
    assertEquals(3, rows.size());
    assertEquals("on", string(rows.get(0), "w:trPr/w:tblHeader/@w:val"));
    assertEquals(List.of("Date", "Body", "Role", "Result"),
        select(rows.get(0), "w:tc").stream().map(Node::getTextContent).toList());
    assertEquals(List.of("28.02.2017 (this meeting)", "Rat der Stadt", "Entscheidung", "zur Kenntnis genommen"),
        select(rows.get(2), "w:tc").stream().map(Node::getTextContent).toList());
    assertEquals("AuszugZeilenkopf", string(rows.get(2), "w:tc[1]/w:p/w:pPr/w:pStyle/@w:val"));
    // The caption repeats the section's heading: no caption paragraph.
    assertEquals(0, select(body, "//w:p[w:pPr/w:pStyle/@w:val='Caption']").size());
  }

  /** In a template, the styles and numbering are merged and the ids stay apart from the template's. */
  @Test
  void inATemplate() {
    DocxRenderer renderer = DocxRenderer.builder().options(Samples.options(Locale.ENGLISH))
        .template(Templates.make(false, true, true)).build();
    Docx docx = render(renderer, Links.tree());
    Inertness.assertInert(docx, Links.treeLinks());
    Document body = docx.xml("word/document.xml");
    assertEquals(3, select(body, "//w:hyperlink[@r:id]").size());
    assertTrue(string(body, "string(//w:body)").contains(Templates.ABOVE));
    Document styles = docx.xml("word/styles.xml");
    String hyperlinkStyle = string(body, "(//w:hyperlink/w:r/w:rPr/w:rStyle/@w:val)[1]");
    assertEquals("Hyperlink", string(styles, "//w:style[@w:styleId='" + hyperlinkStyle + "']/w:name/@w:val"));
    // The template's "Default Paragraph Font" is the one the copied style is based on.
    assertEquals("Absatz-Standardschriftart",
        string(styles, "//w:style[@w:styleId='" + hyperlinkStyle + "']/w:basedOn/@w:val"));
    List<String> ids = select(docx.xml(RELS), "//rel:Relationship/@Id").stream().map(Node::getNodeValue).toList();
    assertEquals(ids.size(), ids.stream().distinct().count(), ids::toString);
  }

  /** A template's own "Hyperlink" style is the links' style. */
  @Test
  void aTemplatesHyperlinkStyleIsUsed() {
    byte[] template = new PackageEdit(Templates.make(false, true, true))
        .insertBefore("word/styles.xml", "</w:styles>", "<w:style w:type=\"character\" w:styleId=\"Verweis\">"
            + "<w:name w:val=\"Hyperlink\"/><w:rPr><w:color w:val=\"8B0000\"/><w:u w:val=\"double\"/></w:rPr></w:style>")
        .zip();
    DocxRenderer renderer = DocxRenderer.builder().options(Samples.options(Locale.ENGLISH)).template(template).build();
    Docx docx = render(renderer, Links.tree());
    Document body = docx.xml("word/document.xml");
    assertEquals(List.of("Verweis"), select(body, "//w:hyperlink/w:r/w:rPr/w:rStyle/@w:val").stream()
        .map(Node::getNodeValue).distinct().toList());
    assertEquals(1, select(docx.xml("word/styles.xml"), "//w:style[w:name/@w:val='Hyperlink']").size());
  }

  /**
   * A template whose main part binds the prefix {@code r} to another namespace (and the relationships'
   * to another prefix) still gets hyperlinks whose {@code r:id} is the relationships' id.
   */
  @Test
  void aTemplateWithAnotherPrefixForRelationships() {
    String r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    PackageEdit edit = new PackageEdit(Templates.make(false, true, true));
    String main = edit.text("word/document.xml");
    assertTrue(main.contains("xmlns:r=\"" + r + "\""), main);
    main = main.replace("xmlns:r=\"" + r + "\"", "xmlns:rel=\"" + r + "\" xmlns:r=\"urn:ratsinfo-test:other\"")
        .replace(" r:", " rel:");
    byte[] template = edit.put("word/document.xml", main).zip();
    DocxRenderer renderer = DocxRenderer.builder().options(Samples.options(Locale.ENGLISH)).template(template).build();
    Docx docx = render(renderer, Links.tree());
    Document body = docx.xml("word/document.xml");
    // The prepared part keeps the template's prefixes: each hyperlink binds r itself.
    String xml = new String(docx.entries().get("word/document.xml"), StandardCharsets.UTF_8);
    assertTrue(xml.contains("xmlns:r=\"urn:ratsinfo-test:other\""), "the template's binding of r");
    assertTrue(xml.contains("<w:hyperlink xmlns:r=\"" + r + "\" r:id=\""), "a hyperlink binds r");
    List<Node> ids = select(body, "//w:hyperlink/@r:id");
    assertEquals(3, ids.size());
    for (Node id : ids) {
      assertEquals(1, select(docx.xml(RELS), "//rel:Relationship[@Id='" + id.getNodeValue()
          + "' and @TargetMode='External']").size(), id.getNodeValue());
    }
    Inertness.assertInert(docx, Links.treeLinks());
  }

  /**
   * A document without links has the prepared relationships part; one with links has the same part
   * with the hyperlinks added, and nothing else changed.
   */
  @Test
  void withoutLinksThePreparedRelationshipsStay() {
    DocxRenderer renderer = Samples.renderer(Locale.ENGLISH);
    String without = new String(new Docx(renderer.renderToBytes(EdgeCases.document())).entries().get(RELS),
        StandardCharsets.UTF_8);
    String with = new String(tree().entries().get(RELS), StandardCharsets.UTF_8);
    assertFalse(without.contains("External"), without);
    assertEquals(without, with.replaceAll("<Relationship [^>]*TargetMode=\"External\"/>", ""));
    assertTrue(with.length() > without.length());
  }

  @Test
  void theSameDocumentGivesTheSameBytes() {
    DocxRenderer renderer = Samples.renderer(Locale.GERMANY);
    ExcerptDocument document = Links.layout(Locale.GERMANY);
    assertArrayEquals(renderer.renderToBytes(document), renderer.renderToBytes(document));
  }

  /** The real layout's Beratungsfolge, linked papers and attachments, in German and English. */
  @Test
  void theLayoutsSectionsRender() {
    for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
      ExcerptDocument document = Links.layout(locale);
      Docx docx = render(Samples.renderer(locale), document);
      Inertness.assertInert(docx, Links.of(document));
      Document body = docx.xml("word/document.xml");
      String text = string(body, "string(//w:body)");
      boolean german = locale.equals(Locale.GERMANY);
      for (String expected : List.of(german ? "Beratungsfolge" : "Consultations", german ? "Anlagen" : "Attachments",
          "Haupt- und Finanzausschuss", "Anlage 1: Zeitplan <Relaunch>", "Anlage 2: Stellungnahme (ohne Adresse)",
          "Präsentation der Verwaltung")) {
        assertTrue(text.contains(expected), () -> locale + ": " + expected + " in " + text);
      }
      assertFalse(text.contains("vertraulich"), "the non-public file");
      assertEquals(Links.of(document).size(), select(docx.xml(RELS), "//rel:Relationship[@TargetMode='External']").size());
      List<String> languages = select(body, "//w:hyperlink/w:r/w:rPr/w:lang/@w:val").stream()
          .map(Node::getNodeValue).distinct().toList();
      assertEquals(german ? List.of() : List.of("de-DE"), languages, locale.toString());
    }
  }
}
