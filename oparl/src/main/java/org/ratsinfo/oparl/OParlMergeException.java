package org.ratsinfo.oparl;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ratsinfo.oparl.internal.Messages;

/**
 * The native document given to {@link OParlImport#merge} does not fit the import: it is of another
 * meeting, or names an agenda item the import lacks. Nothing is merged.
 */
public final class OParlMergeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;
  @SuppressWarnings("serial") // an immutable list of strings
  private final List<String> arguments;

  /**
   * An exception with the given message. For the implementation.
   *
   * @param key the message key
   * @param arguments the arguments of the message
   */
  public OParlMergeException(String key, List<String> arguments) {
    super(null, null, false, false);
    this.key = Objects.requireNonNull(key, "key");
    this.arguments = List.copyOf(arguments);
  }

  /** The message in English. */
  @Override
  public String getMessage() {
    return getLocalizedMessage(Locale.ENGLISH);
  }

  /** The message in English; the JVM's default locale does not pick the language. */
  @Override
  public String getLocalizedMessage() {
    return getMessage();
  }

  /**
   * The message in German for a {@code de} locale, English otherwise.
   *
   * @param locale the locale of the reader
   * @return the message
   */
  public String getLocalizedMessage(Locale locale) {
    return Messages.forLocale(locale).format(key, arguments.toArray(String[]::new));
  }
}
