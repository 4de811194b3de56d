package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/**
 * The answer to one question of an inquiry (Antwort zu Frage n). Beyond OParl.
 *
 * @param questionNumber the number of the {@link Question} answered
 * @param text the answer
 */
public record QuestionAnswer(@Positive int questionNumber, @Valid Text text) {

  /** Checks that the text is present. */
  public QuestionAnswer {
    Objects.requireNonNull(text, "text");
  }

  /** The answer to question {@code questionNumber}, paragraphs separated by blank lines. */
  public static QuestionAnswer of(int questionNumber, String text) {
    return new QuestionAnswer(questionNumber, Text.of(text));
  }
}
