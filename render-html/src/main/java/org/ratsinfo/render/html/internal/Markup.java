package org.ratsinfo.render.html.internal;

import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Writes markup to a {@link Writer}: elements given as {@link Tag}s (with any further attributes
 * escaped), escaped text, and indentation of block elements. One per render, not thread-safe; holds
 * the writer, the syntax, the current depth and a buffer.
 *
 * <p>Every element is written through a {@link Tag}: its start tag with the attributes that are the
 * same every time is made once, and the attributes that differ (a language, a value, a label) are
 * given to the call, escaped like text ({@link Escaping}). The elements are written in three ways: as
 * a block ({@link #open(Tag)} and {@link #close(Tag)}: on lines of their own, the content indented
 * below), as a line ({@link #startLine(Tag)}, the content, {@link #endLine(Tag)}), or inline ({@link
 * #startTag(Tag)}, {@link #endTag(Tag)}).
 *
 * <p>The markup is collected in a {@link StringBuilder} and handed to the writer in pieces of about
 * {@value #CHUNK} characters and at {@link #flush()}: the writers a page usually goes to ({@link
 * java.io.StringWriter}, {@link java.io.OutputStreamWriter}) take a lock on every call, which made
 * the many small writes of a page (a tag, an attribute, a run of text) cost more than half of the
 * time of a render.
 *
 * <p>Attribute names are written as given: callers pass constants only.
 */
public final class Markup {

  private static final String INDENT = "  ";
  private static final String[] INDENTS = new String[16];

  static {
    for (int i = 0; i < INDENTS.length; i++) {
      INDENTS[i] = INDENT.repeat(i);
    }
  }
  /** How many characters are collected before they are handed to the writer. */
  private static final int CHUNK = 8192;
  private static final @Nullable String[] NO_ATTRIBUTES = {};

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
   * The attributes that name the language of an element's content: {@code lang}, and in polyglot
   * markup {@code xml:lang} as well.
   *
   * @param language a BCP 47 tag, or {@code null} for the document's language
   * @return names and values, alternating; none for {@code null}
   */
  public @Nullable String[] language(@Nullable String language) {
    if (language == null) {
      return NO_ATTRIBUTES;
    }
    return new @Nullable String[] {
      "lang", language, "xml:lang", syntax == Syntax.POLYGLOT ? language : null
    };
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
   * Starts a block element with further attributes on a line of its own; its content is indented
   * below it.
   *
   * @param tag the element
   * @param attributes names and values, alternating, after the tag's own; a {@code null} value leaves
   *     the attribute out
   * @throws IOException if writing fails
   */
  public void open(Tag tag, @Nullable String... attributes) throws IOException {
    if (attributes.length == 0) {
      open(tag);
      return;
    }
    indent();
    start(tag, attributes);
    buffer.append('\n');
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
   * Starts an element on a line of its own whose content follows on the same line; end it with {@link
   * #endLine(Tag)}.
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
   * Starts an element with further attributes on a line of its own whose content follows on the same
   * line; end it with {@link #endLine(Tag)}.
   *
   * @param tag the element
   * @param attributes names and values, alternating, after the tag's own; a {@code null} value leaves
   *     the attribute out
   */
  public void startLine(Tag tag, @Nullable String... attributes) {
    if (attributes.length == 0) {
      startLine(tag);
      return;
    }
    indent();
    start(tag, attributes);
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
   * Writes an element with text content on a line of its own.
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
   * Writes a start tag inline.
   *
   * @param tag the element
   */
  public void startTag(Tag tag) {
    buffer.append(tag.start);
  }

  /**
   * Writes a start tag with further attributes inline.
   *
   * @param tag the element
   * @param attributes names and values, alternating, after the tag's own; a {@code null} value leaves
   *     the attribute out
   */
  public void startTag(Tag tag, @Nullable String... attributes) {
    start(tag, attributes);
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
   * @param tag the element
   * @param attributes names and values, alternating, after the tag's own; a {@code null} value leaves
   *     the attribute out
   * @throws IOException if writing fails
   */
  public void voidLine(Tag tag, @Nullable String... attributes) throws IOException {
    indent();
    buffer.append(tag.start, 0, tag.start.length() - 1); // all but the closing '>'
    attributes(attributes);
    buffer.append(syntax.voidTagEnd());
    buffer.append('\n');
    spill();
  }

  /**
   * Writes text, escaped. A line feed stays a line feed (white space to HTML).
   *
   * @param text the text
   */
  public void text(String text) {
    Escaping.escape(buffer, text, Escaping.TEXT, lineBreak);
  }

  /**
   * Writes text, escaped, with each line feed as a {@code br} element.
   *
   * @param text the text
   */
  public void textWithBreaks(String text) {
    Escaping.escape(buffer, text, Escaping.TEXT_WITH_BREAKS, lineBreak);
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

  /** A start tag: the tag's own, with further attributes before its {@code >}. */
  private void start(Tag tag, @Nullable String[] attributes) {
    if (attributes.length == 0) {
      buffer.append(tag.start);
      return;
    }
    buffer.append(tag.start, 0, tag.start.length() - 1); // all but the closing '>'
    attributes(attributes);
    buffer.append('>');
  }

  private void attributes(@Nullable String[] attributes) {
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      String value = attributes[i + 1];
      if (value != null) {
        Escaping.attribute(buffer, attributes[i], value);
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
}
