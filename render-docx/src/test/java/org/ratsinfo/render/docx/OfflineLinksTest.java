package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.ExcerptLayout;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.LoopbackServer;

/**
 * The documents' own links (files and papers, https and http, in ratsinfo's package and in a template)
 * pointing at a loopback server are written as links and never followed. (The hostile corpus, inert and
 * offline, is {@link DocxRendererConformanceTest}'s.)
 */
class OfflineLinksTest {

  private static LoopbackServer server;

  @BeforeAll
  static void startServer() throws IOException {
    server = LoopbackServer.start();
  }

  @AfterAll
  static void stopServer() throws IOException {
    server.close();
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
}
