package org.ratsinfo.render.html.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * An element whose attributes are constants (such as {@code <dl class="ratsinfo-fields">}), with its
 * start and end tags written out once, when the tag is made: writing it is then one append instead of
 * one for each bracket, name and value, which made up most of the time of a page; at the first {@value
 * #INDENTED} depths, with the indentation in front. Written by {@link
 * Markup}'s methods that take a tag, with the same escaping as the methods that take names and values,
 * so that either gives the same characters. Immutable and thread-safe.
 */
public final class Tag {

  /** The depths up to which the tags are prepared with their indentation. */
  static final int INDENTED = 8;

  final String name;
  /** {@code <dl class="…">}. */
  final String start;
  /** The start tag and a line feed, for an element whose content is indented below it. */
  final String startAndNewline;
  /** {@code </dl>}. */
  final String end;
  /** The end tag and a line feed. */
  final String endAndNewline;
  /** By depth: the indentation and {@link #start}. */
  final String[] indentedStart = new String[INDENTED];
  /** By depth: the indentation and {@link #startAndNewline}. */
  final String[] indentedStartAndNewline = new String[INDENTED];
  /** By depth: the indentation and {@link #endAndNewline}. */
  final String[] indentedEndAndNewline = new String[INDENTED];

  private Tag(String name, String start) {
    this.name = name;
    this.start = start;
    this.startAndNewline = start + "\n";
    this.end = "</" + name + ">";
    this.endAndNewline = end + "\n";
    for (int depth = 0; depth < INDENTED; depth++) {
      String indent = Markup.indentation(depth);
      indentedStart[depth] = indent + start;
      indentedStartAndNewline[depth] = indent + startAndNewline;
      indentedEndAndNewline[depth] = indent + endAndNewline;
    }
  }

  /**
   * A tag with constant attributes; not for void elements.
   *
   * @param name the element name
   * @param attributes names and values, alternating; a {@code null} value leaves the attribute out
   * @return the tag
   */
  public static Tag of(String name, @Nullable String... attributes) {
    StringWriter out = new StringWriter();
    try {
      Markup m = new Markup(out, Syntax.POLYGLOT); // the syntax differs in void elements only
      m.startTag(name, attributes);
      m.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string writer does not fail
    }
    return new Tag(name, out.toString());
  }

  /** The element name. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return start;
  }
}
