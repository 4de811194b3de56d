package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.DocumentInfo;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.LinkList;
import org.ratsinfo.document.LinkTargets;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.SectionKind;
import org.ratsinfo.model.Audience;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.pdf.internal.TaggedLinks;
import org.ratsinfo.testing.PaperContexts;
import org.ratsinfo.testkit.LoopbackServer;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The entries of a {@link LinkList} that have a target are links in the PDF, tagged as PDF/UA asks: a
 * URI link annotation with the target and the link's text as {@code /Contents}, held by a {@code Link}
 * structure element with the link's text, in the data's language, with no empty alternate
 * description; a link that wraps is one {@code Link} with an annotation per line. Entries without a
 * target are text only. An excerpt with a Beratungsfolge, linked papers and attachments meets PDF/A-2a
 * and PDF/UA-1 in German and English, and nothing it links to is ever fetched.
 */
class LinksTest {

  private static final String LONG = "Anlage 3: Zeitplan <Entwurf> & Kosten der Erneuerung des"
      + " städtischen Internetauftritts mit allen Arbeitspaketen und Meilensteinen bis Ende 2018";

  private static final List<LinkList.Entry> ENTRIES = List.of(
      new LinkList.Entry("Paper: ", "Anfrage 2017/0137", URI.create("https://ris.example/files/1.pdf"),
          " (PDF, 121 KB)", "de"),
      new LinkList.Entry("", "Anlage 2: Stellungnahme (nur in Papierform)", null, "", "de"),
      new LinkList.Entry("", LONG, URI.create("http://ris.example/d?id=3&format=pdf"), " (PDF, 1.2 MB)",
          "de"),
      new LinkList.Entry("Amendment to: ", "2017/0151 Änderungsantrag", null, "", null),
      new LinkList.Entry("", "Overview", URI.create("https://ris.example/%C3%BCbersicht?q=%22x%22"), "",
          null));

  /** An English document of German data: the attachments of an item. */
  private static ExcerptDocument document() {
    List<Block> blocks = List.of(new Section(SectionKind.ATTACHMENTS, "Attachments",
        List.of(new LinkList(ENTRIES))));
    DocumentInfo info = new DocumentInfo("Excerpt - TOP 19.1", "Attachments", "Stadt Herne", List.of(),
        "en");
    return new ExcerptDocument(Locale.ENGLISH, Audience.PUBLIC, info, "Stadt Herne",
        "Excerpt - TOP 19.1", blocks);
  }

  @Test
  void entriesWithATargetAreTaggedLinks() throws Exception {
    byte[] pdf = Samples.shared(Locale.ENGLISH).renderToBytes(document());
    Samples.keep("links-tree-en.pdf", pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<TaggedLinks.Link> links = TaggedLinks.links(document);
      List<LinkList.Entry> linked = ENTRIES.stream().filter(e -> e.target() != null).toList();
      assertEquals(linked.size(), links.size(), links.toString());
      List<TaggedLinks.Annotation> expected = new ArrayList<>();
      for (int i = 0; i < linked.size(); i++) {
        LinkList.Entry entry = linked.get(i);
        TaggedLinks.Link link = links.get(i);
        assertEquals(entry.text(), link.text().replaceAll("\\s+", " ").strip());
        assertEquals(entry.textLanguage(), link.lang());
        assertNull(link.alt(), "no alternate description: the text is read");
        assertTrue(!link.annotations().isEmpty());
        for (TaggedLinks.Annotation annotation : link.annotations()) {
          assertEquals(new TaggedLinks.Annotation("Link", entry.target().toASCIIString(), entry.text(),
              0), annotation);
        }
        expected.addAll(link.annotations());
      }
      // The long name wraps: one link, an annotation for each of its lines.
      assertTrue(links.get(1).annotations().size() >= 2, links.get(1).toString());
      // No other annotation: the entries without a target are no links.
      assertEquals(expected, TaggedLinks.annotations(document));
      assertEquals(List.of(), TaggedLinks.parentTreeProblems(document));
      String text = Pages.of(pdf).content();
      assertTrue(text.contains("Anlage 2: Stellungnahme (nur in Papierform)"), text);
      assertTrue(text.contains("Zeitplan <Entwurf> & Kosten"), text);
    }
    assertConforms(pdf);
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void anExcerptWithItsContextConforms(String language) throws Exception {
    Locale locale = Locale.forLanguageTag(language);
    byte[] pdf = PaperContext.render(PaperContext.excerpt(), locale);
    Samples.keep("context-" + language + ".pdf", pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<TaggedLinks.Link> links = TaggedLinks.links(document);
      assertEquals(List.of(
              PaperContexts.PAPERS + "2016/0890",
              PaperContexts.FILES + "2017-0137.pdf",
              PaperContexts.FILES + "2017-0137-anlage-1.pdf",
              PaperContexts.PAPERS + "2017/0137",
              PaperContexts.FILES + "praesentation.pdf",
              PaperContexts.FILES + "beschluss-19-1.pdf"),
          links.stream().map(link -> link.annotations().get(0).uri()).toList());
      for (TaggedLinks.Link link : links) {
        assertEquals(language.equals("en") ? "de-DE" : null, link.lang());
        assertNull(link.alt());
        for (TaggedLinks.Annotation annotation : link.annotations()) {
          assertEquals(link.text().replaceAll("\\s+", " ").strip(), annotation.contents());
        }
      }
      assertEquals("Anlage 1: Zeitplan <Entwurf> & Kosten", links.get(2).text());
      assertEquals(links.stream().mapToInt(link -> link.annotations().size()).sum(),
          TaggedLinks.annotations(document).size());
      assertEquals(List.of(), TaggedLinks.parentTreeProblems(document));
    }
    assertConforms(pdf);
  }

  /** Files and papers at a loopback server, over http and https: the server hears nothing. */
  @Test
  void nothingLinkedIsFetched() throws Exception {
    try (LoopbackServer server = LoopbackServer.start()) {
      LinkTargets papers = new LinkTargets() {
        @Override
        public String paper(@Nullable String id, @Nullable String reference) {
          return server.origin() + "/paper/" + reference;
        }
      };
      for (String files : List.of(server.origin() + "/files/", "https://" + server.host() + "/files/")) {
        RenderOptions options = RenderOptions.builder().fixedInstant(Samples.INSTANT)
            .linkTargets(papers).build();
        PdfRenderer renderer = PdfRenderer.builder().options(options).build();
        byte[] pdf = renderer.renderToBytes(options.layout(
            PaperContexts.withContext(Samples.reference(), files)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
          List<String> uris = TaggedLinks.annotations(document).stream()
              .map(TaggedLinks.Annotation::uri).toList();
          assertTrue(uris.contains(files + "2017-0137.pdf"), uris.toString());
          assertTrue(uris.contains(server.origin() + "/paper/2016/0890"), uris.toString());
        }
      }
      assertEquals(List.of(), server.requests(), "connections to the loopback server");
    }
  }

  private static void assertConforms(byte[] pdf) throws Exception {
    List<String> failures = new ArrayList<>(Vera.failures(pdf, PDFAFlavour.PDFA_2_A));
    failures.addAll(Vera.failures(pdf, PDFAFlavour.PDFUA_1));
    assertEquals(List.of(), failures, () -> "failed rules:\n" + String.join("\n", failures));
  }
}
