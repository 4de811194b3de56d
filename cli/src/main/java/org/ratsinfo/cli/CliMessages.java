package org.ratsinfo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The command line's own messages in one language. */
final class CliMessages {

  private final Properties messages = new Properties();

  CliMessages(Language language) {
    String resource = language == Language.de ? "messages_de.properties" : "messages.properties";
    try (InputStream in = CliMessages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The message with {@code {0}}, {@code {1}} … replaced in one pass, so that an argument's own braces
   * (a file named {@code a{1}.json}) are never read as placeholders.
   */
  String format(String key, String... args) {
    String pattern = messages.getProperty(key, key);
    StringBuilder out = new StringBuilder(pattern.length() + 64);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close == i + 2 && Character.isDigit(pattern.charAt(i + 1))
          && pattern.charAt(i + 1) - '0' < args.length) {
        out.append(args[pattern.charAt(i + 1) - '0']);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
