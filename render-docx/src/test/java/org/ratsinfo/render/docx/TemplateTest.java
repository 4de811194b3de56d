package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ratsinfo.render.docx.Docx.select;
import static org.ratsinfo.render.docx.Docx.string;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * A corporate template: its styles, page setup and header with the logo survive, ratsinfo's styles fill
 * the gaps, and the excerpt replaces the template's body or its placeholder. Bad templates fail at
 * build().
 */
class TemplateTest {

  private static final Docx DOTX = new Docx(Fixtures.all().get("template-dotx-de.docx"));
  private static final Docx PLACEHOLDER = new Docx(Fixtures.all().get("template-placeholder-de.docx"));

  private static List<String> bodyTexts(Docx docx) {
    return select(docx.xml("word/document.xml"), "/w:document/w:body/w:p").stream()
        .map(p -> String.join("", select(p, ".//w:t").stream().map(Node::getTextContent).toList()))
        .toList();
  }

  @Test
  void aDotxBecomesADocument() {
    String types = new String(DOTX.entries().get("[Content_Types].xml"), StandardCharsets.UTF_8);
    assertTrue(types.contains(Templates.DOCUMENT_MAIN), types);
    assertFalse(types.contains(Templates.TEMPLATE_MAIN), types);
  }

  @Test
  void templateStylesSurviveAndAreUsedByName() {
    Document styles = DOTX.xml("word/styles.xml");
    Node heading1 = select(styles, "//w:style[@w:styleId='berschrift1']").get(0);
    assertEquals("C00000", string(heading1, "w:rPr/w:color/@w:val"));
    assertEquals("Georgia", string(heading1, "w:rPr/w:rFonts/@w:ascii"));
    assertEquals("36", string(heading1, "w:rPr/w:sz/@w:val"));
    assertEquals(0, select(styles, "//w:style[@w:styleId='Heading1']").size(), "no second heading 1");
    assertEquals(1, select(styles, "//w:style[w:name/@w:val='Normal']").size());
    // ratsinfo's heading 2 and Title are added, based on the template's heading 1 and Normal.
    assertEquals("berschrift1", string(styles, "//w:style[w:name/@w:val='heading 2']/w:basedOn/@w:val"));
    assertEquals("berschrift1", string(styles, "//w:style[w:name/@w:val='Title']/w:basedOn/@w:val"));
    assertEquals("Standard", string(styles, "//w:style[@w:styleId='AuszugFeldname']/w:basedOn/@w:val"));
    // The template's fonts stay; the language is the excerpt's.
    assertEquals("Georgia", string(styles, "/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii"));
    assertEquals("de-DE", string(styles, "/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val"));

    Document document = DOTX.xml("word/document.xml");
    List<String> heading1Texts = select(document, "//w:p[w:pPr/w:pStyle/@w:val='berschrift1']").stream()
        .map(p -> String.join("", select(p, ".//w:t").stream().map(Node::getTextContent).toList())).toList();
    assertTrue(heading1Texts.contains("Fragen"), heading1Texts.toString());
    assertTrue(heading1Texts.contains("Abstimmungsergebnis"), heading1Texts.toString());
    for (Node used : select(document, "//w:pStyle/@w:val | //w:tblStyle/@w:val")) {
      assertEquals(1, select(styles, "//w:style[@w:styleId='" + used.getNodeValue() + "']").size(),
          used.getNodeValue());
    }
  }

  @Test
  void pageSetupAndHeaderLogoSurvive() {
    Document document = DOTX.xml("word/document.xml");
    Node sectPr = select(document, "/w:document/w:body/w:sectPr").get(0);
    assertEquals(String.valueOf(Templates.LEFT), string(sectPr, "w:pgMar/@w:left"));
    assertEquals(String.valueOf(Templates.TOP), string(sectPr, "w:pgMar/@w:top"));
    // Tables fill the template's text width, not ratsinfo's.
    for (Node table : select(document, "/w:document/w:body/w:tbl")) {
      assertEquals(String.valueOf(Templates.TEXT_WIDTH), string(table, "w:tblPr/w:tblW/@w:w"));
    }
    List<String> headers = DOTX.entries().keySet().stream().filter(n -> n.matches("word/header\\d+\\.xml")).toList();
    assertEquals(1, headers.size(), "the template's header, and no second one: " + headers);
    String header = headers.get(0);
    Document headerXml = DOTX.xml(header);
    assertTrue(string(headerXml, "string(.)").contains(Templates.HEADER_TEXT));
    String embed = string(headerXml, "//a:blip/@r:embed");
    assertFalse(embed.isEmpty(), "the logo");
    String rels = header.replace("word/", "word/_rels/") + ".rels";
    String target = string(DOTX.xml(rels), "//rel:Relationship[@Id='" + embed + "']/@Target");
    byte[] image = DOTX.entries().get("word/" + target);
    assertTrue(image != null && image.length > 8 && image[1] == 'P' && image[2] == 'N', "logo image part " + target);
    // The template has no footer: ratsinfo's page footer is added.
    assertTrue(string(DOTX.xml("word/footer1.xml"), "string(.)").startsWith("Seite "));
  }

  @Test
  void theExcerptReplacesTheTemplatesBody() {
    List<String> texts = bodyTexts(DOTX);
    assertFalse(texts.contains(Templates.BODY_TEXT), texts.toString());
    assertEquals("Stadt Herne", texts.get(0));
    assertEquals("Auszug - Anfrage: Sachstand Erneuerung des städtischen Internetauftritts", texts.get(1));
  }

  @Test
  void theExcerptReplacesThePlaceholderAndTheRestStays() {
    List<String> texts = bodyTexts(PLACEHOLDER);
    assertEquals(Templates.ABOVE, texts.get(0));
    assertEquals("Stadt Herne", texts.get(1));
    assertEquals(Templates.BELOW, texts.get(texts.size() - 1));
    assertEquals("Es wurde nicht abgestimmt.", texts.get(texts.size() - 2));
    assertFalse(texts.contains(DocxRenderer.TEMPLATE_PLACEHOLDER));
    // The tables are between the paragraphs above and below, in order.
    Document document = PLACEHOLDER.xml("word/document.xml");
    List<Node> children = select(document, "/w:document/w:body/*");
    assertEquals("p", children.get(0).getLocalName());
    assertEquals("sectPr", children.get(children.size() - 1).getLocalName());
    assertEquals(3, select(document, "/w:document/w:body/w:tbl").size());
  }

  /**
   * A template whose main part binds WordprocessingML to another prefix than {@code w} (XML allows
   * any): the excerpt's elements declare their own, and the document is well-formed with the excerpt
   * in its place.
   */
  @Test
  void aTemplateWithAnotherPrefixForWordprocessingML() {
    byte[] template = Templates.withDocumentPrefix(Templates.make(false, true, true), "x");
    String xml = new String(Docx.unzipped(template).get("word/document.xml"), StandardCharsets.UTF_8);
    assertTrue(xml.contains("<x:body>") && !xml.contains("<w:"), xml);
    DocxRenderer renderer = DocxRenderer.builder().options(Samples.options(Locale.GERMANY)).template(template).build();
    Docx docx = new Docx(Samples.render(renderer, Samples.reference()));
    List<String> texts = bodyTexts(docx);
    assertEquals(Templates.ABOVE, texts.get(0));
    assertEquals("Stadt Herne", texts.get(1));
    assertEquals(Templates.BELOW, texts.get(texts.size() - 1));
    assertEquals(3, select(docx.xml("word/document.xml"), "/w:document/w:body/w:tbl").size());
  }

  @Test
  void aTemplateWithoutHeading1FailsAtBuild() {
    DocxRenderer.Builder builder = DocxRenderer.builder().template(Templates.make(true, false, false));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertTrue(e.getMessage().contains("\"heading 1\""), e.getMessage());
  }

  @Test
  void somethingElseThanAWordFileFailsAtBuild() {
    IllegalArgumentException notZip = assertThrows(IllegalArgumentException.class,
        () -> DocxRenderer.builder().template("not a zip".getBytes(StandardCharsets.UTF_8)).build());
    assertTrue(notZip.getMessage().contains("not a DOCX or DOTX"), notZip.getMessage());

    byte[] macro = Templates.withMainContentType(Templates.make(false, false, true),
        "application/vnd.ms-word.document.macroEnabled.main+xml");
    IllegalArgumentException macroEnabled =
        assertThrows(IllegalArgumentException.class, () -> DocxRenderer.builder().template(macro).build());
    assertTrue(macroEnabled.getMessage().contains("macro-enabled"), macroEnabled.getMessage());

    byte[] spreadsheet = Templates.withMainContentType(Templates.make(false, false, true),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
    IllegalArgumentException sheet =
        assertThrows(IllegalArgumentException.class, () -> DocxRenderer.builder().template(spreadsheet).build());
    assertTrue(sheet.getMessage().contains("not a DOCX or DOTX"), sheet.getMessage());
  }

  @Test
  void aTemplateFromAFile(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("vorlage.dotx"), Templates.make(true, false, true));
    DocxRenderer renderer = DocxRenderer.builder().options(Samples.options(Locale.GERMANY)).template(file).build();
    assertEquals(DOTX.entries().keySet(), new Docx(Samples.render(renderer, Samples.reference())).entries().keySet());
  }
}
