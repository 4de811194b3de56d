package org.ratsinfo.render.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jspecify.annotations.Nullable;

/**
 * The fonts every PDF uses: Noto Sans (SIL Open Font License 1.1; {@code fonts/OFL.txt} next to the
 * files) in regular, bold, italic and bold italic, each read once from this module's resources when a
 * render first uses it, and shared read-only by every render and thread. Parsed faces come from a
 * {@link FontPool}, so that a render does not parse the font files again; a face no page has used
 * (bold italic, in most excerpts) is never read or parsed.
 *
 * <p>A render registers the faces under the family {@value #FAMILY} and as openhtmltopdf's fallback
 * fonts ({@link RenderFonts}), so that a text of any family is drawn in Noto Sans and no text ever
 * falls back to a font that is not embedded: the PDF never depends on the fonts of the machine.
 */
public final class Fonts {

  /** The family the print stylesheet names. */
  public static final String FAMILY = "Noto Sans";

  private static final List<Face> FACES = List.of(
      new Face("NotoSans-Regular.ttf", 400, FontStyle.NORMAL),
      new Face("NotoSans-Bold.ttf", 700, FontStyle.NORMAL),
      new Face("NotoSans-Italic.ttf", 400, FontStyle.ITALIC),
      new Face("NotoSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

  /**
   * The characters common to every face, as ranges of code points: computed from the fonts when they
   * are added or changed (see {@code FontCoverageTest}), so that a renderer does not parse the four
   * character maps when it starts (about 150 ms in a fresh JVM).
   */
  private static final String COVERAGE = "/org/ratsinfo/render/pdf/fonts/NotoSans-coverage.txt";

  private Fonts() {}

  /**
   * The characters every face of Noto Sans has (headings are bold, notes italic), read once from the
   * coverage file beside the fonts.
   *
   * @return a new copy
   */
  public static BitSet characters() {
    return (BitSet) Characters.COMMON.clone();
  }

  /**
   * The print stylesheet's rule that names the fallback fonts after Noto Sans, so that openhtmltopdf
   * takes each character it lacks from the first fallback font that has it.
   *
   * @param fallbacks the number of fallback fonts
   * @return the CSS rule, empty if there are none
   */
  public static String fallbackRule(int fallbacks) {
    if (fallbacks == 0) {
      return "";
    }
    StringBuilder css = new StringBuilder("\nhtml { font-family: \"").append(FAMILY).append('"');
    for (int i = 1; i <= fallbacks; i++) {
      css.append(", \"").append(RenderFonts.FALLBACK_FAMILY).append(i).append('"');
    }
    return css.append(", sans-serif; }\n").toString();
  }

  /**
   * The number of faces: the length of a set of them.
   *
   * @return 4
   */
  static int faces() {
    return FACES.size();
  }

  /** The weight of a face, in the order of a set. */
  static int weight(int face) {
    return FACES.get(face).weight;
  }

  /** The style of a face, in the order of a set. */
  static FontStyle style(int face) {
    return FACES.get(face).style;
  }

  /**
   * Parses one face.
   *
   * @param face its index, in the order of a set of faces (regular, bold, italic, bold italic)
   * @return the parsed face: not thread-safe, for one render at a time
   */
  static TrueTypeFont parse(int face) {
    Face f = FACES.get(face);
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(f.bytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse the font " + f.file, e);
    }
  }

  /**
   * Parses every face, in the order of a set.
   *
   * @return the parsed faces: not thread-safe, for one render at a time
   */
  static TrueTypeFont[] parse() {
    TrueTypeFont[] parsed = new TrueTypeFont[FACES.size()];
    for (int i = 0; i < parsed.length; i++) {
      parsed[i] = parse(i);
    }
    return parsed;
  }

  /**
   * The characters common to every face, computed from the fonts' character maps: what the coverage
   * file must hold.
   *
   * @return the characters
   */
  static BitSet computeCharacters() {
    BitSet common = null;
    for (Face face : FACES) {
      try {
        BitSet own = Glyphs.characters(face.bytes());
        if (common == null) {
          common = own;
        } else {
          common.and(own);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the character map of Noto Sans", e);
      }
    }
    return common;
  }

  /**
   * Reads a coverage file: lines of {@code first..last} in hexadecimal; lines starting with {@code #}
   * are comments.
   *
   * @param text the file's text
   * @return the characters
   * @throws IllegalStateException if a line is not a range
   */
  static BitSet parseCoverage(String text) {
    BitSet characters = new BitSet();
    for (String line : text.split("\n")) {
      String range = line.strip();
      if (range.isEmpty() || range.startsWith("#")) {
        continue;
      }
      int dots = range.indexOf("..");
      try {
        int first = Integer.parseInt(range, 0, dots, 16);
        int last = Integer.parseInt(range, dots + 2, range.length(), 16);
        if (first > last || last > Character.MAX_CODE_POINT) {
          throw new NumberFormatException("not a range of code points");
        }
        characters.set(first, last + 1);
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        throw new IllegalStateException("not a range in " + COVERAGE + ": " + line, e);
      }
    }
    return characters;
  }

  /** The characters common to every face, read once. */
  private static final class Characters {
    static final BitSet COMMON =
        parseCoverage(new String(read(COVERAGE), StandardCharsets.US_ASCII));

    private Characters() {}
  }

  /** One face: its file, read once, when it is first parsed. */
  private static final class Face {
    final String file;
    final int weight;
    final FontStyle style;
    /** Read on first use; a race reads the file twice and keeps one of two equal arrays. */
    private volatile byte @Nullable [] bytes;

    Face(String file, int weight, FontStyle style) {
      this.file = file;
      this.weight = weight;
      this.style = style;
    }

    /** The file's bytes; never changed. */
    byte[] bytes() {
      byte[] b = bytes;
      if (b == null) {
        b = read("/org/ratsinfo/render/pdf/fonts/" + file);
        bytes = b;
      }
      return b;
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
