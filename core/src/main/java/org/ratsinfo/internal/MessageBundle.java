package org.ratsinfo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;

/**
 * The messages of one module in English and German, from the UTF-8 files {@code NAME.properties}
 * (English) and {@code NAME_de.properties}. The caller's locale picks the language, never the JVM's
 * default: German for a locale whose language is German ({@code de}), English for every other. A text
 * missing in German is taken from English, one missing in both is shown as its key. Shared by the
 * JSON, validation and OParl messages and the exceptions that carry them. Immutable and thread-safe.
 */
public final class MessageBundle {

  private final Bundle english;
  private final Bundle german;

  private MessageBundle(Bundle english, Bundle german) {
    this.english = english;
    this.german = german;
  }

  /**
   * Reads the messages of core.
   *
   * @param name the resources without {@code .properties}, e.g. {@code org/ratsinfo/json/messages}
   * @return the messages
   * @throws IllegalStateException if a file is missing
   */
  public static MessageBundle load(String name) {
    return new MessageBundle(Bundle.load(name + ".properties"), Bundle.load(name + "_de.properties"));
  }

  /**
   * Reads the messages of another module.
   *
   * @param resources opens that module's resources
   * @param name the resources without {@code .properties}, as {@code resources} opens them, e.g.
   *     {@code messages} beside the class whose {@code getResourceAsStream} it calls
   * @return the messages
   * @throws IllegalStateException if a file is missing
   */
  public static MessageBundle load(Bundle.Resources resources, String name) {
    return new MessageBundle(Bundle.load(resources, name + ".properties"),
        Bundle.load(resources, name + "_de.properties"));
  }

  /**
   * Whether messages for a locale are German: its language is {@code de}. The one rule of every
   * message of ratsinfo (labels, which default to German, have their own).
   *
   * @param locale the reader's locale
   * @return {@code true} for German, {@code false} for English
   */
  public static boolean isGerman(Locale locale) {
    return "de".equals(locale.getLanguage());
  }

  /**
   * The file of a language.
   *
   * @param locale the reader's locale
   * @return the German or the English file
   */
  public Bundle bundle(Locale locale) {
    return isGerman(locale) ? german : english;
  }

  /**
   * The keys of a language's file, for tests that both files have the same keys.
   *
   * @param locale the language
   * @return the keys, sorted
   */
  public SortedSet<String> keys(Locale locale) {
    return bundle(locale).keys();
  }

  /**
   * Whether there is a text for a key (in English, which has every key).
   *
   * @param key the key
   * @return {@code true} if there is
   */
  public boolean has(String key) {
    return english.find(key) != null;
  }

  /**
   * The text of a key in the reader's language, without its arguments.
   *
   * @param locale the reader's locale
   * @param key the key
   * @return the text, the English one if the language lacks it, or the key if both do
   */
  public String text(Locale locale, String key) {
    String text = bundle(locale).find(key);
    if (text == null) {
      text = english.find(key);
    }
    return text == null ? key : text;
  }

  /**
   * A message in the reader's language: its text with each argument in place, a {@link Message.Text}
   * argument in the same language.
   *
   * @param locale the reader's locale
   * @param message the message
   * @return the text
   * @throws IllegalArgumentException if the text has a placeholder beyond the arguments
   */
  public String format(Locale locale, Message message) {
    Objects.requireNonNull(locale, "locale");
    List<String> arguments = new ArrayList<>(message.arguments().size());
    for (Message.Argument argument : message.arguments()) {
      arguments.add(shown(locale, argument));
    }
    return Bundle.substitute(text(locale, message.key()), arguments);
  }

  /**
   * A message whose arguments are shown as they are.
   *
   * @param locale the reader's locale
   * @param key the key of its text
   * @param values the arguments
   * @return the text
   * @throws IllegalArgumentException if the text has a placeholder beyond the arguments
   */
  public String format(Locale locale, String key, String... values) {
    return Bundle.substitute(text(locale, key), List.of(values));
  }

  /**
   * An argument as a message in the reader's language shows it.
   *
   * @param locale the reader's locale
   * @param argument the argument
   * @return a value as it is, a text in the language
   */
  public String shown(Locale locale, Message.Argument argument) {
    if (argument instanceof Message.Text text) {
      return text(locale, text.key());
    }
    if (argument instanceof Message.Nested nested) {
      return format(locale, nested.message());
    }
    return ((Message.Value) argument).value();
  }
}
