package org.ratsinfo.validation;

import java.util.Objects;

/**
 * One broken rule of a model value.
 *
 * @param path where, as a property path from the validated value with list indexes, e.g. {@code
 *     meeting.end} or {@code agendaItem.content.questions[2].number}; the same names as the native
 *     JSON; empty for the value itself
 * @param message what is wrong, in the requested language, e.g. "must not be before the start"
 * @param rule which rule, as a stable identifier: the message key without braces, e.g. {@code
 *     org.ratsinfo.rule.meeting.end} or {@code jakarta.validation.constraints.NotBlank.message}
 */
public record Violation(String path, String message, String rule) {

  /** Checks that every value is present. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(rule, "rule");
  }

  /** {@code path: message}, or just the message for the value itself. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
