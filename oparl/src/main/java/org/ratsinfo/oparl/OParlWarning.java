package org.ratsinfo.oparl;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.oparl.internal.Messages;
import org.ratsinfo.oparl.internal.Warning;

/**
 * One problem found in OParl input: which object ({@link #objectId()}), which property ({@link
 * #field()}), what was wrong ({@link #issue()}) and what was done about it, in English or German
 * ({@link #message(Locale)}). In tolerant mode the reader repairs the input and reports the problem as
 * a warning; in strict mode the same values, those that are {@link OParlIssue#deviation() deviations},
 * make up the {@link OParlImportException}. Made by {@link OParlReader} only.
 *
 * <p>Messages quote the input only in short values (at most 60 characters, control characters
 * replaced), so they are safe to log. Two warnings are equal if they are of the same object, property
 * and issue and name the same values. Immutable and thread-safe.
 */
public final class OParlWarning {

  private final Warning warning;

  OParlWarning(Warning warning) {
    this.warning = warning;
  }

  /**
   * The object.
   *
   * @return the {@code id} of the object, or where it is when it has none, e.g. {@code "meeting.json
   *     $.agendaItem[3]"}
   */
  public String objectId() {
    return warning.objectId();
  }

  /**
   * The property.
   *
   * @return the property of the object, e.g. {@code "order"} or {@code "consultation[0].role"}; empty
   *     for the object as a whole
   */
  public String field() {
    return warning.field();
  }

  /**
   * What was wrong.
   *
   * @return the issue
   */
  public OParlIssue issue() {
    return warning.issue();
  }

  /**
   * The values the message names, in its order, as the English message shows them: values from the
   * input already shortened, and words of the message itself (such as the kind of value expected) in
   * English.
   *
   * @return the values
   */
  public List<String> arguments() {
    return warning.arguments().stream().map(Messages::english).toList();
  }

  /**
   * The message: where, what was wrong and what was done, e.g. {@code "https://ris.example.org/ai/7,
   * order: the required property is missing; used the item's position in the meeting, 7"}.
   *
   * @param locale German for a {@code de} locale, English otherwise
   * @return the message
   */
  public String message(Locale locale) {
    return warning.message(locale);
  }

  /** The message in English. */
  @Override
  public String toString() {
    return message(Locale.ENGLISH);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OParlWarning other && warning.equals(other.warning);
  }

  @Override
  public int hashCode() {
    return warning.hashCode();
  }
}
