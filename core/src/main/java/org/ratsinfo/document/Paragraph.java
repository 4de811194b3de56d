package org.ratsinfo.document;

import java.util.Objects;

/**
 * A paragraph of plain text; {@code \n} inside it is a line break.
 *
 * @param style how the paragraph reads
 * @param text the text
 */
public record Paragraph(Style style, String text) implements Block {

  /** How a paragraph reads. */
  public enum Style {
    /** Running text. */
    NORMAL,
    /** A sentence that introduces what follows, e.g. "… beantwortet die Anfrage wie folgt:". */
    LEAD,
    /** A note about the document, e.g. that no vote was taken. */
    NOTE
  }

  /** Checks that every value is present. */
  public Paragraph {
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(text, "text");
  }

  /** A paragraph of running text. */
  public static Paragraph of(String text) {
    return new Paragraph(Style.NORMAL, text);
  }
}
