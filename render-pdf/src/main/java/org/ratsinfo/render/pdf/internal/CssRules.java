package org.ratsinfo.render.pdf.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Snippets;

/**
 * Finds the rule of a stylesheet that a message names, as {@code selector { declaration }}, e.g.
 * {@code p { margin: 0 0 2000px }}: in the text without comments, the block around a position and the
 * selector (or at-rule) before it, white space collapsed and long parts shortened. Thread-safe.
 */
final class CssRules {

  private static final Pattern FONT_SIZE = Pattern.compile(
      "(?<![\\w-])font(?:-size)?\\s*:([^;{}]*)", Pattern.CASE_INSENSITIVE);

  private CssRules() {}

  /**
   * A stylesheet's text without comments, each replaced by a space, as the engine reads it.
   *
   * @param css the stylesheet
   * @return the text the other methods take
   */
  static String withoutComments(String css) {
    return css.replaceAll("(?s)/\\*.*?\\*/", " ");
  }

  /**
   * The rule around a position: its selector and the declaration at the position.
   *
   * @param text a stylesheet {@linkplain #withoutComments(String) without comments}
   * @param index a position in a declaration
   * @return e.g. {@code p { margin: 0 0 2000px }}, or {@code null} if the position is in no block
   */
  static @Nullable String at(String text, int index) {
    int open = text.lastIndexOf('{', index);
    if (open < 0 || text.lastIndexOf('}', index) > open) {
      return null;
    }
    int declarationStart = Math.max(open, text.lastIndexOf(';', index)) + 1;
    int declarationEnd = end(text, index);
    int selectorStart = Math.max(Math.max(text.lastIndexOf('}', open - 1),
        text.lastIndexOf('{', open - 1)), text.lastIndexOf(';', open - 1)) + 1;
    String selector = shorten(collapse(text.substring(selectorStart, open)), 60);
    String declaration = shorten(collapse(text.substring(declarationStart, declarationEnd)), 80);
    return (selector.isEmpty() ? "" : selector + " ") + "{ " + declaration + " }";
  }

  /**
   * The first rule with a {@code font-size} (or {@code font}) declaration whose value holds a size.
   *
   * @param text a stylesheet {@linkplain #withoutComments(String) without comments}
   * @param size the size as the engine read it, e.g. {@code 2em}
   * @return e.g. {@code * { font-size: 2em }}, or {@code null} if no declaration holds the size
   */
  static @Nullable String withFontSize(String text, String size) {
    String wanted = collapse(size).toLowerCase(Locale.ROOT);
    Matcher m = FONT_SIZE.matcher(text);
    while (m.find()) {
      String value = collapse(m.group(1)).toLowerCase(Locale.ROOT);
      if (Pattern.compile("(?<![\\w.-])" + Pattern.quote(wanted) + "(?![\\w.%-])").matcher(value).find()) {
        return at(text, m.start());
      }
    }
    return null;
  }

  private static int end(String text, int index) {
    int semicolon = text.indexOf(';', index);
    int close = text.indexOf('}', index);
    if (semicolon < 0) {
      return close < 0 ? text.length() : close;
    }
    return close < 0 ? semicolon : Math.min(semicolon, close);
  }

  private static String collapse(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String shorten(String text, int length) {
    return Snippets.shorten(text, length);
  }
}
