package org.ratsinfo.render.html.internal;

import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Writes markup to a {@link Writer}: tags with escaped attributes, escaped text, and indentation of
 * block elements. One per render, not thread-safe; holds the writer, the syntax, the current depth and
 * a buffer.
 *
 * <p>The markup is collected in a {@link StringBuilder} and handed to the writer in pieces of about
 * {@value #CHUNK} characters and at {@link #flush()}: the writers a page usually goes to ({@link
 * java.io.StringWriter}, {@link java.io.OutputStreamWriter}) take a lock on every call, which made
 * the many small writes of a page (a tag, an attribute, a run of text) cost more than half of the
 * time of a render.
 *
 * <p>Every text and attribute value is escaped: {@code &}, {@code <} and {@code >} in text, and in
 * addition {@code "} and {@code '} in attribute values; so text that looks like markup is shown
 * literally. Characters that XML or HTML cannot carry (C0 controls other than tab, line feed and
 * carriage return, DEL, C1 controls, noncharacters and unpaired surrogates) are written as U+FFFD. A
 * carriage return is written as a line feed, so that the output has {@code \n} line endings only.
 *
 * <p>Tag and attribute names are written as given: callers pass constants only.
 */
public final class Markup {

  private static final String INDENT = "  ";
  private static final String[] INDENTS = new String[16];

  static {
    for (int i = 0; i < INDENTS.length; i++) {
      INDENTS[i] = INDENT.repeat(i);
    }
  }
  private static final String REPLACEMENT = "\uFFFD";
  /** How many characters are collected before they are handed to the writer. */
  private static final int CHUNK = 8192;

  /** Where text is written: in an element, in an element with line feeds as breaks, in a value. */
  private static final int TEXT = 0;
  private static final int TEXT_WITH_BREAKS = 1;
  private static final int ATTRIBUTE = 2;
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

  private final @Nullable Writer out;
  private final StringBuilder buffer;
  private final Syntax syntax;
  /** {@code <br />} or {@code <br>}. */
  private final String lineBreak;
  private int depth;

  /**
   * A writer of markup.
   *
   * @param out where the characters go
   * @param syntax the syntax to write
   */
  public Markup(Writer out, Syntax syntax) {
    this.out = out;
    this.syntax = syntax;
    this.lineBreak = "<br" + syntax.voidTagEnd();
    this.buffer = new StringBuilder(CHUNK + 1024);
  }

  /**
   * A writer of markup into a string builder, which takes all of it: no writer, no chunks.
   *
   * @param target where the characters go
   * @param syntax the syntax to write
   */
  public Markup(StringBuilder target, Syntax syntax) {
    this.out = null;
    this.syntax = syntax;
    this.lineBreak = "<br" + syntax.voidTagEnd();
    this.buffer = target;
  }

  /** The syntax this writes. */
  public Syntax syntax() {
    return syntax;
  }

  /**
   * Writes text as it is, unescaped: for constant markup such as the doctype only.
   *
   * @param markup the markup
   * @throws IOException if writing fails
   */
  public void raw(String markup) throws IOException {
    buffer.append(markup);
    spill();
  }

  /**
   * Starts a block element on a line of its own; its content is indented below it.
   *
   * @param tag the element name
   * @param attributes names and values, alternating; a {@code null} value leaves the attribute out
   * @throws IOException if writing fails
   */
  public void open(String tag, @Nullable String... attributes) throws IOException {
    indent();
    startTag(tag, attributes);
    buffer.append('\n');
    depth++;
    spill();
  }

  /**
   * Ends a block element started with {@link #open(String, String...)}.
   *
   * @param tag the element name
   * @throws IOException if writing fails
   */
  public void close(String tag) throws IOException {
    depth--;
    indent();
    endTag(tag);
    buffer.append('\n');
    spill();
  }

  /**
   * Starts an element on a line of its own whose content follows on the same line; end it with {@link
   * #endLine(String)}.
   *
   * @param tag the element name
   * @param attributes names and values, alternating; a {@code null} value leaves the attribute out
   * @throws IOException if writing fails
   */
  public void startLine(String tag, @Nullable String... attributes) throws IOException {
    indent();
    startTag(tag, attributes);
  }

  /**
   * Ends an element started with {@link #startLine(String, String...)} and the line.
   *
   * @param tag the element name
   * @throws IOException if writing fails
   */
  public void endLine(String tag) throws IOException {
    endTag(tag);
    buffer.append('\n');
    spill();
  }

  /**
   * Writes an element with text content on a line of its own.
   *
   * @param tag the element name
   * @param text the text, escaped
   * @param attributes names and values, alternating; a {@code null} value leaves the attribute out
   * @throws IOException if writing fails
   */
  public void line(String tag, String text, @Nullable String... attributes) throws IOException {
    startLine(tag, attributes);
    text(text);
    endLine(tag);
  }

  /**
   * Starts a block element with constant attributes on a line of its own; its content is indented
   * below it.
   *
   * @param tag the element
   * @throws IOException if writing fails
   */
  public void open(Tag tag) throws IOException {
    if (depth < Tag.INDENTED) {
      buffer.append(tag.indentedStartAndNewline[depth]);
    } else {
      indent();
      buffer.append(tag.startAndNewline);
    }
    depth++;
    spill();
  }

  /**
   * Ends a block element started with {@link #open(Tag)}.
   *
   * @param tag the element
   * @throws IOException if writing fails
   */
  public void close(Tag tag) throws IOException {
    depth--;
    if (depth < Tag.INDENTED) {
      buffer.append(tag.indentedEndAndNewline[depth]);
    } else {
      indent();
      buffer.append(tag.endAndNewline);
    }
    spill();
  }

  /**
   * Starts an element with constant attributes on a line of its own whose content follows on the same
   * line; end it with {@link #endLine(Tag)}.
   *
   * @param tag the element
   */
  public void startLine(Tag tag) {
    if (depth < Tag.INDENTED) {
      buffer.append(tag.indentedStart[depth]);
    } else {
      indent();
      buffer.append(tag.start);
    }
  }

  /**
   * Ends an element started with {@link #startLine(Tag)} and the line.
   *
   * @param tag the element
   * @throws IOException if writing fails
   */
  public void endLine(Tag tag) throws IOException {
    buffer.append(tag.endAndNewline);
    spill();
  }

  /**
   * Writes an element with constant attributes and text content on a line of its own.
   *
   * @param tag the element
   * @param text the text, escaped
   * @throws IOException if writing fails
   */
  public void line(Tag tag, String text) throws IOException {
    startLine(tag);
    text(text);
    endLine(tag);
  }

  /**
   * Writes a start tag with constant attributes inline.
   *
   * @param tag the element
   */
  public void startTag(Tag tag) {
    buffer.append(tag.start);
  }

  /**
   * Starts a block element with constant attributes whose content is indented below it, in a language
   * of its own: {@link #open(Tag)} with {@code lang} (and in polyglot markup {@code xml:lang}) added.
   *
   * @param tag the element
   * @param language a BCP 47 tag, or {@code null} for the document's language: then {@link #open(Tag)}
   * @throws IOException if writing fails
   */
  public void open(Tag tag, @Nullable String language) throws IOException {
    if (language == null) {
      open(tag);
      return;
    }
    indent();
    startTag(tag, language);
    buffer.append('\n');
    depth++;
    spill();
  }

  /**
   * Starts an element with constant attributes on a line of its own, in a language of its own: {@link
   * #startLine(Tag)} with {@code lang} (and in polyglot markup {@code xml:lang}) added.
   *
   * @param tag the element
   * @param language a BCP 47 tag, or {@code null} for the document's language
   * @throws IOException if writing fails
   */
  public void startLine(Tag tag, @Nullable String language) throws IOException {
    if (language == null) {
      startLine(tag);
      return;
    }
    indent();
    startTag(tag, language);
  }

  /**
   * Writes a start tag with constant attributes inline, in a language of its own: {@link
   * #startTag(Tag)} with {@code lang} (and in polyglot markup {@code xml:lang}) added.
   *
   * @param tag the element
   * @param language a BCP 47 tag, or {@code null} for the document's language
   * @throws IOException if writing fails
   */
  public void startTag(Tag tag, @Nullable String language) throws IOException {
    if (language == null) {
      startTag(tag);
      return;
    }
    buffer.append(tag.start, 0, tag.start.length() - 1); // all but the closing '>'
    attributes(languageAttributes(language));
    buffer.append('>');
  }

  /** {@code lang}, and in polyglot markup {@code xml:lang}, for {@link #attributes(String[])}. */
  @Nullable String[] languageAttributes(String language) {
    return new @Nullable String[] {
      "lang", language, "xml:lang", syntax == Syntax.POLYGLOT ? language : null
    };
  }

  /**
   * Starts a {@code span} that names the language of the text in it, where that is not the document's
   * language: {@code lang}, and in polyglot markup {@code xml:lang} as well. Writes nothing for {@code
   * null}. End it with {@link #endLanguage(String)} given the same language.
   *
   * @param language a BCP 47 tag, or {@code null} for the document's language
   * @throws IOException if writing fails
   */
  public void startLanguage(@Nullable String language) throws IOException {
    if (language != null) {
      startTag("span", languageAttributes(language));
    }
  }

  /**
   * Ends what {@link #startLanguage(String)} started.
   *
   * @param language the language given to {@link #startLanguage(String)}
   * @throws IOException if writing fails
   */
  public void endLanguage(@Nullable String language) throws IOException {
    if (language != null) {
      endTag("span");
    }
  }

  /**
   * Writes an end tag inline.
   *
   * @param tag the element
   */
  public void endTag(Tag tag) {
    buffer.append(tag.end);
  }

  /**
   * Writes a void element (such as {@code meta}) on a line of its own.
   *
   * @param tag the element name
   * @param attributes names and values, alternating; a {@code null} value leaves the attribute out
   * @throws IOException if writing fails
   */
  public void voidLine(String tag, @Nullable String... attributes) throws IOException {
    indent();
    buffer.append('<');
    buffer.append(tag);
    attributes(attributes);
    buffer.append(syntax.voidTagEnd());
    buffer.append('\n');
    spill();
  }

  /**
   * Writes a start tag inline.
   *
   * @param tag the element name
   * @param attributes names and values, alternating; a {@code null} value leaves the attribute out
   * @throws IOException if writing fails
   */
  public void startTag(String tag, @Nullable String... attributes) throws IOException {
    buffer.append('<');
    buffer.append(tag);
    attributes(attributes);
    buffer.append('>');
  }

  /**
   * Writes an end tag inline.
   *
   * @param tag the element name
   * @throws IOException if writing fails
   */
  public void endTag(String tag) throws IOException {
    buffer.append("</");
    buffer.append(tag);
    buffer.append('>');
  }

  /**
   * Writes text, escaped. A line feed stays a line feed (white space to HTML).
   *
   * @param text the text
   * @throws IOException if writing fails
   */
  public void text(String text) throws IOException {
    escape(text, TEXT);
  }

  /**
   * Writes text, escaped, with each line feed as a {@code br} element.
   *
   * @param text the text
   * @throws IOException if writing fails
   */
  public void textWithBreaks(String text) throws IOException {
    escape(text, TEXT_WITH_BREAKS);
  }

  /**
   * Writes text that is the content of a raw text element ({@code style}) unescaped; the caller has
   * made sure it cannot end the element.
   *
   * @param text the text
   * @throws IOException if writing fails
   */
  public void rawText(String text) throws IOException {
    buffer.append(text);
    spill();
  }

  /**
   * Flushes the writer.
   *
   * @throws IOException if flushing fails
   */
  public void flush() throws IOException {
    if (out != null) {
      drain(out);
      out.flush();
    }
  }

  /** Hands the buffer to the writer once it holds a chunk. */
  private void spill() throws IOException {
    if (out != null && buffer.length() >= CHUNK) {
      drain(out);
    }
  }

  private void drain(Writer out) throws IOException {
    int length = buffer.length();
    if (length > 0) {
      char[] chars = new char[length];
      buffer.getChars(0, length, chars, 0);
      out.write(chars, 0, length);
      buffer.setLength(0);
    }
  }

  private void attributes(@Nullable String[] attributes) throws IOException {
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      String value = attributes[i + 1];
      if (value != null) {
        buffer.append(' ');
        buffer.append(attributes[i]);
        buffer.append("=\"");
        escape(value, ATTRIBUTE);
        buffer.append('"');
      }
    }
  }

  /** The indentation of a line at a depth. */
  static String indentation(int depth) {
    return depth < INDENTS.length ? INDENTS[depth] : INDENT.repeat(depth);
  }

  private void indent() {
    if (depth < INDENTS.length) {
      buffer.append(INDENTS[depth]); // one append instead of one per level
    } else {
      for (int i = 0; i < depth; i++) {
        buffer.append(INDENT);
      }
    }
  }

  /**
   * Writes runs of safe characters in one call each, replacements in between, in one pass over the
   * text. Nearly every character is decided by one look-up in {@link #CAREFUL} or one comparison; the
   * others take the careful path.
   *
   * @param place {@link #TEXT}, {@link #TEXT_WITH_BREAKS} or {@link #ATTRIBUTE}
   */
  private void escape(String text, int place) {
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

  /**
   * Replaces the characters that {@link Markup} never writes with U+FFFD, and carriage returns (alone
   * or before a line feed) with line feeds: for text that is written unescaped, such as a stylesheet.
   *
   * @param text the text
   * @return the text, the same instance if nothing was replaced
   */
  public static String sanitize(String text) {
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
}
