package org.ratsinfo.document;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A label and its value, e.g. "Gremium" and "Rat der Stadt". Both are plain text, formatted for the
 * document's locale.
 *
 * @param key which fact this is
 * @param label the label, without a colon
 * @param value the value
 * @param valueLanguage the language of the value as a BCP 47 tag, e.g. "de-DE", where it is not the
 *     document's ({@link DocumentInfo#language()}): German data in an English document; {@code null}
 *     where it is the document's language
 */
public record Field(FieldKey key, String label, String value, @Nullable String valueLanguage) {

  /** Checks that every value is present. */
  public Field {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
    LanguageTags.check(valueLanguage, "valueLanguage");
  }

  /**
   * A field whose value is in the document's language.
   *
   * @param key which fact this is
   * @param label the label, without a colon
   * @param value the value
   */
  public Field(FieldKey key, String label, String value) {
    this(key, label, value, null);
  }
}
