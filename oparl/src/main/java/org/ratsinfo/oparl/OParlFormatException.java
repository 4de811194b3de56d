package org.ratsinfo.oparl;

import java.util.Locale;
import org.ratsinfo.internal.Message;
import org.ratsinfo.oparl.internal.FormatFailure;
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
  /** The rule broken, with the arguments of its message. */
  private final Message detail;

  /** The import's failure, at the reader's boundary; its cause, the parser's exception, is this one's. */
  OParlFormatException(FormatFailure failure) {
    super(null, failure.getCause());
    this.source = failure.source();
    this.path = failure.path();
    this.line = failure.line() > 0 ? failure.line() : -1;
    this.column = failure.column() > 0 ? failure.column() : -1;
    this.detail = failure.detail();
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
    return Messages.formatError(locale, source, path, line, column, detail);
  }
}
