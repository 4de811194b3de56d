package org.ratsinfo.model;

import jakarta.validation.Valid;
import java.util.Objects;

/**
 * Content of an agenda item as plain text: the facts (Sachverhalt) or the course of the debate
 * (Beratungsverlauf).
 *
 * @param text the text
 */
public record TextContent(@Valid Text text) implements ItemContent {

  /** Checks that the text is present. */
  public TextContent {
    Objects.requireNonNull(text, "text");
  }

  /** Content of the given text, paragraphs separated by blank lines. */
  public static TextContent of(String text) {
    return new TextContent(Text.of(text));
  }
}
