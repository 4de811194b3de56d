package org.ratsinfo.oparl.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Message;
import org.ratsinfo.internal.MessageBundle;
import org.ratsinfo.internal.Snippets;
import org.ratsinfo.json.internal.JsonMessages;

/**
 * The messages of the OParl module in English and German, from the UTF-8 files {@code
 * messages.properties} and {@code messages_de.properties} beside this class, through core's shared
 * {@link MessageBundle}; a document that is not well-formed JSON is told in core's words for JSON input
 * ({@link JsonMessages}), unless a text here words it for OParl. The caller's locale picks the
 * language, never the JVM's default. Stateless.
 */
public final class Messages {

  /** How many characters of a value from the input a message shows. */
  private static final int MAX_QUOTED = 60;

  // A lambda of this module: core cannot open this module's resources itself.
  private static final MessageBundle MESSAGES =
      MessageBundle.load(name -> Messages.class.getResourceAsStream(name), "messages");

  private Messages() {}

  /** The keys of a language's file, for tests that both files have the same keys. */
  public static List<String> keys(boolean german) {
    return List.copyOf(MESSAGES.keys(german ? Locale.GERMAN : Locale.ENGLISH));
  }

  /**
   * A message of this module.
   *
   * @param locale German for a {@code de} locale, English otherwise
   * @param message the message
   * @return the text
   */
  public static String format(Locale locale, Message message) {
    return MESSAGES.format(locale, resolved(locale, message));
  }

  /**
   * The message with each nested message put in words first: in this module's words where it has the
   * text, else in core's for JSON input (the reason a value of the native format was not read).
   */
  private static Message resolved(Locale locale, Message message) {
    if (message.arguments().stream().noneMatch(Message.Nested.class::isInstance)) {
      return message;
    }
    List<Message.Argument> arguments = message.arguments().stream()
        .map(a -> a instanceof Message.Nested n ? Message.value(nested(locale, n.message())) : a)
        .toList();
    return new Message(message.key(), arguments);
  }

  private static String nested(Locale locale, Message message) {
    return MESSAGES.has(message.key()) ? format(locale, message) : JsonMessages.detail(locale, message);
  }

  /**
   * The message of a warning: where, what, and what was done.
   *
   * @param locale German for a {@code de} locale, English otherwise
   * @param warning the warning
   * @return the text
   */
  public static String warning(Locale locale, Warning warning) {
    String where = warning.field().isEmpty() ? warning.objectId()
        : warning.objectId() + ", " + warning.field();
    String issue = warning.issue().name();
    return where + ": " + format(locale, new Message("issue." + issue, warning.arguments()))
        + "; " + format(locale, new Message("done." + issue, warning.arguments()));
  }

  /**
   * An argument as the English message shows it.
   *
   * @param argument the argument
   * @return the value, or the text in English
   */
  public static String english(Message.Argument argument) {
    return argument instanceof Message.Nested n ? nested(Locale.ENGLISH, n.message())
        : MESSAGES.shown(Locale.ENGLISH, argument);
  }

  /**
   * The message of a format error: the document, where in it, and what; what is in core's words for
   * JSON input unless the key is one of this module's (e.g. {@code format.decoding}).
   *
   * @param locale German for a {@code de} locale, English otherwise
   * @param source the document
   * @param path where in it
   * @param line the line, or -1
   * @param column the column, or -1
   * @param detail what is wrong
   * @return the text
   */
  public static String formatError(Locale locale, String source, String path, int line, int column,
      Message detail) {
    String what = MESSAGES.has(detail.key()) ? MESSAGES.format(locale, detail)
        : JsonMessages.detail(locale, detail);
    return source + ": " + JsonMessages.location(locale, path, line, column) + ": " + what;
  }

  /**
   * A value from the input, safe to show: control characters replaced, at most 60 characters. A longer
   * value keeps its start and its end around an ellipsis, since ids and URLs differ at their end
   * ({@code …/meetings?page=2}).
   */
  public static String quote(@Nullable String value) {
    return Snippets.safeKeepingEnd(value, MAX_QUOTED);
  }
}
