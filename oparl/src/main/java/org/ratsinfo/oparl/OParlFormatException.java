package org.ratsinfo.oparl;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.oparl.internal.Messages;

/**
 * A document given to {@link OParlReader} is not well-formed JSON, or exceeds a read limit. Names the
 * {@link #source() document}, a {@link #path() path} in it and, where known, the {@link #line() line}
 * and {@link #column() column}, with a message in English or German. OParl content that is well-formed
 * JSON but deviates from the specification is no format error: see {@link OParlWarning}.
 *
 * <p>Messages never quote the input beyond property names, so they are safe to log.
 */
public final class OParlFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String path;
  private final int line;
  private final int column;
  private final String key;
  @SuppressWarnings("serial") // an immutable list of strings
  private final List<String> arguments;

  /**
   * A format error. For the reader's implementation; applications do not create these.
   *
   * @param source the document, e.g. a file name
   * @param path where in the document, e.g. {@code $.data[3].agendaItem}
   * @param line the line, 1-based, or -1
   * @param column the column, 1-based, or -1
   * @param key the message key of the rule broken
   * @param arguments the arguments of the message
   * @param cause the parser's exception, or {@code null}
   */
  public OParlFormatException(String source, String path, int line, int column, String key,
      List<String> arguments, @Nullable Throwable cause) {
    super(null, cause);
    this.source = Objects.requireNonNull(source, "source");
    this.path = Objects.requireNonNull(path, "path");
    this.line = line > 0 ? line : -1;
    this.column = column > 0 ? column : -1;
    this.key = Objects.requireNonNull(key, "key");
    this.arguments = List.copyOf(arguments);
  }

  /** The document: a file name, or {@code "<string>"} for a string. */
  public String source() {
    return source;
  }

  /** Where the problem is, as a JSONPath-like expression, e.g. {@code $.data[3].agendaItem}. */
  public String path() {
    return path;
  }

  /** The line where the problem was found, 1-based; -1 if unknown. */
  public int line() {
    return line;
  }

  /** The column where the problem was found, 1-based, in characters; -1 if unknown. */
  public int column() {
    return column;
  }

  /** The message in English, e.g. {@code "meeting.json: $.name (line 3, column 11): …"}. */
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
   * The message in German if the locale's language is German ({@code de}), in English otherwise.
   *
   * @param locale the locale of the reader
   * @return the message
   */
  public String getLocalizedMessage(Locale locale) {
    return Messages.forLocale(locale).formatError(source, path, line, column, key, arguments);
  }
}
