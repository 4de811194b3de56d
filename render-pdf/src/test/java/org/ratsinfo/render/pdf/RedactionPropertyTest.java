package org.ratsinfo.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.testkit.MarkedModels;
import org.ratsinfo.testkit.RedactionChecks;
import org.ratsinfo.testkit.RedactionChecks.Holdings;

/**
 * The redaction guarantee in PDF: random marked meetings (see {@link MarkedModels}, {@link
 * RedactionChecks}) rendered for the public hold no non-public or withheld marker in their extracted
 * text, their document information, their XMP metadata or any other string of the file (bookmarks,
 * the structure tree's alternate and actual texts), and rendered for the internal audience show all of
 * them. A failing seed is in the display name; {@code -Dratsinfo.seed=SEED -Dratsinfo.cases=1} runs
 * it alone.
 */
class RedactionPropertyTest {

  static {
    PdfRenderer.routeEngineLogging(); // openhtmltopdf's own logging prints lines for every page
  }

  static LongStream seeds() {
    return MarkedModels.seeds(1000);
  }

  static LongStream meetingSeeds() {
    return MarkedModels.seeds(20);
  }

  /**
   * The extracted text of every page; everything adds the document information, the XMP metadata
   * and every string object of the file.
   */
  static Holdings read(byte[] bytes) throws IOException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(document);
      StringBuilder everything = new StringBuilder(text);
      PDDocumentInformation info = document.getDocumentInformation();
      for (String key : info.getMetadataKeys()) {
        everything.append('\n').append(key).append('=').append(info.getCustomMetadataValue(key));
      }
      PDMetadata metadata = document.getDocumentCatalog().getMetadata();
      if (metadata != null) {
        everything.append('\n').append(new String(metadata.toByteArray(), StandardCharsets.UTF_8));
      }
      Map<COSBase, Boolean> seen = new IdentityHashMap<>();
      for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
        strings(document.getDocument().getObjectFromPool(key), everything, seen);
      }
      strings(document.getDocument().getTrailer(), everything, seen);
      return new Holdings(text, everything.toString());
    }
  }

  /** Appends every string reachable from the object: in dictionaries, arrays and stream dictionaries. */
  private static void strings(COSBase base, StringBuilder out, Map<COSBase, Boolean> seen) {
    COSBase object = base instanceof COSObject indirect ? indirect.getObject() : base;
    if (object == null || seen.put(object, Boolean.TRUE) != null) {
      return;
    }
    if (object instanceof COSString string) {
      out.append('\n').append(string.getString());
    } else if (object instanceof COSName name) {
      out.append('\n').append(name.getName());
    } else if (object instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        strings(array.get(i), out, seen);
      }
    } else if (object instanceof COSDictionary dictionary) {
      for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
        strings(entry.getKey(), out, seen);
        strings(entry.getValue(), out, seen);
      }
      if (object instanceof COSStream stream && COSName.METADATA.equals(stream.getCOSName(COSName.TYPE))) {
        try (var in = stream.createInputStream()) {
          out.append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void singleExcerpts(long seed) {
    RedactionChecks.singleExcerpts(MarkedModels.of(seed).meeting(),
        o -> PdfRenderer.builder().options(o).build(), RedactionPropertyTest::read, seed % 4 == 0);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("meetingSeeds")
  void wholeMeetings(long seed) {
    RedactionChecks.wholeMeeting(MarkedModels.of(seed).meeting(),
        o -> PdfRenderer.builder().options(o).build(), RedactionPropertyTest::read);
  }
}
