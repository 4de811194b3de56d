package org.ratsinfo.document;

import java.util.Objects;

/**
 * A label and its value, e.g. "Gremium" and "Rat der Stadt". Both are plain text, formatted for the
 * document's locale.
 *
 * @param key which fact this is
 * @param label the label, without a colon
 * @param value the value
 */
public record Field(FieldKey key, String label, String value) {

  /** Checks that every value is present. */
  public Field {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
  }
}
