package org.ratsinfo.document;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A question with its answer: "Frage 1: Wie ist der Sachstand …?" followed by the answer's
 * paragraphs, or an oral supplementary question with its answer. Renderers show {@link #label()} and
 * the question as a heading-like line ({@link #heading()}), then the answer.
 *
 * @param kind which kind of question this is
 * @param label the label, e.g. "Frage 1" or "Ergänzende mündliche Zusatzfrage Piraten/AL"
 * @param question the question, one or more paragraphs
 * @param answer the answer's paragraphs; empty if the question is not answered
 * @param language the language of the question and the answer (the label is in the document's
 *     language) as a BCP 47 tag, e.g. "de-DE", where it is not the
 *     document's ({@link DocumentInfo#language()}): German data in an English document; {@code null}
 *     where it is the document's language
 */
public record QuestionAnswer(Kind kind, String label, List<String> question, List<String> answer,
    @Nullable String language) implements Block {

  /** Which kind of question a {@link QuestionAnswer} is. */
  public enum Kind {
    /** A numbered question of an inquiry. */
    QUESTION,
    /** An oral supplementary question (Zusatzfrage). */
    SUPPLEMENTARY_QUESTION
  }

  /** Checks that every value is present and copies the lists. */
  public QuestionAnswer {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    question = List.copyOf(question);
    answer = List.copyOf(answer);
    LanguageTags.check(language, "language");
  }

  /**
   * A question and answer in the document's language.
   *
   * @param kind which kind of question this is
   * @param label the label
   * @param question the question, one or more paragraphs
   * @param answer the answer's paragraphs; empty if the question is not answered
   */
  public QuestionAnswer(Kind kind, String label, List<String> question, List<String> answer) {
    this(kind, label, question, answer, null);
  }

  /** The label, a colon and the question's first paragraph: "Frage 1: Wie ist der Sachstand …?". */
  public String heading() {
    return question.isEmpty() ? label : label + ": " + question.get(0);
  }
}
