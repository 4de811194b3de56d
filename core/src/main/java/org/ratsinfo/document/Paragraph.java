package org.ratsinfo.document;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A paragraph of plain text; {@code \n} inside it is a line break.
 *
 * @param style how the paragraph reads
 * @param text the text
 * @param language the language of the text as a BCP 47 tag, e.g. "de-DE", where it is not the
 *     document's ({@link DocumentInfo#language()}): German data in an English document; {@code null}
 *     where it is the document's language
 */
public record Paragraph(Style style, String text, @Nullable String language) implements Block {

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
    LanguageTags.check(language, "language");
  }

  /**
   * A paragraph in the document's language.
   *
   * @param style how the paragraph reads
   * @param text the text
   */
  public Paragraph(Style style, String text) {
    this(style, text, null);
  }

  /** A paragraph of running text in the document's language. */
  public static Paragraph of(String text) {
    return new Paragraph(Style.NORMAL, text);
  }
}
