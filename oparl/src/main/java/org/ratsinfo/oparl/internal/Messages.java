package org.ratsinfo.oparl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.json.internal.JsonMessages;
import org.ratsinfo.oparl.OParlIssue;

/**
 * The messages of the OParl module in English and German, from UTF-8 properties files beside this
 * class; a document that is not well-formed JSON is told in core's words for JSON input ({@link
 * JsonMessages}), unless a text here words it for OParl. The caller's locale picks the language, never
 * the JVM's default. Immutable.
 */
public final class Messages {

  /**
   * Separates the arguments of a message argument that is a message itself (see {@code
   * Warnings.key(String, String...)}); never part of a value from the input, whose control characters
   * are replaced.
   */
  static final char ARGUMENT_SEPARATOR = '\u0001';

  /** How many characters of a value from the input a message shows. */
  private static final int MAX_QUOTED = 60;

  private final Locale locale;
  private static final Messages ENGLISH = new Messages(Locale.ENGLISH, load("messages.properties"), null);
  private static final Messages GERMAN = new Messages(Locale.GERMAN, load("messages_de.properties"), ENGLISH);

  private final Map<String, String> texts;
  private final @Nullable Messages fallback;

  private Messages(Locale locale, Map<String, String> texts, @Nullable Messages fallback) {
    this.locale = locale;
    this.texts = texts;
    this.fallback = fallback;
  }

  /** German for a {@code de} locale, English otherwise. */
  public static Messages forLocale(Locale locale) {
    return "de".equals(locale.getLanguage()) ? GERMAN : ENGLISH;
  }

  /** The keys of a language's file, for tests that both files have the same keys. */
  public static List<String> keys(boolean german) {
    return List.copyOf((german ? GERMAN : ENGLISH).texts.keySet());
  }

  private static Map<String, String> load(String name) {
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> texts = new TreeMap<>();
      properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
      return Map.copyOf(texts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private String text(String key) {
    String text = texts.get(key);
    if (text == null && fallback != null) {
      return fallback.text(key);
    }
    return text == null ? key : text;
  }

  /** The message of a key with its arguments. */
  public String format(String key, String... arguments) {
    return substitute(text(key), List.of(arguments));
  }

  /** The message of a warning: where, what, and what was done. */
  public String warning(String objectId, String field, OParlIssue issue, List<String> arguments) {
    String where = field.isEmpty() ? objectId : objectId + ", " + field;
    List<String> translated = arguments.stream().map(this::translated).toList();
    String what = substitute(text("issue." + issue.name()), translated);
    String done = substitute(text("done." + issue.name()), translated);
    return where + ": " + what + "; " + done;
  }

  /**
   * An argument in the reader's language: one that starts with {@code U+0000} is a message key,
   * followed by the message's own arguments each after {@link #ARGUMENT_SEPARATOR}; a key that is not
   * this module's is one of core's messages for JSON input. Any other argument is shown as it is.
   */
  private String translated(String argument) {
    if (!argument.startsWith("\0")) {
      return argument;
    }
    String[] parts = argument.substring(1).split(String.valueOf(ARGUMENT_SEPARATOR), -1);
    String key = parts[0];
    List<String> own = List.of(parts).subList(1, parts.length);
    if (!isOwn(key) && JsonMessages.has(key)) {
      return JsonMessages.detail(locale, key, own);
    }
    return substitute(text(key), own.stream().map(this::translated).toList());
  }

  private boolean isOwn(String key) {
    return texts.containsKey(key) || fallback != null && fallback.texts.containsKey(key);
  }

  /**
   * The message of a format error: the document, where in it, and what; what is in core's words for
   * JSON input unless the key is one of this module's (e.g. {@code format.decoding}).
   */
  public String formatError(String source, String path, int line, int column, String key,
      List<String> arguments) {
    String what = isOwn(key)
        ? substitute(text(key), arguments)
        : JsonMessages.detail(locale, key, arguments);
    return source + ": " + JsonMessages.location(locale, path, line, column) + ": " + what;
  }

  /**
   * A value from the input, safe to show: control characters replaced, at most 60 characters. A longer
   * value keeps its start and its end around an ellipsis, since ids and URLs differ at their end
   * ({@code …/meetings?page=2}).
   */
  public static String quote(@Nullable String value) {
    if (value == null) {
      return "";
    }
    String shown = value.length() <= MAX_QUOTED ? value
        : value.substring(0, MAX_QUOTED / 2) + '…' + value.substring(value.length() - MAX_QUOTED / 2 + 1);
    StringBuilder out = new StringBuilder(shown.length());
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      out.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
    }
    return out.toString();
  }

  /** Replaces {@code {0}}, {@code {1}} … in one pass; an argument's own braces are never read again. */
  static String substitute(String pattern, List<String> arguments) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '{') {
        int end = i + 1;
        while (end < pattern.length() && Character.isDigit(pattern.charAt(end))) {
          end++;
        }
        if (end > i + 1 && end < pattern.length() && pattern.charAt(end) == '}') {
          int index = Integer.parseInt(pattern.substring(i + 1, end));
          out.append(index < arguments.size() ? arguments.get(index) : "?");
          i = end + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
