package org.ratsinfo.render.html.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Section;

/**
 * What an override of one block writes with: elements and attributes from an allow-list, text that is
 * always escaped, well-formed nesting, and delegation to the default rendering. One per overridden
 * block and render; not thread-safe.
 *
 * <p>Allowed are the elements and attributes that can neither run script, nor load a resource, nor
 * carry styles or ids: the output keeps the renderer's promises (no script, no style, no id, no external
 * resource, valid polyglot markup) whatever an override writes.
 */
public final class BlockWriter {

  /** Elements an override may write: flow and phrasing content without scripts, resources or forms. */
  public static final Set<String> ELEMENTS = Set.of(
      "div", "p", "span", "section", "aside", "figure", "figcaption", "blockquote",
      "dl", "dt", "dd", "ul", "ol", "li",
      "table", "caption", "colgroup", "thead", "tbody", "tfoot", "tr", "th", "td",
      "strong", "em", "b", "i", "small", "mark", "abbr", "cite", "q", "code", "sub", "sup", "data",
      "time", "details", "summary");

  /** Attributes an override may write, besides {@code aria-*} and {@code data-*}. */
  public static final Set<String> ATTRIBUTES = Set.of(
      "class", "title", "lang", "dir", "role", "scope", "colspan", "rowspan", "headers", "abbr",
      "value", "datetime", "start", "reversed", "open", "tabindex");

  private static final Pattern PREFIXED_ATTRIBUTE = Pattern.compile("(aria|data)-[a-z][a-z0-9-]*");

  private enum Mode { BLOCK, LINE, INLINE }

  /** An element started and not yet ended; a heading's tag is null (its level gives the element). */
  private record Open(String element, @Nullable Tag tag, Mode mode) {}

  /** The tags of the allowed elements, made when the first override writes. */
  private static final class Tags {
    static final Map<String, Tag> BY_NAME = byName();

    private static Map<String, Tag> byName() {
      Map<String, Tag> tags = new HashMap<>();
      for (String element : ELEMENTS) {
        tags.put(element, Tag.of(element));
      }
      return Map.copyOf(tags);
    }
  }

  private final ExcerptWriter writer;
  private final Markup m;
  private final ExcerptDocument document;
  private final Block block;
  private final int level;
  private final @Nullable String sectionHeading;
  private final Deque<Open> open = new ArrayDeque<>();
  private @Nullable Open lineHeading;

  BlockWriter(ExcerptWriter writer, Markup m, ExcerptDocument document, Block block, int level,
      @Nullable String sectionHeading) {
    this.writer = writer;
    this.m = m;
    this.document = document;
    this.block = block;
    this.level = level;
    this.sectionHeading = sectionHeading;
  }

  /** The document being rendered. */
  public ExcerptDocument document() {
    return document;
  }

  /** The heading level of this block, or of a section at its place: 2 at the top. */
  public int headingLevel() {
    return level;
  }

  /**
   * Starts an element on a line of its own; its content is indented below it.
   *
   * @param element the element's name, from {@link #ELEMENTS}
   * @param attributes names and values, alternating
   * @throws IOException if writing fails
   */
  public void startBlock(String element, @Nullable String... attributes) throws IOException {
    requireBlockPosition("startBlock");
    Tag tag = check(element, attributes);
    m.open(tag, attributes);
    open.push(new Open(element, tag, Mode.BLOCK));
  }

  /**
   * Starts an element at the beginning of a line; its content and end follow on the same line.
   *
   * @param element the element's name, from {@link #ELEMENTS}
   * @param attributes names and values, alternating
   * @throws IOException if writing fails
   */
  public void startLine(String element, @Nullable String... attributes) throws IOException {
    requireBlockPosition("startLine");
    Tag tag = check(element, attributes);
    m.startLine(tag, attributes);
    open.push(new Open(element, tag, Mode.LINE));
  }

  /**
   * Starts an element inline, inside a line.
   *
   * @param element the element's name, from {@link #ELEMENTS}
   * @param attributes names and values, alternating
   * @throws IOException if writing fails
   */
  public void start(String element, @Nullable String... attributes) throws IOException {
    requireInline("start");
    Tag tag = check(element, attributes);
    m.startTag(tag, attributes);
    open.push(new Open(element, tag, Mode.INLINE));
  }

  /**
   * Writes a heading at {@link #headingLevel()} on a line; its text follows, and {@link #end()} ends
   * it.
   *
   * @param attributes names and values, alternating
   * @throws IOException if writing fails
   */
  public void startHeading(@Nullable String... attributes) throws IOException {
    requireBlockPosition("startHeading");
    check("p", attributes);
    Headings.start(m, level, attributes);
    open.push(new Open("heading", null, Mode.LINE));
  }

  /**
   * Ends the innermost element started.
   *
   * @throws IOException if writing fails
   * @throws IllegalStateException if no element is open
   */
  public void end() throws IOException {
    if (open.isEmpty()) {
      throw new IllegalStateException("end() without an element started");
    }
    Open element = open.pop();
    Tag tag = element.tag();
    if (tag == null) {
      Headings.end(m, level);
      return;
    }
    switch (element.mode()) {
      case BLOCK -> m.close(tag);
      case LINE -> m.endLine(tag);
      case INLINE -> m.endTag(tag);
    }
  }

  /**
   * Writes text, escaped.
   *
   * @param text the text
   * @param breaks whether line feeds become {@code br} elements
   * @throws IOException if writing fails
   */
  public void text(String text, boolean breaks) throws IOException {
    requireInline("text");
    if (breaks) {
      m.textWithBreaks(text);
    } else {
      m.text(text);
    }
  }

  /**
   * Writes this block the default way.
   *
   * @throws IOException if writing fails
   */
  public void renderDefault() throws IOException {
    requireBlockPosition("renderDefault");
    writer.defaultBlock(m, document, block, level, sectionHeading);
  }

  /**
   * Writes blocks inside this one, each with its override if it has one, with headings one level
   * below this block's.
   *
   * @param blocks the blocks
   * @throws IOException if writing fails
   */
  public void renderBlocks(List<? extends Block> blocks) throws IOException {
    requireBlockPosition("renderBlocks");
    String heading = block instanceof Section section ? section.heading() : sectionHeading;
    writer.blocks(m, document, blocks, level + 1, heading);
  }

  /** Checks that every element started was ended. */
  void finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("block renderer for " + block.getClass().getSimpleName()
          + " left elements open: " + open.stream().map(Open::element).toList());
    }
  }

  private void requireBlockPosition(String what) {
    if (!open.isEmpty() && open.peek().mode() != Mode.BLOCK) {
      throw new IllegalStateException(what + "() inside a line or inline element <"
          + open.peek().element() + ">: end it first");
    }
  }

  private void requireInline(String what) {
    if (open.isEmpty() || open.peek().mode() == Mode.BLOCK) {
      throw new IllegalStateException(what + "() outside a line: start one with startLine() first");
    }
  }

  /** Checks an element and its attributes against the allow-lists; returns the element's tag. */
  private static Tag check(String element, @Nullable String[] attributes) {
    Tag tag = Tags.BY_NAME.get(element);
    if (tag == null) {
      throw new IllegalArgumentException("element not allowed in a block renderer: " + element);
    }
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes are names and values, alternating");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      String name = attributes[i];
      if (name == null || !(ATTRIBUTES.contains(name) || PREFIXED_ATTRIBUTE.matcher(name).matches())) {
        throw new IllegalArgumentException("attribute not allowed in a block renderer: " + name);
      }
      if (name.equals("lang") && attributes[i + 1] != null
          && !attributes[i + 1].toLowerCase(Locale.ROOT).matches("[a-z0-9-]*")) {
        throw new IllegalArgumentException("not a language tag: " + attributes[i + 1]);
      }
    }
    return tag;
  }
}
