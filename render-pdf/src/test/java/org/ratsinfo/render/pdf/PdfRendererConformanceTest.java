package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.Holdings;
import org.ratsinfo.testkit.RandomModels;
import org.ratsinfo.testkit.RendererConformance;

/**
 * The PDF renderer passes the test kit's conformance suite: every fact in the extracted text,
 * redaction with markers in the text, the document information, the XMP metadata and every string
 * object of the file, 2,000 random excerpts, the reference and the long inquiry on 8 threads sharing a renderer, and the hostile corpus
 * inert and offline, its title read back, no glyph missing and no text off the page ({@link
 * #assertInert}; the fonts' refusals and PDF/A of hostile documents are {@link HostileCorpusTest}'s).
 *
 * <p>The random texts and the hostile corpus hold emoji, flags, mathematical letters, Chinese and
 * Japanese that Noto Sans lacks, which the renderer refuses without a fallback font (see {@link
 * CharactersTest}); so the renderer has two, Symbola and Droid Sans Fallback (Debian's {@code
 * fonts-symbola}, {@code fonts-droid-fallback}). Right-to-left letters it refuses with any font, since
 * the engine would not join them: the hostile case that has Arabic is refused with a {@link
 * org.ratsinfo.render.RenderException}.
 */
class PdfRendererConformanceTest implements RendererConformance {

  /** Symbola: symbols, emoji and mathematical alphanumerics in outlines, free for any use. */
  static final Path SYMBOLA = Path.of("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf");

  @Override
  public ExcerptRenderer renderer(RenderOptions options) {
    try {
      return PdfRenderer.builder().options(options)
          .fallbackFont(Samples.requireFont(SYMBOLA, "fonts-symbola"))
          .fallbackFont(Samples.requireFont(CharactersTest.DROID, "fonts-droid-fallback"))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text as PDFBox reads it back: without white space (a line or page break may fall anywhere),
   * invisible format characters and variation selectors (which select a glyph and are not one),
   * ligatures such as "ﬁ" as their letters (NFKC).
   */
  @Override
  public String comparable(String text) {
    StringBuilder sb = new StringBuilder();
    Pages.squeezed(text).codePoints().filter(c -> Character.getType(c) != Character.FORMAT
        && !(c >= 0xFE00 && c <= 0xFE0F) && !(c >= 0xE0100 && c <= 0xE01EF))
        .forEach(sb::appendCodePoint);
    return Normalizer.normalize(sb.toString(), Normalizer.Form.NFKC);
  }

  /**
   * What only a PDF shows of a hostile document: PDFBox reads the title back, no character became "#"
   * (a glyph the fonts lack), and no text runs off the page.
   */
  @Override
  public void assertInert(ExcerptDocument document, byte[] output) {
    checkPages(document, output);
  }

  /** See {@link #assertInert}; also for the renderer without fallback fonts ({@link HostileCorpusTest}). */
  static void checkPages(ExcerptDocument document, byte[] pdf) {
    Pages pages = Pages.of(pdf);
    String text = visible(pages.content());
    assertTrue(text.contains(visible(document.title())),
        () -> "the title " + visible(document.title()) + " in " + text.substring(0, Math.min(400, text.length())));
    long hashes = RandomModels.strings(document).stream().mapToLong(s -> s.chars().filter(ch -> ch == '#').count()).sum();
    assertTrue(text.chars().filter(ch -> ch == '#').count() <= hashes, "a character became #");
    // Text stays 10 mm clear of the paper's edges, where printers cannot print. (A table cell's URL,
    // which the table's automatic layout does not break, can reach a millimetre into the right margin.)
    for (Pages.Run run : pages.runs()) {
      assertTrue(run.left() >= Pages.LEFT - 1 && run.right() <= Pages.WIDTH - 10,
          () -> "runs off the page at the side: " + run);
      assertTrue(run.top() >= 10 && run.bottom() <= Pages.HEIGHT - 10, () -> "runs off the page: " + run);
    }
  }

  /**
   * The text as PDFBox reads it back: without white space and invisible format characters, ligatures
   * such as "ﬁ" as their letters (NFKC).
   */
  private static String visible(String text) {
    StringBuilder sb = new StringBuilder();
    Pages.squeezed(text).codePoints().filter(c -> Character.getType(c) != Character.FORMAT)
        .forEach(sb::appendCodePoint);
    return Normalizer.normalize(sb.toString(), Normalizer.Form.NFKC);
  }

  @Override
  public List<Excerpt> excerpts() {
    return List.of(Samples.reference(), Samples.longInquiry());
  }

  @Override
  public Set<String> refusedHostileCases() {
    return Set.of("emoji-cjk-arabic.json");
  }

  @Override
  public int cases() {
    return 1000;
  }

  @Override
  public int meetingCases() {
    return 20;
  }

  @Override
  public int sharedCases() {
    return 2000;
  }

  @Override
  public int threads() {
    return 8;
  }

  @Override
  public java.time.Duration timeBound() {
    return java.time.Duration.ofSeconds(60);
  }

  /**
   * The extracted text of every page's content area; everything adds the whole extracted text, the
   * document information, the XMP metadata and every string object of the file.
   */
  @Override
  public Holdings read(byte[] bytes) throws IOException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      // The text a reader sees, read twice, since neither reading keeps every fact whole: the text in
      // the order of the content stream (where a paragraph that runs over a page break is cut by the
      // running header), and each page's content area in reading order (where the wrapped lines of
      // a table's cells interleave).
      String stream = new PDFTextStripper().getText(document);
      String text = stream + "\n" + Pages.of(bytes).content();
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

}
