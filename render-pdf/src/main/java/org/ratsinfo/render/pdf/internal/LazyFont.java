package org.ratsinfo.render.pdf.internal;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * A face for one render, made into a PDF font of that render's document only when openhtmltopdf first
 * uses it (as openhtmltopdf's own file supplier does), from the face of a {@link FontPool} set, parsed
 * into the set then if no render has parsed it before: {@code PDType0Font.load(document, ttf, subset)}
 * is what {@code useFont} with a stream does after parsing the stream, so the PDF is the same. The
 * parsed face is not closed with the document; its {@link FontPool} keeps it for the next render. Not
 * thread-safe: one render.
 */
final class LazyFont extends PDFontSupplier {

  private final PDDocument pdf;
  private final TrueTypeFont[] set;
  private final int face;
  private @Nullable PDFont font;

  LazyFont(PDDocument pdf, TrueTypeFont[] set, int face) {
    super(null);
    this.pdf = pdf;
    this.set = set;
    this.face = face;
  }

  @Override
  public PDFont supply() {
    if (font == null) {
      TrueTypeFont ttf = set[face];
      if (ttf == null) {
        ttf = Fonts.parse(face);
        set[face] = ttf;
      }
      try {
        font = PDType0Font.load(pdf, ttf, true);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot embed the font " + ttf, e);
      }
    }
    return font;
  }
}
