package org.ratsinfo.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The validation messages of one language, read from {@code ValidationMessages.properties} (English)
 * and {@code ValidationMessages_de.properties} beside this package's parent. Read by hand rather than
 * through {@code ResourceBundle}: the JVM's default locale must never choose the language, and the
 * bundles live in a package, not at the class path root, so that they cannot shadow or be shadowed by
 * an application's own {@code ValidationMessages}.
 */
public final class Messages {

  private static final Messages ENGLISH = load("ValidationMessages.properties");
  private static final Messages GERMAN = load("ValidationMessages_de.properties");

  private final Map<String, String> messages;

  private Messages(Map<String, String> messages) {
    this.messages = Map.copyOf(messages);
  }

  /** German for {@code de}, English otherwise. */
  public static Messages forLocale(Locale locale) {
    return isGerman(locale) ? GERMAN : ENGLISH;
  }

  /** Whether messages for this locale are German. */
  public static boolean isGerman(Locale locale) {
    return "de".equals(locale.getLanguage());
  }

  /** The message for a key, or {@code null}. */
  public String get(String key) {
    return messages.get(key);
  }

  /** The keys and messages, for tests that compare the languages. */
  public Map<String, String> all() {
    return new TreeMap<>(messages);
  }

  /** The message for a key with {@code {0}}, {@code {1}} … replaced by the arguments. */
  public String format(String key, String... args) {
    String message = Objects.requireNonNull(messages.get(key), key);
    for (int i = 0; i < args.length; i++) {
      message = message.replace("{" + i + "}", args[i]);
    }
    return message;
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
      String message = messages.get(template.substring(open + 1, close));
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

  private static Messages load(String name) {
    String resource = "/org/ratsinfo/validation/" + name;
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> map = new TreeMap<>();
      properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
      return new Messages(map);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
