package org.ratsinfo.render.pdf.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A guard on the lengths in an additional print stylesheet. The stylesheet is configuration, trusted
 * like code, but openhtmltopdf has no time bound of its own: a slip such as {@code font-size: 100000pt}
 * (one character per page, thousands of pages) keeps a render busy for minutes: the time grows with
 * the pages, about 7 ms each. Lengths no print layout needs are rejected when the renderer is built:
 *
 * <ul>
 *   <li>font sizes ({@code font-size}, {@code font}) beyond {@value #MAX_FONT_POINTS} pt, {@value
 *       #MAX_FONT_RELATIVE} em or {@value #MAX_FONT_PERCENT} %;
 *   <li>absolute lengths ({@code px pt pc mm cm Q in}) beyond {@value #MAX_MILLIMETRES} mm, more than
 *       an A4 page is high;
 *   <li>font-relative lengths ({@code em rem ex ch}) beyond {@value #MAX_RELATIVE};
 *   <li>percentages and viewport lengths ({@code % vw vh vmin vmax}) beyond {@value #MAX_PERCENT};
 *   <li>a unitless {@code line-height} beyond {@value #MAX_RELATIVE}.
 * </ul>
 *
 * <p>Font sizes relative to the parent compound ({@code * { font-size: 2em }} doubles at every level):
 * that is checked on what the cascade computes, {@link FontSizes}. The input's text cannot reach a
 * stylesheet: the HTML renderer escapes every character of it. Messages name the rule, the length and
 * the limit, in German or English. Thread-safe.
 */
public final class StylesheetLimits {

  /** The longest absolute length, in millimetres. */
  public static final int MAX_MILLIMETRES = 300;
  /** The largest font-relative length and unitless line height. */
  public static final int MAX_RELATIVE = 20;
  /** The largest percentage or viewport length. */
  public static final int MAX_PERCENT = 1000;
  /** The largest absolute font size, in points. */
  public static final int MAX_FONT_POINTS = 100;
  /** The largest font size relative to the parent's, in em. */
  public static final int MAX_FONT_RELATIVE = 5;
  /** The largest font size relative to the parent's, in percent. */
  public static final int MAX_FONT_PERCENT = 500;

  private static final Pattern FONT = Pattern.compile("(?<![\\w-])font(?:-size)?\\s*:([^;}]*)",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern LENGTH = Pattern.compile(
      "(?<![\\w.#-])([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[+-]?\\d+)?)"
          + "(px|pt|pc|mm|cm|q|in|em|rem|ex|ch|%|vw|vh|vmin|vmax)(?![\\w-])",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern LINE_HEIGHT = Pattern.compile(
      "line-height\\s*:\\s*\\+?(\\d+(?:\\.\\d*)?(?:e[+-]?\\d+)?)\\s*(?:[;}!]|$)",
      Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  private StylesheetLimits() {}

  /**
   * Checks the lengths of a stylesheet.
   *
   * @param css the stylesheet
   * @param locale the language of the message: German for {@code de}, English otherwise
   * @throws IllegalArgumentException naming the rule, the first length beyond its limit and the limit
   */
  public static void check(String css, Locale locale) {
    String text = CssRules.withoutComments(css);
    Matcher m = LENGTH.matcher(text);
    while (m.find()) {
      double value = Math.abs(Double.parseDouble(m.group(1)));
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      double limit;
      double scaled;
      switch (unit) {
        case "em", "rem", "ex", "ch" -> {
          limit = MAX_RELATIVE;
          scaled = value;
        }
        case "%", "vw", "vh", "vmin", "vmax" -> {
          limit = MAX_PERCENT;
          scaled = value;
        }
        default -> {
          limit = MAX_MILLIMETRES;
          scaled = value * millimetres(unit);
        }
      }
      if (!(scaled <= limit)) {
        throw new IllegalArgumentException(
            StylesheetMessages.length(CssRules.at(text, m.start()), m.group(), locale));
      }
    }
    Matcher font = FONT.matcher(text);
    while (font.find()) {
      Matcher size = LENGTH.matcher(font.group(1));
      while (size.find()) {
        double value = Math.abs(Double.parseDouble(size.group(1)));
        String unit = size.group(2).toLowerCase(Locale.ROOT);
        boolean tooLarge = switch (unit) {
          case "em", "rem", "ex", "ch" -> !(value <= MAX_FONT_RELATIVE);
          case "%" -> !(value <= MAX_FONT_PERCENT);
          case "vw", "vh", "vmin", "vmax" -> !(value <= MAX_FONT_POINTS * 25.4 / 72 / 2.1); // of 210 mm
          default -> !(value * millimetres(unit) <= MAX_FONT_POINTS * 25.4 / 72);
        };
        if (tooLarge) {
          throw new IllegalArgumentException(StylesheetMessages.fontLength(
              CssRules.at(text, font.start(1) + size.start()), size.group(), locale));
        }
      }
    }
    Matcher lineHeight = LINE_HEIGHT.matcher(text);
    while (lineHeight.find()) {
      if (!(Double.parseDouble(lineHeight.group(1)) <= MAX_RELATIVE)) {
        throw new IllegalArgumentException(StylesheetMessages.lineHeight(
            CssRules.at(text, lineHeight.start(1)), lineHeight.group(1), locale));
      }
    }
  }

  private static double millimetres(String unit) {
    return switch (unit) {
      case "px" -> 25.4 / 96;
      case "pt" -> 25.4 / 72;
      case "pc" -> 25.4 / 6;
      case "cm" -> 10;
      case "q" -> 0.25;
      case "in" -> 25.4;
      default -> 1; // mm
    };
  }
}
