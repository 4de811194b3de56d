package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.ratsinfo.model.Audience;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.Renderers;

/**
 * The renderer as a renderer: discovery, options, conformance levels and errors; threads sharing one
 * renderer in {@link PdfRendererConformanceTest}.
 */
class RendererContractTest {

  @Test
  void streamGetsTheSameBytes() throws IOException {
    PdfRenderer renderer = Samples.renderer(Locale.ENGLISH);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(Samples.reference(), out);
    assertArrayEquals(renderer.renderToBytes(renderer.options().layout(Samples.reference())),
        out.toByteArray());
    assertTrue(out.toString(StandardCharsets.ISO_8859_1).startsWith("%PDF-1."));
  }

  @Test
  void formatOptionsAndDefaults() {
    RenderOptions options = Samples.options(Locale.ENGLISH);
    PdfRenderer renderer = PdfRenderer.builder().options(options).build();
    assertEquals(RenderFormat.PDF, renderer.format());
    assertSame(options, renderer.options());
    assertEquals(PdfConformance.PDFA_2A_PDFUA_1, renderer.conformance());
    assertSame(RenderOptions.defaults(), PdfRenderer.builder().build().options());
    assertThrows(NullPointerException.class, () -> PdfRenderer.builder().options(null));
    assertThrows(NullPointerException.class, () -> PdfRenderer.builder().conformance(null));
    assertThrows(IllegalArgumentException.class,
        () -> PdfRenderer.builder().additionalStylesheet("p {} </style><script>"));
    assertThrows(IllegalArgumentException.class,
        () -> PdfRenderer.builder().additionalStylesheet("p {} ]]>"));
  }

  @Test
  void foundByTheServiceLoader() {
    RenderOptions options = Samples.options(Locale.ENGLISH);
    Renderers renderers = Renderers.builder().addServiceLoaded(options).build();
    ExcerptRenderer renderer = renderers.get("pdf");
    assertInstanceOf(PdfRenderer.class, renderer);
    assertSame(options, renderer.options());
    assertInstanceOf(PdfRenderer.class, new PdfRendererProvider().create(options));
    assertEquals(RenderFormat.PDF, new PdfRendererProvider().format());
  }

  @Test
  void warmUpRendersInEitherLanguage() {
    Samples.renderer(Locale.GERMANY).warmUp();
    Samples.renderer(Locale.ENGLISH).warmUp();
  }

  @Test
  void nonPublicItemsAreRefusedForThePublic() {
    PdfRenderer renderer = PdfRenderer.builder()
        .options(Samples.options(Locale.GERMANY).toBuilder().audience(Audience.PUBLIC).build())
        .build();
    assertNotNull(renderer.renderToBytes(renderer.options().layout(Samples.reference())));
  }

  @Test
  void pdfA2bClaimsLevelBAndIsNotTagged() throws IOException {
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .conformance(PdfConformance.PDFA_2B).build();
    try (PDDocument pdf = Loader.loadPDF(renderer.renderToBytes(
        renderer.options().layout(Samples.reference())))) {
      String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
          StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), xmp);
      assertTrue(!xmp.contains("pdfuaid"), xmp);
      assertNull(pdf.getDocumentCatalog().getStructureTreeRoot());
      assertEquals("de-DE", pdf.getDocumentCatalog().getLanguage());
      assertEquals(1.7f, pdf.getVersion());
    }
  }

  @Test
  void plainPdfClaimsNothingButKeepsMetadataAndText() throws IOException {
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .conformance(PdfConformance.NONE).build();
    byte[] bytes = renderer.renderToBytes(renderer.options().layout(Samples.reference()));
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
          StandardCharsets.UTF_8);
      assertTrue(!xmp.contains("pdfaid") && !xmp.contains("pdfuaid"), xmp);
      assertEquals("Stadt Herne", pdf.getDocumentInformation().getAuthor());
      assertEquals("de-DE", pdf.getDocumentCatalog().getLanguage());
    }
    assertTrue(Pages.squeezed(Pages.of(bytes).content()).contains("„Hernekannwas“"));
  }

  /**
   * A named page without room for text, for the fifth question of an answer only: the sample excerpt
   * the builder tries the stylesheet on has one question, so the renderer is built, and the PDF engine
   * fails on the reference excerpt's pages.
   */
  @Test
  void engineFailuresBecomeRenderExceptionsAndNothingIsWritten() {
    String css = "@page tiny { size: 10mm 10mm; margin: 20mm; } .ratsinfo-qa:nth-child(5) { page: tiny }";
    for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
      PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(locale))
          .additionalStylesheet(css).build();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RenderException e = assertThrows(RenderException.class,
          () -> renderer.render(Samples.reference(), out));
      String message = e.getMessage();
      boolean german = locale.getLanguage().equals("de");
      assertTrue(message.startsWith(german ? "Der Auszug „Auszug - Anfrage: Sachstand Erneuerung"
          : "cannot render the excerpt \"Excerpt - Anfrage: Sachstand Erneuerung"), message);
      assertTrue(message.contains(german
          ? "…“ kann nicht als PDF ausgegeben werden: der PDF-Satz (openhtmltopdf) ist gescheitert, "
              + "womöglich am zusätzlichen Stylesheet: IllegalArgumentException ("
          : "…\" as PDF: the PDF engine (openhtmltopdf) failed, perhaps because of the additional "
              + "stylesheet: IllegalArgumentException ("), message);
      assertTrue(message.contains("margin"), message);
      assertNotNull(e.getCause());
      assertEquals(0, out.size());
    }
  }

  @Test
  void aFailingStreamIsReportedAsIoException() {
    PdfRenderer renderer = Samples.shared(Locale.GERMANY);
    java.io.OutputStream broken = new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk full");
      }
    };
    IOException e = assertThrows(IOException.class, () -> renderer.render(Samples.reference(), broken));
    assertEquals("disk full", e.getMessage());
  }
}
