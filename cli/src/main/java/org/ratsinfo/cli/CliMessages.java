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

  String format(String key, String... args) {
    String message = messages.getProperty(key, key);
    for (int i = 0; i < args.length; i++) {
      message = message.replace("{" + i + "}", args[i]);
    }
    return message;
  }
}
