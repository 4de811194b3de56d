package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An inquiry (Anfrage) as dealt with at an agenda item: numbered questions, the answer, and oral
 * supplementary questions. Beyond OParl (compare OParl/spec#312).
 *
 * @param questions the questions, numbered 1, 2, 3 … without gaps
 * @param answer the answer; optional (not yet answered)
 * @param supplementaryQuestions the oral supplementary questions (Zusatzfragen), in order
 */
public record Inquiry(
    @Size(max = 1000) List<@Valid Question> questions,
    @Valid @Nullable Answer answer,
    @Size(max = 200) List<@Valid SupplementaryQuestion> supplementaryQuestions)
    implements ItemContent {

  /** Copies the lists. */
  public Inquiry {
    questions = Values.list(questions, "questions");
    supplementaryQuestions = Values.list(supplementaryQuestions, "supplementaryQuestions");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Inquiry}: questions are numbered in the order they are added. Not thread-safe. */
  public static final class Builder {
    private final List<Question> questions = new ArrayList<>();
    private final List<QuestionAnswer> answers = new ArrayList<>();
    private final List<SupplementaryQuestion> supplementaryQuestions = new ArrayList<>();
    private @Nullable Person respondent;
    private @Nullable Text introduction;
    private boolean answered;

    private Builder() {}

    /** Adds the next question, numbered one more than the last. */
    public Builder question(String text) {
      questions.add(Question.of(questions.size() + 1, text));
      return this;
    }

    /** Adds the next question together with its answer. */
    public Builder question(String text, String answer) {
      question(text);
      return answer(questions.size(), answer);
    }

    /** Sets who answers the inquiry. */
    public Builder respondent(@Nullable Person respondent) {
      this.respondent = respondent;
      this.answered = true;
      return this;
    }

    /** Sets the sentence that introduces the answers (instead of the standard one). */
    public Builder introduction(@Nullable String introduction) {
      this.introduction = introduction == null ? null : Text.of(introduction);
      this.answered = true;
      return this;
    }

    /** Adds the answer to question {@code questionNumber}. */
    public Builder answer(int questionNumber, String text) {
      answers.add(QuestionAnswer.of(questionNumber, text));
      this.answered = true;
      return this;
    }

    /** Adds an oral supplementary question. */
    public Builder supplementaryQuestion(SupplementaryQuestion question) {
      supplementaryQuestions.add(Objects.requireNonNull(question, "question"));
      return this;
    }

    /** The inquiry; it has an answer if a respondent, an introduction or any answer was given. */
    public Inquiry build() {
      Answer answer = answered ? new Answer(respondent, introduction, answers) : null;
      return new Inquiry(questions, answer, supplementaryQuestions);
    }
  }
}
