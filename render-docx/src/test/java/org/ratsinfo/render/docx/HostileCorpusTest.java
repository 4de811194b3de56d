package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.ExcerptLayout;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.HostileCorpus;
import org.ratsinfo.testkit.HostileCorpus.Case;
import org.ratsinfo.testkit.LoopbackServer;
import org.ratsinfo.validation.ModelValidator;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Every renderable case of the hostile corpus, read and validated, renders as DOCX within a time bound,
 * in German and English: every part is well-formed XML, POI opens the file and finds the title, and no
 * text became a relationship: no part has an external target, a hyperlink or an embedded object but
 * the hyperlinks of the tree's link lists, and the only fields are the footer's page numbers. The
 * external relationships are checked by {@link Inertness}, which tells the links of the document tree
 * from any other. Rendered again with references to a loopback server in every text field, the server
 * receives no connection; nor does it when the documents' links (files and papers, https and http, in
 * ratsinfo's package and in a template) point at it.
 */
class HostileCorpusTest {

  private static final Duration BOUND = Duration.ofSeconds(60);

  private static LoopbackServer server;

  @BeforeAll
  static void startServer() throws IOException {
    server = LoopbackServer.start();
  }

  @AfterAll
  static void stopServer() throws IOException {
    server.close();
  }

  static List<Case> cases() {
    return HostileCorpus.renderable();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersInertlyAndInTime(Case c) throws IOException {
    Excerpt excerpt = c.read();
    Excerpt withReferences = HostileCorpus.withReferencesTo(excerpt, server);
    for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
      ModelValidator.standard().requireValid(excerpt, locale);
      RenderOptions options = RenderOptions.builder().locale(locale).build();
      check(options, excerpt);
      if (ModelValidator.standard().validate(withReferences, locale).isEmpty()) {
        check(options, withReferences);
      }
    }
    assertEquals(List.of(), server.requests(), "connections to the loopback server");
  }

  private static void check(RenderOptions options, Excerpt excerpt) throws IOException {
    // The excerpt, and the agenda and the minutes of its meeting: every kind meets the hostile text.
    for (ExcerptDocument document : HostileCorpus.documents(options, excerpt)) {
      check(options, document);
    }
  }

  private static void check(RenderOptions options, ExcerptDocument document) throws IOException {
    DocxRenderer renderer = DocxRenderer.builder().options(options).build();
    Docx docx = new Docx(assertTimeoutPreemptively(BOUND, () -> renderer.renderToBytes(document)));
    Set<String> links = Links.of(document);
    for (Map.Entry<String, byte[]> entry : docx.entries().entrySet()) {
      String name = entry.getKey();
      if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
        continue;
      }
      Document part = docx.xml(name); // well-formed
      // The only fields are the footer's page numbers.
      for (Node field : Docx.select(part, "//w:instrText")) {
        assertTrue(Set.of("PAGE", "NUMPAGES").contains(field.getTextContent().strip()),
            name + ": field " + field.getTextContent());
      }
      String xml = new String(entry.getValue(), StandardCharsets.UTF_8);
      for (String element : List.of("<w:fldSimple", "<w:object",
          "<w:altChunk", "<w:subDoc", "<v:imagedata", "<a:blip")) {
        assertFalse(xml.contains(element), name + " has " + element);
      }
      // Hyperlinks only in the body, and only where the tree links (Inertness checks their targets).
      if (links.isEmpty() || !name.equals("word/document.xml")) {
        assertFalse(xml.contains("<w:hyperlink"), name + " has <w:hyperlink");
      }
    }
    // No external relationship but the tree's links, no active content.
    Inertness.assertInert(docx, links);
    try (XWPFDocument poi = docx.poi(); XWPFWordExtractor text = new XWPFWordExtractor(poi)) {
      assertTrue(squeezed(text.getText()).contains(squeezed(document.title())), "the title");
    }
  }

  /**
   * A document whose files and papers link to the loopback server, in ratsinfo's package and in a
   * template, German and English: the links are written, the server hears nothing.
   */
  @Test
  void linksToTheServerAreWrittenNeverFollowed() throws IOException {
    byte[] template = Templates.make(false, true, true);
    for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
      ExcerptDocument document = ExcerptLayout.builder().locale(locale).linkTargets(Links.toServer(server)).build()
          .layout(Links.excerpt());
      Set<String> links = Links.of(document);
      assertTrue(links.contains(server.origin() + "/vorlage"), links::toString);
      assertTrue(links.stream().anyMatch(l -> l.startsWith("https://" + server.host() + "/datei/")), links::toString);
      RenderOptions options = RenderOptions.builder().locale(locale).build();
      for (DocxRenderer renderer : List.of(DocxRenderer.builder().options(options).build(),
          DocxRenderer.builder().options(options).template(template).build())) {
        Docx docx = new Docx(renderer.renderToBytes(document));
        Inertness.assertInert(docx, links);
        assertEquals(links.size(), Docx.select(docx.xml("word/_rels/document.xml.rels"),
            "//rel:Relationship[@TargetMode='External']").size());
        try (XWPFDocument poi = docx.poi(); XWPFWordExtractor text = new XWPFWordExtractor(poi)) {
          assertTrue(text.getText().contains("Haupt- und Finanzausschuss"), "the Beratungsfolge");
        }
      }
    }
    assertEquals(List.of(), server.requests(), "connections to the loopback server");
  }

  private static String squeezed(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
