package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ratsinfo.render.docx.Docx.select;
import static org.ratsinfo.render.docx.Docx.string;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.render.docx.HostileTemplates.Case;
import org.ratsinfo.testing.LocaleSensitive;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * A template's external relationships and active content never reach a document made from it: each
 * kind is stripped with what refers to it (the template's texts stay), or, for macros, the template is
 * refused when the renderer is built, naming the part. A document with links made from such a template
 * has the hyperlinks ratsinfo writes for its link lists, and still none of the template's: {@link
 * Inertness} tells the two apart. The documents made from these templates are among the {@link
 * Fixtures} that the Open XML SDK's validator and LibreOffice check.
 */
class InertTemplateTest {

  static List<Case> cases() {
    return HostileTemplates.stripped();
  }

  private static DocxRenderer renderer(byte[] template) {
    return DocxRenderer.builder().options(Samples.options(Locale.GERMANY)).template(template).build();
  }

  private static Docx render(byte[] template) {
    return new Docx(Samples.render(renderer(template), Samples.reference()));
  }

  /** The links the reference excerpt's tree has (none, as the sample stands). */
  private static Set<String> referenceLinks() {
    return Links.of(Samples.options(Locale.GERMANY).layout(Samples.reference()));
  }

  private static String text(Docx docx) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, byte[]> entry : docx.entries().entrySet()) {
      if (entry.getKey().matches("word/(document|header\\d+|footer\\d+)\\.xml")) {
        sb.append(string(docx.xml(entry.getKey()), "string(.)")).append('\n');
      }
    }
    return sb.toString();
  }

  /** The case's hostile content is in the template: without the stripping, the output would have it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theTemplateCarriesWhatTheCaseIsAbout(Case c) {
    Docx template = new Docx(c.template());
    List<String> found = new ArrayList<>();
    for (String trace : c.traces()) {
      for (Map.Entry<String, byte[]> entry : template.entries().entrySet()) {
        if (entry.getKey().contains(trace) || new String(entry.getValue(), StandardCharsets.ISO_8859_1).contains(trace)) {
          found.add(trace);
          break;
        }
      }
    }
    assertEquals(c.traces(), found, "traces in the template");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void nothingOfItReachesTheDocumentAndTheTemplatesTextsStay(Case c) {
    Docx docx = render(c.template());
    Inertness.assertInert(docx, referenceLinks());
    Inertness.assertNoTrace(docx, c.traces());
    String text = text(docx);
    for (String kept : c.kept()) {
      assertTrue(text.contains(kept), () -> "\"" + kept + "\" lost:\n" + text);
    }
    assertTrue(text.contains("Auszug - Anfrage: Sachstand Erneuerung"), text);
  }

  /**
   * A document with links made from the template: ratsinfo's hyperlinks, one external relationship per
   * address of the tree, and none of the template's.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theDocumentsLinksStayAndTheTemplatesGo(Case c) {
    ExcerptDocument document = Links.layout(Locale.GERMANY);
    Set<String> links = Links.of(document);
    assertEquals(5, links.size(), links::toString);
    Docx docx = new Docx(renderer(c.template()).renderToBytes(document));
    Inertness.assertInert(docx, links);
    Inertness.assertNoTrace(docx, c.traces());
    List<String> targets = select(docx.xml("word/_rels/document.xml.rels"),
        "//rel:Relationship[@TargetMode='External']/@Target").stream().map(Node::getNodeValue).toList();
    assertEquals(List.copyOf(links), targets);
  }

  /**
   * A template's hyperlink to the very address a document links to is still the template's: it goes
   * (its text stays), and the document's own link to that address is there once.
   */
  @Test
  void aTemplatesLinkToTheDocumentsAddressStillGoes() {
    byte[] template = new PackageEdit(Templates.make(false, true, true))
        .insertAfter("word/document.xml", Templates.ABOVE + "</w:t></w:r>", "<w:hyperlink r:id=\"rIdSame\"><w:r>"
            + "<w:t xml:space=\"preserve\"> Lageplan im Briefkopf</w:t></w:r></w:hyperlink>")
        .relationship("word/document.xml", "rIdSame", PackageEdit.OD + "hyperlink", Links.PLAN, true)
        .zip();
    assertTrue(new String(Docx.unzipped(template).get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8)
        .contains("rIdSame"));
    Docx docx = new Docx(renderer(template).renderToBytes(Links.tree()));
    Inertness.assertInert(docx, Links.treeLinks());
    Document rels = docx.xml("word/_rels/document.xml.rels");
    assertEquals(0, select(rels, "//rel:Relationship[@Id='rIdSame']").size());
    assertEquals(1, select(rels, "//rel:Relationship[@Target='" + Links.PLAN + "']").size());
    Document body = docx.xml("word/document.xml");
    assertTrue(string(body, "string(//w:body)").contains(Templates.ABOVE + " Lageplan im Briefkopf"));
    assertEquals(List.of(Links.PLAN_NAME, Links.DUPLICATE, "2017/0120 Internetauftritt").stream().sorted().toList(),
        select(body, "//w:hyperlink").stream().map(Node::getTextContent).sorted().toList());
  }

  /** The logo keeps its embedded image; the pictures that only linked theirs are gone. */
  @Test
  void aLinkedImageKeepsItsEmbeddedCopyOrGoes() {
    Docx docx = render(HostileTemplates.linkedImages().template());
    Document header = docx.xml("word/header1.xml");
    List<Node> blips = select(header, "//a:blip");
    assertEquals(1, blips.size(), "the logo's picture, not the banner's");
    assertEmbeddedPng(docx, "word/header1.xml", string(blips.get(0), "@r:embed"));
    // Of the two VML pictures, the one of the embedded logo stays, without its plain-URL attributes.
    List<Node> vml = select(header, "//*[local-name()='imagedata']");
    assertEquals(1, vml.size());
    assertEmbeddedPng(docx, "word/header1.xml", string(vml.get(0), "@r:id"));
  }

  /** The SVG logo goes with the extension that named it; its PNG fallback stays. */
  @Test
  void anSvgLeavesItsPngFallback() {
    Docx docx = render(HostileTemplates.svgAndThumbnail().template());
    Document header = docx.xml("word/header1.xml");
    List<Node> blips = select(header, "//a:blip");
    assertEquals(1, blips.size(), "the logo");
    assertEquals(0, select(blips.get(0), "a:extLst/a:ext").size());
    assertEmbeddedPng(docx, "word/header1.xml", string(blips.get(0), "@r:embed"));
  }

  /** The hyperlinks become their text; the logo with a link stays; a link to a bookmark stays. */
  @Test
  void aHyperlinkBecomesItsText() {
    Docx docx = render(HostileTemplates.hyperlinks().template());
    Document header = docx.xml("word/header1.xml");
    assertEquals(0, select(header, "//w:hyperlink").size());
    assertTrue(string(header, "string(//w:p)").endsWith(Templates.HEADER_TEXT + " Datenschutz Impressum"),
        string(header, "string(//w:p)"));
    assertEquals(1, select(header, "//a:blip").size(), "the logo");
    Document document = docx.xml("word/document.xml");
    assertEquals(List.of("Anfang"), select(document, "//w:hyperlink/@w:anchor").stream().map(Node::getNodeValue).toList());
    assertEquals(0, select(document, "//w:hyperlink[@r:id]").size());
  }

  /** Stripped fields keep their result; PAGE, DATE, NUMPAGES and an IF (without its nested include) stay. */
  @Test
  void aFieldKeepsItsResultButNotItsInstruction() {
    Docx complex = render(HostileTemplates.complexFields().template());
    List<String> instructions = select(complex.xml("word/document.xml"), "//w:instrText").stream()
        .map(n -> n.getTextContent().strip()).toList();
    assertEquals(List.of("IF", "= \"ja\" \"Bedingung\" \"Sonst\"", "DATE \\@ \"dd.MM.yyyy\""), instructions);
    assertEquals(List.of("PAGE"), select(complex.xml("word/header1.xml"), "//w:instrText").stream()
        .map(n -> n.getTextContent().strip()).toList());
    String body = string(complex.xml("word/document.xml"), "string(//w:body)");
    assertFalse(body.contains("ja Bedingung"), "the nested field's result went with it: " + body);
    // Every field that stays is whole: begin, separate, end in order.
    for (String part : List.of("word/document.xml", "word/header1.xml")) {
      List<String> chars = select(complex.xml(part), "//w:fldChar/@w:fldCharType").stream()
          .map(Node::getNodeValue).toList();
      assertEquals(0, chars.size() % 3, part + ": " + chars);
    }

    Docx simple = render(HostileTemplates.simpleFields().template());
    assertEquals(List.of("NUMPAGES"), select(simple.xml("word/header1.xml"), "//w:fldSimple/@w:instr").stream()
        .map(n -> n.getNodeValue().strip()).toList());
    assertEquals(0, select(simple.xml("word/document.xml"), "//w:fldSimple").size());
  }

  /**
   * A header whose content type says plain XML is still the header its relationship makes it: Word
   * shows it, and its fields are stripped all the same.
   */
  @Test
  void aStoryIsTakenForWhatItsRelationshipSays() {
    byte[] template = new PackageEdit(HostileTemplates.simpleFields().template())
        .replace("[Content_Types].xml", "wordprocessingml.header+xml\" PartName=\"/word/header1.xml\"",
            "\" PartName=\"/word/header1.xml\"")
        .replace("[Content_Types].xml", "application/vnd.openxmlformats-officedocument.\" PartName=\"/word/header1.xml\"",
            "application/xml\" PartName=\"/word/header1.xml\"")
        .zip();
    String types = new String(Docx.unzipped(template).get("[Content_Types].xml"), StandardCharsets.UTF_8);
    assertTrue(types.contains("ContentType=\"application/xml\" PartName=\"/word/header1.xml\""), types);
    Docx docx = render(template);
    Inertness.assertInert(docx, referenceLinks());
    Inertness.assertNoTrace(docx, HostileTemplates.simpleFields().traces());
    assertTrue(string(docx.xml("word/header1.xml"), "string(.)").contains("[Wappen]"));
  }

  /** ActiveX controls and OLE objects become the pictures they showed. */
  @Test
  void activeObjectsBecomeTheirPictures() {
    for (Case c : List.of(HostileTemplates.activeX(), HostileTemplates.oleObjects())) {
      Docx docx = render(c.template());
      Document document = docx.xml("word/document.xml");
      List<Node> pictures = select(document, "//w:pict//*[local-name()='imagedata']/@r:id");
      assertEquals(c.name().equals("activex") ? 1 : 3, pictures.size(), c.name());
      for (Node id : pictures) {
        assertEmbeddedPng(docx, "word/document.xml", id.getNodeValue());
      }
    }
  }

  private static void assertEmbeddedPng(Docx docx, String part, String id) {
    int slash = part.lastIndexOf('/');
    String rels = part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    Node relationship = select(docx.xml(rels), "//rel:Relationship[@Id='" + id + "']").get(0);
    assertEquals("", string(relationship, "@TargetMode"));
    byte[] image = docx.entries().get("word/" + string(relationship, "@Target"));
    assertTrue(image != null && image.length > 8 && image[1] == 'P' && image[2] == 'N', "the PNG of " + id);
  }

  @ParameterizedTest
  @EnumSource(HostileTemplates.Macros.class)
  void macrosAreRefusedWhateverTheMainPartClaims(HostileTemplates.Macros variant) {
    byte[] template = HostileTemplates.macros(variant);
    assertTrue(new String(Docx.unzipped(template).get("[Content_Types].xml"), StandardCharsets.UTF_8)
        .contains(Templates.DOCUMENT_MAIN), "the main part says: document");
    DocxRenderer.Builder builder = DocxRenderer.builder().template(template);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertTrue(e.getMessage().startsWith("the template carries macros: "), e.getMessage());
    assertTrue(e.getMessage().contains("\"word/vbaProject.bin\""), e.getMessage());
    assertTrue(e.getMessage().contains("macro-enabled documents and templates are not accepted"), e.getMessage());
  }

  /** A document type in a part (the way to entity expansion and external entities) is refused, by name. */
  @Test
  @LocaleSensitive // the refusal is recognised in the JDK parser's message, in the default language
  void aPartWithADocumentTypeIsRefused() {
    byte[] template = new PackageEdit(Templates.make(false, true, true))
        .put("word/settings.xml", "<?xml version=\"1.0\"?><!DOCTYPE w:settings [<!ENTITY x SYSTEM"
            + " \"file:///etc/passwd\">]><w:settings xmlns:w=\"" + Docx.W + "\">&x;</w:settings>")
        .zip();
    DocxRenderer.Builder builder = DocxRenderer.builder().template(template);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertTrue(e.getMessage().startsWith("the template's part \"word/settings.xml\" declares a document type"),
        e.getMessage());
  }
}
