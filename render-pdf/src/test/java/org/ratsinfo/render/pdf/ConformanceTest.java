package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * veraPDF finds no failed rule in the reference excerpt, the long inquiry, the contested item (several
 * votes, a roll call, bias) and the Musterstadt meeting's agenda and minutes (internal and public), in
 * German and English,
 * against PDF/A-2a and against PDF/UA-1; and none in a PDF/A-2b against PDF/A-2b.
 */
class ConformanceTest {

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of(Samples.REFERENCE, Locale.GERMANY),
        Arguments.of(Samples.REFERENCE, Locale.ENGLISH),
        Arguments.of(Samples.LONG, Locale.GERMANY),
        Arguments.of(Samples.LONG, Locale.ENGLISH),
        Arguments.of(Samples.CONTESTED, Locale.GERMANY),
        Arguments.of(Samples.CONTESTED, Locale.ENGLISH),
        Arguments.of(Samples.AGENDA, Locale.GERMANY),
        Arguments.of(Samples.AGENDA, Locale.ENGLISH),
        Arguments.of(Samples.PUBLIC_AGENDA, Locale.GERMANY),
        Arguments.of(Samples.PUBLIC_AGENDA, Locale.ENGLISH),
        Arguments.of(Samples.MINUTES, Locale.GERMANY),
        Arguments.of(Samples.MINUTES, Locale.ENGLISH),
        Arguments.of(Samples.PUBLIC_MINUTES, Locale.GERMANY),
        Arguments.of(Samples.PUBLIC_MINUTES, Locale.ENGLISH));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documents")
  void pdfA2a(String sample, Locale locale) throws Exception {
    PdfRenderer renderer = Samples.shared(locale);
    byte[] pdf = renderer.renderToBytes(Samples.layout(sample, renderer));
    Samples.keep(sample.replace(".json", "") + "-" + locale.getLanguage() + ".pdf", pdf);
    List<String> failures = Vera.failures(pdf, PDFAFlavour.PDFA_2_A);
    assertEquals(List.of(), failures, () -> "PDF/A-2a, failed rules:\n" + String.join("\n", failures));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documents")
  void pdfUa1(String sample, Locale locale) throws Exception {
    PdfRenderer renderer = Samples.shared(locale);
    byte[] pdf = renderer.renderToBytes(Samples.layout(sample, renderer));
    List<String> failures = Vera.failures(pdf, PDFAFlavour.PDFUA_1);
    assertEquals(List.of(), failures, () -> "PDF/UA-1, failed rules:\n" + String.join("\n", failures));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documents")
  void pdfA2b(String sample, Locale locale) throws Exception {
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(locale))
        .conformance(PdfConformance.PDFA_2B).build();
    byte[] pdf = renderer.renderToBytes(Samples.layout(sample, renderer));
    List<String> failures = Vera.failures(pdf, PDFAFlavour.PDFA_2_B);
    assertEquals(List.of(), failures, () -> "PDF/A-2b, failed rules:\n" + String.join("\n", failures));
  }

  /**
   * Without object streams a PDF meets the same conformance and is the same document, only larger: no
   * object stream in it, while the default PDF keeps its objects in object streams.
   */
  @Test
  void withoutObjectStreams() throws Exception {
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .objectStreams(false).build();
    byte[] plain = renderer.renderToBytes(renderer.options().layout(Samples.reference()));
    List<String> failures = new ArrayList<>(Vera.failures(plain, PDFAFlavour.PDFA_2_A));
    failures.addAll(Vera.failures(plain, PDFAFlavour.PDFUA_1));
    assertEquals(List.of(), failures, () -> "failed rules:\n" + String.join("\n", failures));
    byte[] compact = Samples.render(Samples.reference(), Locale.GERMANY);
    assertFalse(new String(plain, StandardCharsets.ISO_8859_1).contains("/ObjStm"));
    assertTrue(new String(compact, StandardCharsets.ISO_8859_1).contains("/ObjStm"));
    assertTrue(2 * compact.length < plain.length, compact.length + " bytes against " + plain.length);
    try (PDDocument a = Loader.loadPDF(plain); PDDocument b = Loader.loadPDF(compact)) {
      assertEquals(new PDFTextStripper().getText(b), new PDFTextStripper().getText(a));
    }
  }

  /** The harness can fail: a PDF without claims or tags fails both PDF/A-2a and PDF/UA-1. */
  @Test
  void aPlainPdfFails() throws Exception {
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .conformance(PdfConformance.NONE).build();
    byte[] pdf = renderer.renderToBytes(renderer.options().layout(Samples.reference()));
    assertFalse(Vera.failures(pdf, PDFAFlavour.PDFA_2_A).isEmpty());
    assertFalse(Vera.failures(pdf, PDFAFlavour.PDFUA_1).isEmpty());
  }
}
