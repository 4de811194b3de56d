package org.ratsinfo.model;

import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An oral supplementary question (ergänzende mündliche Zusatzfrage), asked in the meeting by a faction
 * or a person, with its answer. Beyond OParl. At least one of {@code askedByOrganization} and {@code
 * askedByPerson} is required (checked by validation).
 *
 * @param askedByOrganization the faction that asked, e.g. "Piraten/AL"; optional
 * @param askedByPerson the person who asked; optional
 * @param question the question
 * @param answer the answer; optional (e.g. to be answered in writing)
 */
public record SupplementaryQuestion(
    @Valid @Nullable Organization askedByOrganization,
    @Valid @Nullable Person askedByPerson,
    @Valid Text question,
    @Valid @Nullable Text answer) {

  /** Checks that the question is present. */
  public SupplementaryQuestion {
    Objects.requireNonNull(question, "question");
  }

  /** A question asked by a faction, with its answer. */
  public static SupplementaryQuestion byOrganization(
      Organization organization, String question, @Nullable String answer) {
    return new SupplementaryQuestion(
        Objects.requireNonNull(organization, "organization"), null, Text.of(question),
        answer == null ? null : Text.of(answer));
  }

  /** A question asked by a person, with its answer. */
  public static SupplementaryQuestion byPerson(Person person, String question, @Nullable String answer) {
    return new SupplementaryQuestion(
        null, Objects.requireNonNull(person, "person"), Text.of(question),
        answer == null ? null : Text.of(answer));
  }
}
