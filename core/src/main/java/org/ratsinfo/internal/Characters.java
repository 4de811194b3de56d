package org.ratsinfo.internal;

/**
 * Which characters a document can carry and which show: the rules behind {@code @XmlText} and the
 * model's reading of {@code @NotBlank}, shared with the OParl import, which repairs what they reject.
 * Stateless.
 */
public final class Characters {

  private Characters() {}

  /**
   * The index of the first character XML 1.0 cannot carry, or -1 if there is none. XML carries tab,
   * line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and supplementary characters as
   * well-formed surrogate pairs.
   *
   * @param text the text to check
   * @return the index in UTF-16 code units, or -1
   */
  public static int firstNonXml(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c <= 0xD7FF || c == '\n' || c == '\t' || c == '\r'
          || c >= 0xE000 && c <= 0xFFFD) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      return i;
    }
    return -1;
  }

  /**
   * Whether a text holds a character that shows. Blank characters are white space ({@link
   * Character#isWhitespace(int)}), space separators ({@link Character#isSpaceChar(int)}: no-break,
   * figure, narrow and ideographic spaces), format characters (Unicode category Cf: zero-width spaces
   * and joiners, word joiner, bidirectional controls, soft hyphen, byte order mark), control
   * characters and the Hangul and Braille fillers that render as nothing.
   *
   * @param text the text
   * @return {@code true} if something shows
   */
  public static boolean hasVisible(CharSequence text) {
    return text.codePoints().anyMatch(c -> !isBlank(c));
  }

  private static boolean isBlank(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.FORMAT
        || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 // Hangul fillers
        || c == 0x2800; // Braille pattern blank
  }
}
