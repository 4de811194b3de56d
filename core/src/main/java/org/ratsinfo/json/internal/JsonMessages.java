package org.ratsinfo.json.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Message;
import org.ratsinfo.internal.MessageBundle;
import org.ratsinfo.internal.Snippets;

/**
 * The messages of reading JSON, in English and German ({@code org/ratsinfo/json/messages*.properties}),
 * for ratsinfo's native format and for the OParl module's documents alike: where a problem is and what
 * it is, through core's shared {@link MessageBundle}. The caller's locale picks the language, never the
 * JVM's default. Immutable.
 */
public final class JsonMessages {

  /** How many characters of a value from the input a message shows by default. */
  public static final int MAX_QUOTED = 40;

  private static final MessageBundle MESSAGES = MessageBundle.load("org/ratsinfo/json/messages");

  private JsonMessages() {}

  /** The messages, for tests that compare the languages. */
  static MessageBundle bundle() {
    return MESSAGES;
  }

  /**
   * The text of a rule broken, e.g. "expected a string but found an integer".
   *
   * @param locale German for a {@code de} locale, English otherwise
   * @param message the rule broken and its arguments
   * @return the text
   */
  public static String detail(Locale locale, Message message) {
    return MESSAGES.format(locale, message);
  }

  /**
   * Where a problem is: "$.meeting.start (line 12, column 14)", or the path alone if the line is not
   * known.
   */
  public static String location(Locale locale, String path, int line, int column) {
    return line > 0
        ? MESSAGES.format(locale, "location", path, Integer.toString(line), Integer.toString(column))
        : MESSAGES.format(locale, "location.unknown", path);
  }

  /** Where and what: {@code location(…) + ": " + detail(…)}. */
  public static String message(Locale locale, String path, int line, int column, Message message) {
    return location(locale, path, line, column) + ": " + detail(locale, message);
  }

  /** A value from the input, safe to show: control characters replaced, at most 40 characters. */
  public static String quote(@Nullable String value) {
    return Snippets.safe(value, MAX_QUOTED);
  }

  /** The message of a key with values only, as {@link #detail} takes it. */
  static Message of(String key, List<String> values) {
    return new Message(key, Message.values(values));
  }
}
