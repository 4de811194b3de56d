package org.ratsinfo.render.pdf.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.MessageBundle;
import org.ratsinfo.internal.Snippets;

/**
 * The messages about an additional stylesheet, in German for a {@code de} locale and in English
 * otherwise: each names the rule ({@code selector { declaration }}), what is wrong with it and the
 * limit or the reason. Thread-safe.
 */
public final class StylesheetMessages {

  private StylesheetMessages() {}

  static boolean german(Locale locale) {
    return MessageBundle.isGerman(locale);
  }

  static String quote(String text, Locale locale) {
    return Snippets.quote(text, locale);
  }

  /** "the additional stylesheet's rule "p { … }": " or "Die Regel „p { … }“ des zusätzlichen Stylesheets: ". */
  private static String rule(@Nullable String rule, Locale locale) {
    if (german(locale)) {
      return rule == null ? "Das zusätzliche Stylesheet: "
          : "Die Regel " + quote(rule, locale) + " des zusätzlichen Stylesheets: ";
    }
    return rule == null ? "the additional stylesheet: "
        : "the additional stylesheet's rule " + quote(rule, locale) + ": ";
  }

  static String length(@Nullable String rule, String length, Locale locale) {
    return rule(rule, locale) + (german(locale)
        ? "die Länge " + length + " übersteigt, was ein Drucklayout braucht (höchstens "
            + StylesheetLimits.MAX_MILLIMETRES + " mm, " + StylesheetLimits.MAX_RELATIVE + " em oder "
            + StylesheetLimits.MAX_PERCENT + " %)"
        : "the length " + length + " is beyond what a print layout needs (at most "
            + StylesheetLimits.MAX_MILLIMETRES + " mm, " + StylesheetLimits.MAX_RELATIVE + " em or "
            + StylesheetLimits.MAX_PERCENT + " %)");
  }

  static String fontLength(@Nullable String rule, String size, Locale locale) {
    return rule(rule, locale) + (german(locale)
        ? "die Schriftgröße " + size + " übersteigt, was ein Drucklayout braucht (höchstens "
            + StylesheetLimits.MAX_FONT_POINTS + " pt, " + StylesheetLimits.MAX_FONT_RELATIVE
            + " em oder " + StylesheetLimits.MAX_FONT_PERCENT + " %)"
        : "the font size " + size + " is beyond what a print layout needs (at most "
            + StylesheetLimits.MAX_FONT_POINTS + " pt, " + StylesheetLimits.MAX_FONT_RELATIVE + " em or "
            + StylesheetLimits.MAX_FONT_PERCENT + " %)");
  }

  static String lineHeight(@Nullable String rule, String lineHeight, Locale locale) {
    return rule(rule, locale) + (german(locale)
        ? "die Zeilenhöhe " + lineHeight + " übersteigt, was ein Drucklayout braucht (höchstens "
            + StylesheetLimits.MAX_RELATIVE + ")"
        : "the line height " + lineHeight + " is beyond what a print layout needs (at most "
            + StylesheetLimits.MAX_RELATIVE + ")");
  }

  /**
   * A computed font size out of bounds.
   *
   * @param violation where and how large
   * @param css the additional stylesheet, to find the rule in
   * @param locale the language
   * @return the message, without the excerpt it happened in
   */
  static String fontSize(FontSizes.Violation violation, String css, Locale locale) {
    String size = violation.declaration().substring("font-size: ".length());
    String rule = CssRules.withFontSize(CssRules.withoutComments(css), size);
    String where = quote(violation.element(), locale);
    String points = points(violation.points());
    boolean german = german(locale);
    String start = rule != null ? rule(rule, locale)
        : rule(null, locale) + (german ? "die Deklaration " : "the declaration ")
            + quote(violation.declaration(), locale) + " ";
    if (violation.problem() == FontSizes.Problem.TOO_LARGE) {
      return start + (german
          ? (rule != null ? "sie " : "") + "macht die Schrift von " + where + " (" + violation.depth()
              + " Ebenen tief verschachtelt) " + points + " pt groß; höchstens " + max() + " pt sind "
              + "erlaubt. Relative Größen (em, %, rem, larger) vervielfachen sich mit jeder Ebene der "
              + "Verschachtelung: eine Größe in pt, oder für weniger Elemente, hilft."
          : (rule != null ? "it " : "") + "makes the text of " + where + " (nested "
              + violation.depth() + " deep) " + points + " pt large; at most " + max() + " pt are "
              + "allowed. Relative sizes (em, %, rem, larger) multiply at every level of nesting: give "
              + "the size in pt, or for fewer elements.");
    }
    return start + (german
        ? (rule != null ? "sie " : "") + "macht die Schrift von " + where + " " + points + " pt klein; "
            + "mindestens " + min() + " pt sind nötig, damit der Text zu lesen ist. Ein Element "
            + "verbirgt display: none."
        : (rule != null ? "it " : "") + "makes the text of " + where + " " + points + " pt small; at "
            + "least " + min() + " pt are needed for the text to be read. To hide an element, use "
            + "display: none.");
  }

  /**
   * Text beyond a side of the page's text area.
   *
   * @param violation the text, where, how far
   * @param cause what put it there
   * @param locale the language
   * @return the message, without the excerpt it happened in
   */
  static String overflow(Overflow.Violation violation, Overflow.Cause cause, Locale locale) {
    String text = quote(violation.text(), locale);
    String element = violation.element();
    String millimetres = String.format(Locale.ROOT, "%.1f", violation.millimetres());
    if (german(locale)) {
      String where = switch (violation.side()) {
        case LEFT -> "setzt Text über den linken Rand des Satzspiegels hinaus, wo die Seite ihn "
            + "abschneidet";
        case RIGHT -> "setzt Text über den rechten Rand des Satzspiegels hinaus, wo die Seite ihn "
            + "abschneidet";
        case HIDDEN -> "setzt Text aus dem Kasten eines Elements mit overflow: hidden hinaus, das ihn "
            + "abschneidet";
      };
      String who = switch (cause) {
        case STYLESHEET -> "Das zusätzliche Stylesheet ";
        case BLOCK_RENDERER -> "Ein Blockrenderer ";
        case EITHER -> "Das zusätzliche Stylesheet oder ein Blockrenderer ";
      };
      return who + where + ": " + text + " (in " + element + ") reicht "
          + millimetres.replace('.', ',') + " mm darüber hinaus, höchstens "
          + String.valueOf(Overflow.TOLERANCE_MM).replace('.', ',') + " mm sind erlaubt. "
          + (violation.side() == Overflow.Side.HIDDEN
              ? "Eine Höhe oder Breite ist mit ihm zu klein für den Text."
              : cause == Overflow.Cause.BLOCK_RENDERER
                  ? "Eine Tabelle hat zu viele oder zu breite Spalten für die Seite, oder ein Text zu "
                      + "lange Wörter."
                  : "Eine Tabellenspalte, ein Rand, ein Einzug oder eine Breite ist mit ihm zu breit "
                      + "für die Seite (eine Abstimmungstabelle lässt sich mit den Gruppen als Zeilen "
                      + "setzen: RenderOptions.Builder.tallyLayout(TallyLayout.ROWS)).");
    }
    String where = switch (violation.side()) {
      case LEFT -> "beyond the left side of the page's text area, where the page cuts it off";
      case RIGHT -> "beyond the right side of the page's text area, where the page cuts it off";
      case HIDDEN -> "outside the box of an element with overflow: hidden, which cuts it off";
    };
    String who = switch (cause) {
      case STYLESHEET -> "the additional stylesheet";
      case BLOCK_RENDERER -> "a block renderer";
      case EITHER -> "the additional stylesheet or a block renderer";
    };
    return who + " puts text " + where + ": " + text + " (in " + element
        + ") reaches " + millimetres + " mm beyond it, at most " + Overflow.TOLERANCE_MM
        + " mm are allowed. "
        + (violation.side() == Overflow.Side.HIDDEN
            ? "With it, a height or width is too small for the text."
            : cause == Overflow.Cause.BLOCK_RENDERER
                ? "A table has too many or too wide columns for the page, or a text too long words."
                : "With it, a table column, a margin, an indent or a width is too wide for the page (a "
                    + "tally can have its groups as rows: "
                    + "RenderOptions.Builder.tallyLayout(TallyLayout.ROWS)).");
  }

  /**
   * The PDF engine failed on the renderer's sample excerpt with the additional stylesheet.
   *
   * @param failure what the engine threw
   * @param locale the language
   * @return the message
   */
  static String engineFailsOnSample(Throwable failure, Locale locale) {
    return rule(null, locale) + (german(locale)
        ? "mit ihm scheitert der PDF-Satz (openhtmltopdf) schon an einem kleinen Beispielauszug: "
        : "with it, the PDF engine (openhtmltopdf) fails on a small sample excerpt already: ")
        + describe(failure);
  }

  /**
   * The PDF engine failed on an excerpt.
   *
   * @param title the excerpt's title
   * @param failure what the engine threw
   * @param stylesheet whether the renderer has an additional stylesheet
   * @param locale the language
   * @return the message
   */
  public static String engineFails(String title, Throwable failure, boolean stylesheet,
      Locale locale) {
    String excerpt = quote(MissingCharacters.shorten(title), locale);
    if (german(locale)) {
      return "Der Auszug " + excerpt + " kann nicht als PDF ausgegeben werden: der PDF-Satz "
          + "(openhtmltopdf) ist gescheitert" + (stylesheet ? ", womöglich am zusätzlichen Stylesheet" : "")
          + ": " + describe(failure);
    }
    return "cannot render the excerpt " + excerpt + " as PDF: the PDF engine (openhtmltopdf) failed"
        + (stylesheet ? ", perhaps because of the additional stylesheet" : "") + ": "
        + describe(failure);
  }

  /**
   * A message about an excerpt that could not be rendered for its stylesheet.
   *
   * @param title the excerpt's title
   * @param message what is wrong with the stylesheet
   * @param locale the language
   * @return the message
   */
  static String excerpt(String title, String message, Locale locale) {
    String excerpt = quote(MissingCharacters.shorten(title), locale);
    return german(locale)
        ? "Der Auszug " + excerpt + " kann nicht als PDF ausgegeben werden: " + lowerFirst(message)
        : "cannot render the excerpt " + excerpt + " as PDF: " + message;
  }

  private static String describe(Throwable failure) {
    return failure.getClass().getSimpleName()
        + (failure.getMessage() == null ? "" : " (" + failure.getMessage().strip() + ")");
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String points(double points) {
    return points >= 10 ? Long.toString(Math.round(points))
        : String.format(Locale.ROOT, "%.1f", points).replace(".0", "");
  }

  private static String max() {
    return points(FontSizes.MAX_POINTS);
  }

  private static String min() {
    return points(FontSizes.MIN_POINTS);
  }
}
