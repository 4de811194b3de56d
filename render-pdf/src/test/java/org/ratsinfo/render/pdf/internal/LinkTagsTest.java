package org.ratsinfo.render.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * What {@link LinkTags} mends, shown on openhtmltopdf's own output (so that this test tells when a
 * new openhtmltopdf no longer needs it): a link that wraps onto further lines, or onto the next page,
 * is one {@code Link} element with all its text and annotations, and the parent tree follows; no
 * {@code Link} keeps an empty {@code /Alt}; two links are never merged, even to the same address.
 */
class LinkTagsTest {

  private static final String LONG = "Anlage 1: Zeitplan der Erneuerung des Internetauftritts mit allen"
      + " Arbeitspaketen, Meilensteinen und Kosten bis zum Jahr 2018";

  private static String page(String pageSize, String body) {
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>Links</title>"
        + "<meta name=\"description\" content=\"Links\"/>"
        + "<style>@page { size: " + pageSize + "; margin: 5mm; } body { font-family: 'Noto Sans';"
        + " font-size: 10pt; line-height: 1.4; margin: 0; }</style></head><body>" + body
        + "</body></html>";
  }

  private static final String WRAPPED = page("100mm 100mm",
      "<p>Siehe <a href=\"https://ris.example/1\" lang=\"de\">" + LONG + "</a> (PDF, 1 MB).</p>"
          + "<p><a href=\"https://ris.example/2\">second</a> and <a href=\"https://ris.example/2\">"
          + "second</a></p><p><a href=\"https://ris.example/2\">second</a></p>");

  /** A page two lines high: the link goes on over the page break. */
  private static final String OVER_A_PAGE = page("100mm 19mm",
      "<p><a href=\"https://ris.example/1\" lang=\"de\">" + LONG + "</a> (PDF)</p>");

  /** openhtmltopdf, tagged for PDF/UA, as the engine runs it, but without the mending. */
  private static byte[] openhtmltopdf(String xhtml) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    byte[] font = Fonts.read("/org/ratsinfo/render/pdf/fonts/NotoSans-Regular.ttf");
    builder.useFont(() -> new ByteArrayInputStream(font), Fonts.FAMILY);
    builder.usePdfUaAccessibility(true);
    builder.withW3cDocument(Xhtml.parse(xhtml), "about:blank");
    builder.useUriResolver((base, uri) -> null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      try (PDDocument pdf = renderer.createPDFKeepOpen()) {
        pdf.save(out);
      }
    }
    return out.toByteArray();
  }

  private static byte[] mended(byte[] raw, int expectedMerges) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(raw)) {
      assertEquals(expectedMerges, LinkTags.mend(pdf));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void openhtmltopdfTagsEachLineOfALinkAsALinkWithAnEmptyAlt() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(openhtmltopdf(WRAPPED))) {
      List<TaggedLinks.Link> links = TaggedLinks.links(pdf);
      assertTrue(links.size() >= 2 + 3, links.toString());
      assertTrue(links.stream().allMatch(link -> "".equals(link.alt())), links.toString());
      assertEquals(List.of(), TaggedLinks.parentTreeProblems(pdf));
    }
  }

  @Test
  void aWrappedLinkIsOneLinkWithItsAnnotations() throws IOException {
    byte[] raw = openhtmltopdf(WRAPPED);
    int lines;
    try (PDDocument pdf = Loader.loadPDF(raw)) {
      lines = (int) TaggedLinks.annotations(pdf).stream()
          .filter(a -> "https://ris.example/1".equals(a.uri())).count();
    }
    assertTrue(lines >= 2, "the long link takes " + lines + " lines");
    try (PDDocument pdf = Loader.loadPDF(mended(raw, lines - 1))) {
      List<TaggedLinks.Link> links = TaggedLinks.links(pdf);
      assertEquals(4, links.size(), links.toString());
      TaggedLinks.Link wrapped = links.get(0);
      assertEquals(LONG, wrapped.text().replaceAll("\\s+", " ").strip());
      assertEquals("de", wrapped.lang());
      assertNull(wrapped.alt());
      assertEquals(lines, wrapped.annotations().size());
      for (TaggedLinks.Annotation annotation : wrapped.annotations()) {
        assertEquals(new TaggedLinks.Annotation("Link", "https://ris.example/1", LONG, 0), annotation);
      }
      // Two links to one address, in one paragraph with text between them or in two, stay three.
      for (TaggedLinks.Link second : links.subList(1, 4)) {
        assertEquals("second", second.text());
        assertNull(second.alt());
        assertEquals(List.of(new TaggedLinks.Annotation("Link", "https://ris.example/2", "second", 0)),
            second.annotations());
      }
      assertEquals(List.of(), TaggedLinks.parentTreeProblems(pdf));
    }
  }

  @Test
  void aLinkOverAPageBreakIsOneLinkThatRefersToTheContentOfBothPages() throws IOException {
    byte[] raw = openhtmltopdf(OVER_A_PAGE);
    int parts;
    try (PDDocument pdf = Loader.loadPDF(raw)) {
      parts = TaggedLinks.links(pdf).size();
    }
    try (PDDocument pdf = Loader.loadPDF(mended(raw, parts - 1))) {
      List<TaggedLinks.Link> links = TaggedLinks.links(pdf);
      assertEquals(1, links.size(), links.toString());
      assertEquals(LONG, links.get(0).text().replaceAll("\\s+", " ").strip());
      List<Integer> onPages = links.get(0).annotations().stream()
          .map(TaggedLinks.Annotation::page).distinct().toList();
      assertTrue(onPages.size() >= 2, onPages.toString());
      assertEquals(IntStream.range(0, onPages.size()).boxed().toList(), onPages);
      assertEquals(List.of(), TaggedLinks.parentTreeProblems(pdf));
    }
  }

  @Test
  void anUntaggedPdfIsLeftAsItIs() throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      assertEquals(0, LinkTags.mend(pdf));
    }
  }
}
