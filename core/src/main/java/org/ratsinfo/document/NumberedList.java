package org.ratsinfo.document;

import java.util.List;
import java.util.Objects;

/**
 * A numbered list, such as the questions of an inquiry.
 *
 * @param items the items, in order
 */
public record NumberedList(List<Item> items) implements Block {

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
  }
}
