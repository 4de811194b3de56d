package org.ratsinfo.document;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A numbered list, such as the questions of an inquiry.
 *
 * @param items the items, in order
 * @param language the language of the items' text as a BCP 47 tag, e.g. "de-DE", where it is not the
 *     document's ({@link DocumentInfo#language()}): German data in an English document; {@code null}
 *     where it is the document's language
 */
public record NumberedList(List<Item> items, @Nullable String language) implements Block {

  /**
   * One item of a numbered list.
   *
   * @param number the item's number as shown, e.g. "1"
   * @param paragraphs the item's text, one or more paragraphs
   */
  public record Item(String number, List<String> paragraphs) {

    /** Checks that every value is present and copies the paragraphs. */
    public Item {
      Objects.requireNonNull(number, "number");
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** Copies the items. */
  public NumberedList {
    items = List.copyOf(items);
    LanguageTags.check(language, "language");
  }

  /**
   * A list whose items are in the document's language.
   *
   * @param items the items, in order
   */
  public NumberedList(List<Item> items) {
    this(items, null);
  }
}
