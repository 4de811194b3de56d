package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/**
 * A numbered question of an inquiry (Frage). Beyond OParl.
 *
 * @param number the number, 1 for the first question; numbers run 1, 2, 3 … without gaps
 * @param text the question
 */
public record Question(@Positive int number, @Valid Text text) {

  /** Checks that the text is present. */
  public Question {
    Objects.requireNonNull(text, "text");
  }

  /** Question {@code number} with the given text. */
  public static Question of(int number, String text) {
    return new Question(number, Text.of(text));
  }
}
