package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.Test;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.render.RenderOptions;

/**
 * With a fixed clock the same input gives the same bytes; at another instant only the dates and the
 * document's identifier differ.
 */
class DeterminismTest {

  @Test
  void sameInputSameBytes() {
    PdfRenderer renderer = Samples.renderer(Locale.GERMANY);
    ExcerptDocument document = renderer.options().layout(Samples.reference());
    byte[] first = renderer.renderToBytes(document);
    assertArrayEquals(first, renderer.renderToBytes(document));
    assertArrayEquals(first, Samples.renderer(Locale.GERMANY).renderToBytes(document));
    byte[] longFirst = renderer.renderToBytes(renderer.options().layout(Samples.longInquiry()));
    assertArrayEquals(longFirst,
        renderer.renderToBytes(renderer.options().layout(Samples.longInquiry())));
  }

  @Test
  void anotherInstantChangesOnlyDatesAndIdentifier() throws IOException {
    RenderOptions later = Samples.options(Locale.GERMANY).toBuilder()
        .fixedInstant(Samples.INSTANT.plus(Duration.ofDays(400).plusSeconds(7))).build();
    PdfRenderer renderer = Samples.renderer(Locale.GERMANY);
    ExcerptDocument document = renderer.options().layout(Samples.reference());
    byte[] now = renderer.renderToBytes(document);
    byte[] then = PdfRenderer.builder().options(later).build().renderToBytes(document);
    assertFalse(Arrays.equals(now, then));
    assertNotEquals(identifier(now), identifier(then));
    assertArrayEquals(withoutDatesAndIdentifier(now), withoutDatesAndIdentifier(then));
  }

  private static String identifier(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getDocument().getTrailer().getCOSArray(COSName.ID).toString();
    }
  }

  /** The PDF saved uncompressed, with its dates and identifier set to fixed values. */
  private static byte[] withoutDatesAndIdentifier(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      document.getDocumentInformation().setCreationDate(null);
      document.getDocumentInformation().setModificationDate(null);
      PDMetadata metadata = document.getDocumentCatalog().getMetadata();
      String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
      String cleaned = xmp.replaceAll("Date>[^<]*<", "Date><");
      assertNotEquals(xmp, cleaned);
      document.getDocumentCatalog().setMetadata(new PDMetadata(document,
          new ByteArrayInputStream(cleaned.getBytes(StandardCharsets.UTF_8))));
      COSDictionary trailer = document.getDocument().getTrailer();
      // The length of the original cross-reference stream, which holds the offsets, goes too.
      for (COSName key : List.of(COSName.ID, COSName.LENGTH, COSName.FILTER, COSName.DECODE_PARMS)) {
        trailer.removeItem(key);
      }
      trailer.setItem(COSName.ID, new COSArray(List.of(new COSString("x"), new COSString("x"))));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out, CompressParameters.NO_COMPRESSION);
      byte[] bytes = out.toByteArray();
      assertEquals(-1, indexOf(bytes, "2026-11-26".getBytes(StandardCharsets.US_ASCII)));
      return bytes;
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
