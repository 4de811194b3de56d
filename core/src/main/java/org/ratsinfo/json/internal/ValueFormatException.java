package org.ratsinfo.json.internal;

import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A value of the right JSON type that the model does not take: an unknown enum value or kind, a date
 * that is not a date. Carries the rule broken as a message key with its arguments, so that {@code
 * RatsinfoJson} can say it in German too; its own message is the English one.
 */
public final class ValueFormatException extends InvalidFormatException {

  private static final long serialVersionUID = 1L;

  private final String key;
  @SuppressWarnings("serial") // an immutable list of strings
  private final List<String> arguments;

  ValueFormatException(JsonParser p, Object value, Class<?> targetType, String key, String... arguments) {
    super(p, JsonMessages.detail(Locale.ENGLISH, key, List.of(arguments)), value, targetType);
    this.key = key;
    this.arguments = List.of(arguments);
  }

  /** The message key of the rule broken. */
  public String key() {
    return key;
  }

  /** The arguments of the message. */
  public List<String> arguments() {
    return arguments;
  }
}
