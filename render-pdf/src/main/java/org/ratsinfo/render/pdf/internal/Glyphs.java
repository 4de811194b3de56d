package org.ratsinfo.render.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Which characters the fonts of a renderer can show, and the check of a page against them before
 * openhtmltopdf sees it: openhtmltopdf draws a character that no font has as "#", silently.
 *
 * <p>In the text of the page's body (not in its stylesheets), a character no font has is
 *
 * <ul>
 *   <li>removed if it is default-ignorable (format characters such as zero-width spaces and joiners,
 *       the byte order mark; variation selectors; tags): Unicode lets a renderer show them as nothing;
 *   <li>replaced by a space if it is a space (such as the ideographic space U+3000);
 *   <li>otherwise reported, with the text it stands in.
 * </ul>
 *
 * <p>Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko …) are always reported,
 * whatever the fonts have: openhtmltopdf lays text out left to right and without Arabic shaping, so
 * they would come out in the wrong order and unjoined. Bidirectional controls (embeddings, overrides,
 * isolates, marks) are always removed: openhtmltopdf draws text left to right whatever they say, but
 * PDF readers apply them to the text they extract, so that U+202E "gnp.exe", drawn as "gnp.exe", would
 * be copied and read aloud as "exe.png". U+FEFF (the byte order mark, or a zero-width no-break space)
 * is always removed too: PDF/A forbids it in the map from glyphs back to text.
 *
 * <p>Immutable and thread-safe.
 */
public final class Glyphs {

  /** The most characters a report lists. */
  private static final int MAX_REPORTED = 20;
  /** The most texts a report lists. */
  private static final int MAX_TEXTS = 5;

  private final BitSet covered;

  private Glyphs(BitSet covered) {
    this.covered = covered;
  }

  /**
   * The characters of the base fonts and of the fallback fonts.
   *
   * @param base the characters of the base fonts (see {@link Fonts#characters()})
   * @param fallbacks fallback fonts, TrueType
   * @return the coverage
   * @throws IOException if a fallback font cannot be read as TrueType
   */
  public static Glyphs of(BitSet base, List<byte[]> fallbacks) throws IOException {
    BitSet covered = (BitSet) base.clone();
    for (byte[] font : fallbacks) {
      covered.or(characters(font));
    }
    return new Glyphs(covered);
  }

  /**
   * The characters a TrueType font maps to a glyph.
   *
   * @param trueType the font file
   * @return its characters
   * @throws IOException if the bytes are not a TrueType font with a Unicode character map
   */
  public static BitSet characters(byte[] trueType) throws IOException {
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(trueType))) {
      CmapLookup cmap = font.getUnicodeCmapLookup(false);
      if (cmap == null) {
        throw new IOException("the font has no Unicode character map");
      }
      BitSet characters = new BitSet();
      int glyphs = font.getNumberOfGlyphs();
      for (int glyph = 1; glyph < glyphs; glyph++) {
        List<Integer> codes = cmap.getCharCodes(glyph);
        if (codes != null) {
          for (int code : codes) {
            if (code >= 0 && code <= Character.MAX_CODE_POINT) {
              characters.set(code);
            }
          }
        }
      }
      return characters;
    } catch (RuntimeException e) {
      throw new IOException("not a TrueType font: " + e.getMessage(), e);
    }
  }

  /** Whether the fonts can show the character; only for tests. */
  boolean covers(int codePoint) {
    return covered.get(codePoint);
  }

  /**
   * Removes and replaces what the fonts lack in the text of the page's body, as described above, and
   * reports what is left that they cannot show.
   *
   * @param dom the page, changed in place
   * @return the characters the fonts cannot show, each with the texts it stands in; empty if the page
   *     can be drawn faithfully
   */
  public Missing prepare(Document dom) {
    Missing missing = new Missing();
    Element html = dom.getDocumentElement();
    for (Node n = html.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "body".equals(e.getLocalName())) {
        walk(e, missing);
      }
    }
    return missing;
  }

  private void walk(Node node, Missing missing) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        String text = n.getNodeValue();
        String fixed = fix(text, missing);
        if (!fixed.equals(text)) {
          n.setNodeValue(fixed);
        }
      } else if (n instanceof Element e && !"style".equals(e.getLocalName())
          && !"script".equals(e.getLocalName())) {
        walk(e, missing);
      }
    }
  }

  private String fix(String text, Missing missing) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      boolean rightToLeft = isRightToLeft(c);
      if (isBidiControl(c) || c == 0xFEFF) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
      } else if (!rightToLeft && (covered.get(c) || c == '\n' || c == '\t' || c == '\r')) {
        if (out != null) {
          out.appendCodePoint(c);
        }
      } else {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        if (!rightToLeft && isDefaultIgnorable(c)) {
          // nothing
        } else if (!rightToLeft && Character.isSpaceChar(c)) {
          out.append(' ');
        } else {
          out.appendCodePoint(c);
          missing.add(c, rightToLeft, text);
        }
      }
      i = next;
    }
    return out == null ? text : out.toString();
  }

  /** Embeddings, overrides, isolates and marks of the bidirectional algorithm. */
  private static boolean isBidiControl(int c) {
    return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
        || c == 0x061C;
  }

  /** A letter (or mark, digit …) of a right-to-left script; not a format character such as U+200F. */
  private static boolean isRightToLeft(int c) {
    if (Character.getType(c) == Character.FORMAT) {
      return false;
    }
    byte direction = Character.getDirectionality(c);
    return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  /** Unicode's Default_Ignorable_Code_Point, as far as it matters here. */
  private static boolean isDefaultIgnorable(int c) {
    return Character.getType(c) == Character.FORMAT
        || c == 0x034F // combining grapheme joiner
        || c >= 0x115F && c <= 0x1160 || c == 0x3164 || c == 0xFFA0 // Hangul fillers
        || c >= 0x180B && c <= 0x180F // Mongolian variation selectors
        || c >= 0xFE00 && c <= 0xFE0F // variation selectors
        || c >= 0xE0000 && c <= 0xE0FFF; // tags, variation selectors supplement
  }

  private static String visible(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** What a page holds that the fonts cannot show. Not thread-safe; one per render. */
  public static final class Missing {
    private final Map<Integer, Boolean> characters = new LinkedHashMap<>();
    private final Set<String> texts = new LinkedHashSet<>();

    private Missing() {}

    void add(int codePoint, boolean rightToLeft, String text) {
      characters.putIfAbsent(codePoint, rightToLeft);
      if (texts.size() < MAX_TEXTS) {
        texts.add(visible(text).strip());
      }
    }

    /** Whether there is nothing. */
    public boolean isEmpty() {
      return characters.isEmpty();
    }

    /** Whether one of the characters is of a right-to-left script. */
    public boolean rightToLeft() {
      return characters.containsValue(true);
    }

    /**
     * The characters, in order of appearance, each as {@code U+6771 "東"}; at most {@value
     * Glyphs#MAX_REPORTED}, then "…".
     */
    public List<String> characters() {
      List<String> out = new ArrayList<>();
      for (int c : characters.keySet()) {
        if (out.size() == MAX_REPORTED) {
          out.add("\u2026");
          break;
        }
        out.add(String.format(java.util.Locale.ROOT, "U+%04X \"%s\"", c, Character.toString(c)));
      }
      return out;
    }

    /**
     * The texts they stand in, without format characters (a right-to-left override would turn the
     * message around), each shortened to 60 characters; at most {@value Glyphs#MAX_TEXTS}.
     */
    public List<String> texts() {
      return texts.stream().map(MissingCharacters::shorten).toList();
    }
  }
}
