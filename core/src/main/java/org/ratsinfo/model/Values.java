package org.ratsinfo.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Checks and normalisations shared by the record constructors of this package. */
final class Values {

  private Values() {}

  /** An optional string: blank means absent. */
  static @Nullable String optional(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** A required string: present, its content checked by validation. */
  static String required(@Nullable String value, String name) {
    return Objects.requireNonNull(value, name);
  }

  /** An immutable copy of a list that may be given as {@code null} (meaning empty). */
  static <T> List<T> list(@Nullable List<T> values, String name) {
    if (values == null) {
      return List.of();
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new NullPointerException(name + "[" + i + "]");
      }
    }
    return List.copyOf(values);
  }
}
