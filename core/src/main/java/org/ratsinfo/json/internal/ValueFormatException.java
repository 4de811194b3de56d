package org.ratsinfo.json.internal;

import java.util.Locale;
import org.ratsinfo.internal.Message;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A value of the right JSON type that the model does not take: an unknown enum value or kind, a date
 * that is not a date. Carries the rule broken as a message, so that {@code RatsinfoJson} can say it in
 * German too; its own message is the English one.
 */
public final class ValueFormatException extends InvalidFormatException {

  private static final long serialVersionUID = 1L;

  private final Message detail;

  ValueFormatException(JsonParser p, Object value, Class<?> targetType, String key, String... arguments) {
    this(p, value, targetType, Message.of(key, arguments));
  }

  private ValueFormatException(JsonParser p, Object value, Class<?> targetType, Message detail) {
    super(p, JsonMessages.detail(Locale.ENGLISH, detail), value, targetType);
    this.detail = detail;
  }

  /** The rule broken, with its arguments. */
  public Message detail() {
    return detail;
  }
}
