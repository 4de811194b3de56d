package org.ratsinfo.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A message to be told in the reader's language: the key of a text of a {@link MessageBundle} and the
 * arguments for its {@code {0}}, {@code {1}} …. An argument is either a {@link Value} shown as it is (a
 * name, a number, a short value from the input) or a {@link Text} of the same bundle, put in the
 * reader's language with the message (the kind of a JSON value, a visibility). Exceptions and warnings
 * keep a message rather than its text, so that each reader gets it in their own language; it is
 * serialised with them. Immutable.
 *
 * @param key the key of the message's text
 * @param arguments the arguments, in the order of the placeholders
 */
public record Message(String key, List<Message.Argument> arguments) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** Checks that the key is present and copies the arguments. */
  public Message {
    Objects.requireNonNull(key, "key");
    arguments = List.copyOf(arguments);
  }

  /**
   * A message without arguments.
   *
   * @param key the key of its text
   * @return the message
   */
  public static Message of(String key) {
    return new Message(key, List.of());
  }

  /**
   * A message whose arguments are all shown as they are.
   *
   * @param key the key of its text
   * @param values the arguments
   * @return the message
   */
  public static Message of(String key, String... values) {
    return new Message(key, values(List.of(values)));
  }

  /**
   * A message with arguments of either kind.
   *
   * @param key the key of its text
   * @param arguments the arguments
   * @return the message
   */
  public static Message of(String key, Argument... arguments) {
    return new Message(key, List.of(arguments));
  }

  /**
   * Arguments shown as they are.
   *
   * @param values the values
   * @return one {@link Value} for each
   */
  public static List<Argument> values(List<String> values) {
    return values.stream().<Argument>map(Value::new).toList();
  }

  /**
   * An argument shown as it is.
   *
   * @param value the value, already shortened where it comes from the input
   * @return the argument
   */
  public static Argument value(String value) {
    return new Value(value);
  }

  /**
   * An argument that is a text of the message's bundle, in the reader's language.
   *
   * @param key the key of the text, e.g. {@code kind.string}
   * @return the argument
   */
  public static Argument text(String key) {
    return new Text(key);
  }

  /**
   * An argument that is a message with arguments of its own, put in the reader's language with the
   * message that names it (e.g. the reason a value was not read, in core's words for JSON input).
   *
   * @param message the message
   * @return the argument
   */
  public static Argument nested(Message message) {
    return new Nested(message);
  }

  /** An argument of a message. */
  public sealed interface Argument extends Serializable permits Value, Text, Nested {}

  /**
   * An argument shown as it is.
   *
   * @param value the value
   */
  public record Value(String value) implements Argument {
    @Serial private static final long serialVersionUID = 1L;

    /** Checks that the value is present. */
    public Value {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * An argument that is a text of the message's bundle, put in the reader's language.
   *
   * @param key the key of the text
   */
  public record Text(String key) implements Argument {
    @Serial private static final long serialVersionUID = 1L;

    /** Checks that the key is present. */
    public Text {
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * An argument that is a message of its own, put in the reader's language.
   *
   * @param message the message
   */
  public record Nested(Message message) implements Argument {
    @Serial private static final long serialVersionUID = 1L;

    /** Checks that the message is present. */
    public Nested {
      Objects.requireNonNull(message, "message");
    }
  }
}
