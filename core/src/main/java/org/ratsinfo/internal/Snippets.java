package org.ratsinfo.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Texts and values from the input as messages and running heads show them: shortened with an
 * ellipsis, without control characters, in the quotation marks of the reader's language. Shared by
 * the messages of every module. Stateless.
 */
public final class Snippets {

  private static final char ELLIPSIS = '\u2026';

  private Snippets() {}

  /**
   * A value from the input, safe to show in a message: control characters and lone surrogates
   * replaced by {@code ?}, cut after {@code max} characters with an ellipsis.
   *
   * @param value the value, or {@code null} for the empty string
   * @param max how many characters to keep at most
   * @return the value to show
   */
  public static String safe(@Nullable String value, int max) {
    if (value == null) {
      return "";
    }
    return printable(value.length() <= max ? value : value.substring(0, max) + ELLIPSIS);
  }

  /**
   * A value from the input, safe to show in a message, that keeps its end: control characters and
   * lone surrogates replaced by {@code ?}, a longer value cut in the middle, its first and last
   * characters around an ellipsis ({@code …/meetings?page=2}, since ids and URLs differ at their end).
   *
   * @param value the value, or {@code null} for the empty string
   * @param max how many characters to show at most, the ellipsis included
   * @return the value to show
   */
  public static String safeKeepingEnd(@Nullable String value, int max) {
    if (value == null) {
      return "";
    }
    return printable(value.length() <= max ? value
        : value.substring(0, max / 2) + ELLIPSIS + value.substring(value.length() - max / 2 + 1));
  }

  /**
   * A text of at most {@code max} code points: a longer one is cut before its last code point that
   * fits, the space around the part kept removed, and an ellipsis added. Surrogate pairs are never
   * split.
   *
   * @param text the text
   * @param max how many code points to show at most, the ellipsis included; at least 1
   * @return the text, or its start and an ellipsis
   */
  public static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)).strip() + ELLIPSIS;
  }

  /**
   * A text in the quotation marks of the reader's language: „German“ or "English".
   *
   * @param text the text
   * @param locale the reader's locale; German for {@code de}, English otherwise
   * @return the quoted text
   */
  public static String quote(String text, Locale locale) {
    return MessageBundle.isGerman(locale) ? "\u201E" + text + "\u201C" : "\"" + text + "\"";
  }

  private static String printable(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        out.append(c).append(value.charAt(++i));
      } else {
        out.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
      }
    }
    return out.toString();
  }
}
