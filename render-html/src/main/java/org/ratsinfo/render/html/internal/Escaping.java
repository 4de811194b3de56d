package org.ratsinfo.render.html.internal;

/**
 * How text gets into markup: escaped, and without the characters XML and HTML cannot carry. Every text
 * and attribute value is escaped: {@code &}, {@code <} and {@code >} in text, and in addition {@code "}
 * and {@code '} in attribute values; so text that looks like markup is shown literally. Characters that
 * XML or HTML cannot carry (C0 controls other than tab, line feed and carriage return, DEL, C1
 * controls, noncharacters and unpaired surrogates) are written as U+FFFD. A carriage return is written
 * as a line feed, so that the output has {@code \n} line endings only.
 *
 * <p>Apart from {@link Markup} because these are the rules the renderer's safety rests on, and {@link
 * Tag} and {@link Stylesheets} apply them too, without a writer.
 */
final class Escaping {

  /** Where text is written: in an element, in an element with line feeds as breaks, in a value. */
  static final int TEXT = 0;
  static final int TEXT_WITH_BREAKS = 1;
  static final int ATTRIBUTE = 2;

  private static final String REPLACEMENT = "\uFFFD";
  /**
   * The characters below this need a look in some place ({@code &}, controls …); above it, only
   * surrogates and noncharacters do.
   */
  private static final int TABLE_SIZE = 0xA0;
  /** By place, whether a character below {@link #TABLE_SIZE} is anything but copied as it is. */
  private static final boolean[][] CAREFUL = new boolean[3][TABLE_SIZE];

  static {
    for (char c = 0; c < TABLE_SIZE; c++) {
      boolean always = isForbidden(c) || c == '&' || c == '<' || c == '>' || c == '\r';
      CAREFUL[TEXT][c] = always;
      CAREFUL[TEXT_WITH_BREAKS][c] = always || c == '\n';
      CAREFUL[ATTRIBUTE][c] = always || c == '"' || c == '\'' || c == '\n' || c == '\t';
    }
  }

  private Escaping() {}

  /**
   * Appends an attribute, {@code  name="value"} with the value escaped.
   *
   * @param buffer where it goes
   * @param name the attribute's name, a constant
   * @param value its value
   */
  static void attribute(StringBuilder buffer, String name, String value) {
    buffer.append(' ');
    buffer.append(name);
    buffer.append("=\"");
    escape(buffer, value, ATTRIBUTE, "");
    buffer.append('"');
  }

  /**
   * Appends text, escaped: runs of safe characters in one call each, replacements in between, in one
   * pass over the text. Nearly every character is decided by one look-up in {@link #CAREFUL} or one
   * comparison; the others take the careful path.
   *
   * @param buffer where it goes
   * @param text the text
   * @param place {@link #TEXT}, {@link #TEXT_WITH_BREAKS} or {@link #ATTRIBUTE}
   * @param lineBreak the {@code br} element a line feed becomes in {@link #TEXT_WITH_BREAKS}
   */
  static void escape(StringBuilder buffer, String text, int place, String lineBreak) {
    boolean[] careful = CAREFUL[place];
    boolean attribute = place == ATTRIBUTE;
    int to = text.length();
    int run = 0;
    int i = 0;
    while (i < to) {
      char c = text.charAt(i);
      if (c < TABLE_SIZE ? !careful[c]
          : c < Character.MIN_SURROGATE || (c > Character.MAX_SURROGATE && c < 0xFDD0)) {
        i++;
        continue;
      }
      String replacement = null;
      int width = 1;
      switch (c) {
        case '&' -> replacement = "&amp;";
        case '<' -> replacement = "&lt;";
        case '>' -> replacement = "&gt;";
        case '"' -> replacement = attribute ? "&quot;" : null;
        case '\'' -> replacement = attribute ? "&#39;" : null;
        case '\n' -> replacement = attribute ? "&#10;" : place == TEXT_WITH_BREAKS ? lineBreak : null;
        case '\t' -> replacement = attribute ? "&#9;" : null;
        case '\r' -> {
          boolean pair = i + 1 < to && text.charAt(i + 1) == '\n';
          width = pair ? 2 : 1;
          replacement = attribute ? "&#10;" : place == TEXT_WITH_BREAKS ? lineBreak : "\n";
        }
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
            width = 2;
            if (isNoncharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
              replacement = REPLACEMENT;
            }
          } else if (Character.isSurrogate(c) || isForbidden(c)) {
            replacement = REPLACEMENT;
          }
        }
      }
      if (replacement != null) {
        if (i > run) {
          buffer.append(text, run, i);
        }
        buffer.append(replacement);
        run = i + width;
      }
      i += width;
    }
    if (run == 0) {
      buffer.append(text); // nothing replaced: the whole text in one call
    } else if (to > run) {
      buffer.append(text, run, to);
    }
  }

  /**
   * Replaces the characters that markup never carries with U+FFFD, and carriage returns (alone or
   * before a line feed) with line feeds: for text that is written unescaped, such as a stylesheet.
   *
   * @param text the text
   * @return the text, the same instance if nothing was replaced
   */
  static String sanitize(String text) {
    StringBuilder sb = null;
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      String replacement = null;
      int width = 1;
      if (c == '\r') {
        width = i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
        replacement = "\n";
      } else if (Character.isHighSurrogate(c) && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        width = 2;
        if (isNoncharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
          replacement = REPLACEMENT;
        }
      } else if (Character.isSurrogate(c) || isForbidden(c)) {
        replacement = REPLACEMENT;
      }
      if (replacement != null) {
        if (sb == null) {
          sb = new StringBuilder(length).append(text, 0, i);
        }
        sb.append(replacement);
      } else if (sb != null) {
        sb.append(text, i, i + width);
      }
      i += width;
    }
    return sb == null ? text : sb.toString();
  }

  /** Controls other than tab, line feed and carriage return, DEL, C1 controls, BMP noncharacters. */
  private static boolean isForbidden(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0xFDD0 && c <= 0xFDEF)
        || c == 0xFFFE || c == 0xFFFF;
  }

  private static boolean isNoncharacter(int codePoint) {
    return (codePoint & 0xFFFE) == 0xFFFE;
  }
}
