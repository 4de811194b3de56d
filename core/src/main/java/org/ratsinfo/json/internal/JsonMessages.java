package org.ratsinfo.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Bundle;

/**
 * The messages of reading JSON, in English and German ({@code org/ratsinfo/json/messages*.properties}),
 * for ratsinfo's native format and for the OParl module's documents alike. The caller's locale picks the
 * language, never the JVM's default. Arguments that start with {@link #KEY_MARK} are message keys
 * themselves (e.g. the kind of a JSON value), translated with the message; every other argument is
 * shown as it is. Immutable.
 */
public final class JsonMessages {

  /** Marks an argument that is a message key, never the case for a value from the input. */
  public static final char KEY_MARK = '\0';

  /** How many characters of a value from the input a message shows by default. */
  public static final int MAX_QUOTED = 40;

  private static final Bundle ENGLISH = Bundle.load("org/ratsinfo/json/messages.properties");
  private static final Bundle GERMAN = Bundle.load("org/ratsinfo/json/messages_de.properties");

  private JsonMessages() {}

  /** A message argument that is itself a message key, e.g. {@code kind.string}. */
  public static String key(String key) {
    return KEY_MARK + key;
  }

  /** Whether a key has a message. */
  public static boolean has(String key) {
    return ENGLISH.find(key) != null;
  }

  /**
   * The text of a rule broken, e.g. "expected a string but found an integer".
   *
   * @param locale German for a {@code de} locale, English otherwise
   * @param key the message key
   * @param arguments the arguments, key-marked ones translated
   * @return the text
   */
  public static String detail(Locale locale, String key, List<String> arguments) {
    Bundle messages = bundle(locale);
    List<String> translated = new ArrayList<>(arguments.size());
    for (String argument : arguments) {
      translated.add(!argument.isEmpty() && argument.charAt(0) == KEY_MARK
          ? text(messages, argument.substring(1)) : argument);
    }
    return Bundle.substitute(text(messages, key), translated);
  }

  /**
   * Where a problem is: "$.meeting.start (line 12, column 14)", or the path alone if the line is not
   * known.
   */
  public static String location(Locale locale, String path, int line, int column) {
    Bundle messages = bundle(locale);
    return line > 0
        ? Bundle.substitute(text(messages, "location"), List.of(path, Integer.toString(line),
            Integer.toString(column)))
        : Bundle.substitute(text(messages, "location.unknown"), List.of(path));
  }

  /** Where and what: {@code location(…) + ": " + detail(…)}. */
  public static String message(Locale locale, String path, int line, int column, String key,
      List<String> arguments) {
    return location(locale, path, line, column) + ": " + detail(locale, key, arguments);
  }

  /** Replaces {@code {0}}, {@code {1}} … in one pass; see {@link Bundle#substitute}. */
  public static String substitute(String pattern, List<String> arguments) {
    return Bundle.substitute(pattern, arguments);
  }

  /** A value from the input, safe to show: control characters replaced, at most 40 characters. */
  public static String quote(@Nullable String value) {
    return quote(value, MAX_QUOTED);
  }

  /**
   * A value from the input, safe to show: control characters and lone surrogates replaced by {@code ?},
   * cut after {@code max} characters with an ellipsis.
   */
  public static String quote(@Nullable String value, int max) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(value.length(), max + 1));
    for (int i = 0; i < value.length(); i++) {
      if (i == max) {
        out.append('…');
        break;
      }
      char c = value.charAt(i);
      out.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
    }
    return out.toString();
  }

  private static Bundle bundle(Locale locale) {
    return "de".equals(locale.getLanguage()) ? GERMAN : ENGLISH;
  }

  private static String text(Bundle messages, String key) {
    String text = messages.find(key);
    if (text == null) {
      text = ENGLISH.find(key);
    }
    return text == null ? key : text;
  }
}
