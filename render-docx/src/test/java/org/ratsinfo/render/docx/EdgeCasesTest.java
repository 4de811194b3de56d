package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ratsinfo.render.docx.Docx.select;
import static org.ratsinfo.render.docx.Docx.string;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** The edge-case tree: safe text, deep headings, lists that cannot or can be numbered, separated tables. */
class EdgeCasesTest {

  private static final Docx DOCX = new Docx(Fixtures.all().get("edge-cases-de.docx"));

  @Test
  void textXmlCannotCarryBecomesTheReplacementCharacter() {
    for (Map.Entry<String, byte[]> entry : DOCX.entries().entrySet()) {
      if (entry.getKey().endsWith(".xml") || entry.getKey().endsWith(".rels")) {
        DOCX.xml(entry.getKey()); // well-formed
        String text = new String(entry.getValue(), StandardCharsets.UTF_8);
        assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'), entry.getKey());
      }
    }
    String title = string(DOCX.xml("word/document.xml"), "//w:p[w:pPr/w:pStyle/@w:val='Title']");
    assertEquals("Titel \uFFFD <&> \"x\" \uFFFD ]]> \uFFFD \uFFFD Ende", title);
    assertEquals("Stadt\uFFFD Herne", string(DOCX.xml("docProps/core.xml"), "//dc:creator"));
  }

  @Test
  void headingsGoThreeDeep() {
    Document document = DOCX.xml("word/document.xml");
    assertEquals("Ebene 1", string(document, "//w:p[w:pPr/w:pStyle/@w:val='Heading1'][1]"));
    assertEquals("Ebene 2", string(document, "//w:p[w:pPr/w:pStyle/@w:val='Heading2'][1]"));
    assertEquals("Ebene 3", string(document, "//w:p[w:pPr/w:pStyle/@w:val='Heading3'][1]"));
    Node deep = select(document, "//w:p[w:pPr/w:pStyle/@w:val='Heading3']/following-sibling::w:p[1]").get(0);
    assertEquals(List.of("t", "tab", "t", "br", "t", "br", "t"),
        select(deep, "w:r/*").stream().map(Node::getLocalName).toList());
  }

  @Test
  void listsNumberedOtherwiseKeepTheirNumbersAsText() {
    Document document = DOCX.xml("word/document.xml");
    List<Node> items = select(document, "//w:p[w:pPr/w:pStyle/@w:val='ListNumber']");
    assertEquals(4, items.size());
    assertEquals("0", string(items.get(0), "w:pPr/w:numPr/w:numId/@w:val"));
    assertEquals("a)erstens", string(items.get(0), "."));
    assertEquals(1, select(items.get(0), "w:r/w:tab").size());
    assertEquals("weiter im ersten", string(document, "//w:p[w:pPr/w:pStyle/@w:val='ListContinue']"));
    String numId = string(items.get(2), "w:pPr/w:numPr/w:numId/@w:val");
    assertEquals(numId, string(items.get(3), "w:pPr/w:numPr/w:numId/@w:val"));
    assertEquals("3", string(DOCX.xml("word/numbering.xml"),
        "//w:num[@w:numId='" + numId + "']/w:lvlOverride/w:startOverride/@w:val"));
  }

  @Test
  void tablesNeverTouch() {
    List<Node> children = select(DOCX.xml("word/document.xml"), "/w:document/w:body/*");
    for (int i = 1; i < children.size(); i++) {
      assertFalse(children.get(i).getLocalName().equals("tbl") && children.get(i - 1).getLocalName().equals("tbl"),
          "two tables in a row would merge in Word");
    }
    Node empty = select(DOCX.xml("word/document.xml"), "//w:tbl[w:tblPr/w:tblDescription/@w:val='Hinweis']").get(0);
    assertEquals(1, select(empty, "w:tr").size(), "only the header row");
    assertEquals(3, select(empty, "w:tblGrid/w:gridCol").size());
    // The caption, unlike the vote section's, is not a heading already: it is a caption paragraph.
    assertEquals("Eine Tabelle", string(DOCX.xml("word/document.xml"), "//w:p[w:pPr/w:pStyle/@w:val='Caption']"));
    assertTrue(select(DOCX.xml("word/header1.xml"), "//w:t").size() == 1, "no body name: only the title");
  }
}
