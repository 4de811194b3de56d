package org.ratsinfo.render.html.internal;

import org.jspecify.annotations.Nullable;

/**
 * An element with the attributes that are the same every time it is written (such as {@code <dl
 * class="ratsinfo-fields">}), with its start and end tags written out once, when the tag is made:
 * writing it is then one append instead of one for each bracket, name and value, which made up most of
 * the time of a page; at the first {@value #INDENTED} depths, with the indentation in front. The values
 * are escaped as {@link Markup} escapes the further attributes a call gives. Immutable and thread-safe.
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
    // String.concat rather than +: the tags are made when the writer's class is initialised, and each
    // + is an invokedynamic call site that the JVM links (slowly) the first time it runs.
    this.name = name;
    this.start = start;
    this.startAndNewline = start.concat("\n");
    this.end = "</".concat(name).concat(">");
    this.endAndNewline = end.concat("\n");
    for (int depth = 0; depth < INDENTED; depth++) {
      String indent = Markup.indentation(depth);
      indentedStart[depth] = indent.concat(start);
      indentedStartAndNewline[depth] = indent.concat(startAndNewline);
      indentedEndAndNewline[depth] = indent.concat(endAndNewline);
    }
  }

  /**
   * A tag with constant attributes.
   *
   * @param name the element name
   * @param attributes names and values, alternating; a {@code null} value leaves the attribute out
   * @return the tag
   */
  public static Tag of(String name, @Nullable String... attributes) {
    StringBuilder start = new StringBuilder(16 + 32 * attributes.length).append('<').append(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      String value = attributes[i + 1];
      if (value != null) {
        Escaping.attribute(start, attributes[i], value);
      }
    }
    return new Tag(name, start.append('>').toString());
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
