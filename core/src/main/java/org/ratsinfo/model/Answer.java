package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to an inquiry (Beantwortung), given by a person, with one answer per question. Beyond
 * OParl.
 *
 * @param respondent who answers, e.g. the mayor; optional
 * @param introduction the sentence that introduces the answers; optional. Without it the excerpt
 *     introduces the answers with the respondent's {@link Person#addressName() name}: "Herr
 *     Oberbürgermeister Dr. Dudda beantwortet die Anfrage wie folgt:"
 * @param answers the answers, each to one question, in the order shown
 */
public record Answer(
    @Valid @Nullable Person respondent,
    @Valid @Nullable Text introduction,
    @Size(max = 1000) List<@Valid QuestionAnswer> answers) {

  /** Copies the answers. */
  public Answer {
    answers = Values.list(answers, "answers");
  }

  /** An answer by the given respondent, introduced in the standard way. */
  public static Answer by(@Nullable Person respondent, List<QuestionAnswer> answers) {
    return new Answer(respondent, null, answers);
  }
}
