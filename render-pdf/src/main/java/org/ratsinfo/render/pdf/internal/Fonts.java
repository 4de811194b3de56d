package org.ratsinfo.render.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;

/**
 * The fonts every PDF uses: Noto Sans (SIL Open Font License 1.1; {@code fonts/OFL.txt} next to the
 * files) in regular, bold, italic and bold italic, read once from this module's resources when the
 * class is first used, and shared read-only by every render and thread. Parsed faces come from a
 * {@link FontPool}, so that a render does not parse the font files again.
 *
 * <p>Each face is registered under the family {@value #FAMILY} and under the generic families {@code
 * sans-serif}, {@code serif} and {@code monospace}, so that no text ever falls back to a font that is
 * not embedded: the PDF never depends on the fonts of the machine.
 */
public final class Fonts {

  /** The family the print stylesheet names. */
  public static final String FAMILY = "Noto Sans";

  private static final List<String> FAMILIES = List.of(FAMILY, "sans-serif", "serif", "monospace");

  private static final List<Face> FACES = List.of(
      new Face("NotoSans-Regular.ttf", 400, FontStyle.NORMAL),
      new Face("NotoSans-Bold.ttf", 700, FontStyle.NORMAL),
      new Face("NotoSans-Italic.ttf", 400, FontStyle.ITALIC),
      new Face("NotoSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

  private Fonts() {}

  /**
   * Registers every face with a builder; openhtmltopdf embeds the subset of each face it uses.
   *
   * @param builder the builder of one render
   * @param pdf the document the builder renders into ({@link PdfRendererBuilder#usePDDocument})
   * @param parsed the faces, {@link #parse() parsed}, used by this render only while it runs
   */
  public static void register(PdfRendererBuilder builder, PDDocument pdf, TrueTypeFont[] parsed) {
    for (int i = 0; i < FACES.size(); i++) {
      Face face = FACES.get(i);
      for (String family : FAMILIES) {
        builder.useFont(new LazyFont(pdf, parsed[i]), family, face.weight, face.style, true);
      }
    }
  }

  /**
   * Parses every face, in the order {@link #register} expects them.
   *
   * @return the parsed faces: not thread-safe, for one render at a time
   */
  static TrueTypeFont[] parse() {
    TrueTypeFont[] parsed = new TrueTypeFont[FACES.size()];
    for (int i = 0; i < parsed.length; i++) {
      try {
        parsed[i] = new TTFParser().parse(new RandomAccessReadBuffer(FACES.get(i).bytes));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot parse the font " + FACES.get(i).file, e);
      }
    }
    return parsed;
  }

  /** One face: its file, read once. */
  private static final class Face {
    final String file;
    final int weight;
    final FontStyle style;
    final byte[] bytes;

    Face(String file, int weight, FontStyle style) {
      this.file = file;
      this.weight = weight;
      this.style = style;
      this.bytes = read("/org/ratsinfo/render/pdf/fonts/" + file);
    }
  }

  static byte[] read(String path) {
    try (@Nullable InputStream in = Fonts.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
