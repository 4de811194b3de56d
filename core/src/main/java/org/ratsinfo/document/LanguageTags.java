package org.ratsinfo.document;

import java.util.IllformedLocaleException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Checks the language tags of the tree's nodes. */
final class LanguageTags {

  private LanguageTags() {}

  /**
   * Checks that a tag is absent or a well-formed BCP 47 language tag.
   *
   * @param tag the tag, or {@code null}
   * @param name the component's name, for the message
   * @return the tag
   * @throws IllegalArgumentException if the tag is not well-formed, e.g. "de_DE" or ""
   */
  static @Nullable String check(@Nullable String tag, String name) {
    if (tag != null) {
      try {
        new Locale.Builder().setLanguageTag(tag);
      } catch (IllformedLocaleException e) {
        throw new IllegalArgumentException(
            name + " must be a BCP 47 language tag such as \"de-DE\", not \"" + tag + '"', e);
      }
      if (tag.isEmpty()) {
        throw new IllegalArgumentException(
            name + " must be a BCP 47 language tag such as \"de-DE\" or null, not empty");
      }
    }
    return tag;
  }
}
