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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testing.HostileCorpus;
import org.ratsinfo.testing.HostileCorpus.Case;
import org.ratsinfo.testing.LoopbackServer;
import org.ratsinfo.validation.ModelValidator;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Every renderable case of the hostile corpus, read and validated, renders as DOCX within a time bound,
 * in German and English: every part is well-formed XML, POI opens the file and finds the title, and no
 * text became a relationship: no part has an external target, a hyperlink or an embedded object, and
 * the only fields are the footer's page numbers. The external relationships are checked by {@link
 * Inertness}, which tells the links an integrator gives the renderer from any other: the corpus gives
 * none, so none may be there. Rendered again with references to a loopback server in every text field,
 * the server receives no connection.
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
    ExcerptDocument document = options.layout(excerpt);
    DocxRenderer renderer = DocxRenderer.builder().options(options).build();
    Docx docx = new Docx(assertTimeoutPreemptively(BOUND, () -> renderer.renderToBytes(document)));
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
      for (String element : List.of("<w:hyperlink", "<w:fldSimple", "<w:object",
          "<w:altChunk", "<w:subDoc", "<v:imagedata", "<a:blip")) {
        assertFalse(xml.contains(element), name + " has " + element);
      }
    }
    // No external relationship at all (the renderer was given no link to write), no active content.
    Inertness.assertInert(docx, Inertness.NO_LINKS);
    try (XWPFDocument poi = docx.poi(); XWPFWordExtractor text = new XWPFWordExtractor(poi)) {
      assertTrue(squeezed(text.getText()).contains(squeezed(document.title())), "the title");
    }
  }

  private static String squeezed(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
