package org.ratsinfo.validation.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import org.ratsinfo.internal.Bundle;
import org.ratsinfo.internal.MessageBundle;

/**
 * The validation messages of one language, read from {@code ValidationMessages.properties} (English)
 * and {@code ValidationMessages_de.properties} in {@code org/ratsinfo/validation}: in a package, not
 * at the class path root, so that they cannot shadow or be shadowed by an application's own {@code
 * ValidationMessages}.
 */
public final class Messages {

  private static final Messages ENGLISH = load("ValidationMessages.properties");
  private static final Messages GERMAN = load("ValidationMessages_de.properties");

  private final Bundle messages;

  private Messages(Bundle messages) {
    this.messages = messages;
  }

  /** German for {@code de}, English otherwise. */
  public static Messages forLocale(Locale locale) {
    return isGerman(locale) ? GERMAN : ENGLISH;
  }

  /** Whether messages for this locale are German. */
  public static boolean isGerman(Locale locale) {
    return MessageBundle.isGerman(locale);
  }

  /** The keys, for tests that compare the languages. */
  public SortedSet<String> keys() {
    return messages.keys();
  }

  /** The message for a key with {@code {0}}, {@code {1}} … replaced by the arguments. */
  public String format(String key, String... args) {
    return Bundle.substitute(Objects.requireNonNull(messages.find(key), key), List.of(args));
  }

  /**
   * Replaces each {@code {key}} of a message template that names a message of this language by that
   * message; other {@code {parameters}} are left for the interpolator.
   */
  public String resolve(String template) {
    if (template.indexOf('{') < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        out.append(template, i, template.length());
        break;
      }
      String message = messages.find(template.substring(open + 1, close));
      out.append(template, i, open).append(message != null ? message : template.substring(open, close + 1));
      i = close + 1;
    }
    return out.toString();
  }

  /** The rule identifier of a message template: {@code {a.b.message}} becomes {@code a.b.message}. */
  public static String ruleOf(String template) {
    String t = template.strip();
    if (t.startsWith("{") && t.endsWith("}") && t.indexOf('{', 1) < 0) {
      return t.substring(1, t.length() - 1);
    }
    return t;
  }

  private static Messages load(String fileName) {
    return new Messages(Bundle.load("org/ratsinfo/validation/" + fileName));
  }
}
