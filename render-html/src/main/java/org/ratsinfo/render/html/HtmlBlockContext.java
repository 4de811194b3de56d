package org.ratsinfo.render.html;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.render.html.internal.BlockWriter;

/**
 * What a {@link HtmlBlockRenderer} writes with, for one block: elements, escaped text, headings at the
 * right level, and the default rendering of the block and of blocks inside it. Made by the renderer;
 * valid only during the call of {@link HtmlBlockRenderer#render(Block, HtmlBlockContext)} it is given
 * to, and not thread-safe.
 *
 * <p><b>Elements</b> are started with {@link #startBlock(String, String...)} (on a line of its own, the
 * content indented below, for elements that hold blocks: {@code div}, {@code dl}, {@code table} …),
 * {@link #startLine(String, String...)} (an element whose content follows on the same line: {@code p},
 * {@code dt}, {@code li} …) or {@link #start(String, String...)} (inline, inside a line: {@code span},
 * {@code strong} …), and each is ended with {@link #end()}. Text goes inside a line. Every element
 * started must be ended before the block renderer returns.
 *
 * <p><b>Safety:</b> every text and attribute value is escaped and shown literally, whatever it holds.
 * Only the elements in {@link #ALLOWED_ELEMENTS} and the attributes in {@link #ALLOWED_ATTRIBUTES} (and
 * {@code aria-*}, {@code data-*}) can be written: nothing that runs script, loads a resource, or
 * carries a style or an id. Anything else is refused with an {@link IllegalArgumentException}.
 *
 * <p>Attributes are given as names and values, alternating: {@code "class", "city-tally", "title",
 * caption}; a {@code null} value leaves the attribute out.
 */
public final class HtmlBlockContext {

  /** The elements a block renderer may write. */
  public static final Set<String> ALLOWED_ELEMENTS = BlockWriter.ELEMENTS;

  /** The attributes a block renderer may write, besides {@code aria-*} and {@code data-*}. */
  public static final Set<String> ALLOWED_ATTRIBUTES = BlockWriter.ATTRIBUTES;

  private final BlockWriter writer;

  HtmlBlockContext(BlockWriter writer) {
    this.writer = writer;
  }

  /**
   * The document being rendered: its locale (for words of one's own), audience and metadata.
   *
   * @return the document
   */
  public ExcerptDocument document() {
    return writer.document();
  }

  /**
   * The heading level of this block: of a section's heading, of a question and answer's heading, and
   * for other blocks the level a section at their place would have. Sections at the top are level 2
   * (the title is the only level 1).
   *
   * @return the level, 2 or more
   */
  public int headingLevel() {
    return writer.headingLevel();
  }

  /**
   * Starts an element on a line of its own, with its content indented below it; for elements that hold
   * other elements.
   *
   * @param element the element's name, one of {@link #ALLOWED_ELEMENTS}
   * @param attributes names and values, alternating
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the element or an attribute is not allowed
   * @throws IllegalStateException inside a line
   */
  public void startBlock(String element, @Nullable String... attributes) throws IOException {
    writer.startBlock(Objects.requireNonNull(element, "element"), attributes);
  }

  /**
   * Starts an element at the beginning of a line; its text and end follow on the same line.
   *
   * @param element the element's name, one of {@link #ALLOWED_ELEMENTS}
   * @param attributes names and values, alternating
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the element or an attribute is not allowed
   * @throws IllegalStateException inside a line
   */
  public void startLine(String element, @Nullable String... attributes) throws IOException {
    writer.startLine(Objects.requireNonNull(element, "element"), attributes);
  }

  /**
   * Starts an element inside a line, such as a {@code span} or {@code strong}.
   *
   * @param element the element's name, one of {@link #ALLOWED_ELEMENTS}
   * @param attributes names and values, alternating
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the element or an attribute is not allowed
   * @throws IllegalStateException outside a line
   */
  public void start(String element, @Nullable String... attributes) throws IOException {
    writer.start(Objects.requireNonNull(element, "element"), attributes);
  }

  /**
   * Starts a heading at {@link #headingLevel()} on a line: {@code h2} … {@code h6}, beyond that a
   * {@code p} with {@code role="heading"} and {@code aria-level}. End it with {@link #end()}.
   *
   * @param attributes names and values, alternating
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an attribute is not allowed
   * @throws IllegalStateException inside a line
   */
  public void startHeading(@Nullable String... attributes) throws IOException {
    writer.startHeading(attributes);
  }

  /**
   * Ends the innermost element started.
   *
   * @throws IOException if writing fails
   * @throws IllegalStateException if no element is open
   */
  public void end() throws IOException {
    writer.end();
  }

  /**
   * Writes text inside a line, escaped; a line feed stays white space.
   *
   * @param text the text
   * @throws IOException if writing fails
   * @throws IllegalStateException outside a line
   */
  public void text(String text) throws IOException {
    writer.text(Objects.requireNonNull(text, "text"), false);
  }

  /**
   * Writes text inside a line, escaped, with each line feed as a {@code br} element.
   *
   * @param text the text
   * @throws IOException if writing fails
   * @throws IllegalStateException outside a line
   */
  public void textWithBreaks(String text) throws IOException {
    writer.text(Objects.requireNonNull(text, "text"), true);
  }

  /**
   * Writes an element with text on a line of its own: {@link #startLine(String, String...)}, {@link
   * #textWithBreaks(String)}, {@link #end()}.
   *
   * @param element the element's name, one of {@link #ALLOWED_ELEMENTS}
   * @param text the text, escaped
   * @param attributes names and values, alternating
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the element or an attribute is not allowed
   * @throws IllegalStateException inside a line
   */
  public void line(String element, String text, @Nullable String... attributes) throws IOException {
    startLine(element, attributes);
    textWithBreaks(text);
    end();
  }

  /**
   * Writes the block as {@link HtmlRenderer} does by default: to add something before or after it, or
   * to wrap it. Blocks inside it are rendered with their block renderers, if registered.
   *
   * @throws IOException if writing fails
   * @throws IllegalStateException inside a line
   */
  public void renderDefault() throws IOException {
    writer.renderDefault();
  }

  /**
   * Writes blocks inside this one, such as the blocks of a {@link org.ratsinfo.document.Section}, each
   * with its block renderer if one is registered and else the default way, with headings one level
   * below {@link #headingLevel()}.
   *
   * @param blocks the blocks
   * @throws IOException if writing fails
   * @throws IllegalStateException inside a line
   */
  public void renderBlocks(List<? extends Block> blocks) throws IOException {
    writer.renderBlocks(List.copyOf(blocks));
  }
}
