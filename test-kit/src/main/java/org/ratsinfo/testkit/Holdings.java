package org.ratsinfo.testkit;

import java.util.Objects;

/**
 * What one output of a renderer holds, as its test reads it ({@link RendererConformance#read}): where
 * the suite looks for facts and for markers.
 *
 * @param text the text a reader sees (the extracted text, the text of every element or XML part): where
 *     every fact and every marker that may be shown must be
 * @param everything all that the output carries besides: every attribute, metadata value and part;
 *     no marker that must not be there may be here or in the text
 */
public record Holdings(String text, String everything) {

  /** Checks that both are present. */
  public Holdings {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(everything, "everything");
  }

  /**
   * An output that is text and nothing else, such as plain text or Markdown.
   *
   * @param text the text
   * @return the holdings
   */
  public static Holdings ofText(String text) {
    return new Holdings(text, text);
  }

  /** The text and everything else, where no forbidden marker may be. */
  String all() {
    return text + "\n" + everything;
  }
}
