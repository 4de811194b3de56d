package org.ratsinfo.json;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Message;
import org.ratsinfo.json.internal.JsonMessages;

/**
 * The JSON input is malformed or does not match the format of {@link RatsinfoJson}. The exception names
 * where (a {@link #path() path} and, where known, the {@link #line() line} and {@link #column() column})
 * and what ({@link #problem()}, and a message in English or German).
 *
 * <p>Messages never quote the input beyond property names and short values (truncated to 40
 * characters), so they are safe to log and to show to the sender of the input.
 */
public final class JsonFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problem. */
  private final JsonProblem problem;
  /** The path of the offending value. */
  private final String path;
  /** The line, 1-based, or -1. */
  private final int line;
  /** The column, 1-based, or -1. */
  private final int column;
  /** The rule broken, with the arguments of its message, already truncated. */
  private final Message detail;

  JsonFormatException(JsonProblem problem, String path, int line, int column, Message detail,
      @Nullable Throwable cause) {
    super(null, cause);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.path = Objects.requireNonNull(path, "path");
    this.line = line > 0 ? line : -1;
    this.column = column > 0 ? column : -1;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /** The kind of problem. */
  public JsonProblem problem() {
    return problem;
  }

  /**
   * Where the problem is, as a JSONPath-like expression: {@code $} is the document, {@code
   * $.meeting.agenda[3].number} the number of the fourth agenda item of the meeting. For a missing
   * property it is the path the property would have.
   */
  public String path() {
    return path;
  }

  /** The line of the input where the problem was found, 1-based; -1 if unknown. */
  public int line() {
    return line;
  }

  /**
   * The column of the input where the problem was found, 1-based; -1 if unknown. For byte input it
   * counts bytes, for text input characters.
   */
  public int column() {
    return column;
  }

  /** The message in English, e.g. "$.meeting.start (line 12, column 14): expected a date-time …". */
  @Override
  public String getMessage() {
    return getLocalizedMessage(Locale.ENGLISH);
  }

  /** The message in English; the default locale of the JVM does not pick the language. */
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
    return JsonMessages.message(locale, path, line, column, detail);
  }
}
