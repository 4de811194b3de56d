package org.ratsinfo.oparl.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ratsinfo.internal.Message;
import org.ratsinfo.oparl.OParlIssue;

/**
 * One problem of the input as the import finds it, before it becomes an {@code OParlWarning} of the
 * API: the object, the property, the issue and the arguments of its message, some of which are texts
 * of the message bundle (the kind of a JSON value) put in the reader's language.
 *
 * @param objectId the object's id, or where it is
 * @param field the property, or empty
 * @param issue what was wrong
 * @param arguments the arguments of the issue's messages
 */
public record Warning(String objectId, String field, OParlIssue issue, List<Message.Argument> arguments) {

  /** Checks that every value is present and copies the arguments. */
  public Warning {
    Objects.requireNonNull(objectId, "objectId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(issue, "issue");
    arguments = List.copyOf(arguments);
  }

  /**
   * The message: where, what was wrong and what was done.
   *
   * @param locale German for a {@code de} locale, English otherwise
   * @return the message
   */
  public String message(Locale locale) {
    return Messages.warning(locale, this);
  }
}
