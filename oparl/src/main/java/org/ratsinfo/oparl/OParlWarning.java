package org.ratsinfo.oparl;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ratsinfo.oparl.internal.Messages;

/**
 * One problem found in OParl input: which object ({@link #objectId()}), which property ({@link
 * #field()}), what was wrong ({@link #issue()}) and what was done about it, in English or German
 * ({@link #message(Locale)}). In tolerant mode the reader repairs the input and reports the problem as
 * a warning; in strict mode the same values, those that are {@link OParlIssue#deviation() deviations},
 * make up the {@link OParlImportException}.
 *
 * <p>Messages quote the input only in short values (at most 60 characters, control characters
 * replaced), so they are safe to log.
 *
 * @param objectId the {@code id} of the object, or where it is when it has none, e.g. {@code
 *     "meeting.json $.agendaItem[3]"}
 * @param field the property of the object, e.g. {@code "order"} or {@code "consultation[0].role"};
 *     empty for the object as a whole
 * @param issue what was wrong
 * @param arguments the values the message names, already shortened; an argument that starts with
 *     {@code U+0000} names a message text (e.g. the kind of value expected, or the reason a value is
 *     not valid, with the text's own arguments each after a {@code U+0001}) that {@link
 *     #message(Locale)} puts in the reader's language
 */
public record OParlWarning(String objectId, String field, OParlIssue issue, List<String> arguments) {

  /** Checks that every value is present and copies the arguments. */
  public OParlWarning {
    Objects.requireNonNull(objectId, "objectId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(issue, "issue");
    arguments = List.copyOf(arguments);
  }

  /**
   * The message: where, what was wrong and what was done, e.g. {@code "https://ris.example.org/ai/7,
   * order: the required property is missing; used the item's position in the meeting, 7"}.
   *
   * @param locale German for a {@code de} locale, English otherwise
   * @return the message
   */
  public String message(Locale locale) {
    return Messages.forLocale(locale).warning(objectId, field, issue, arguments);
  }

  /** The message in English. */
  @Override
  public String toString() {
    return message(Locale.ENGLISH);
  }
}
