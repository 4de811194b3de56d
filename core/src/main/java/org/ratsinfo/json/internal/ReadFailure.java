package org.ratsinfo.json.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Message;
import org.ratsinfo.json.JsonProblem;

/**
 * A problem of JSON input, before it becomes the exception of the API that read it: {@code
 * JsonFormatException} for the native format, the OParl module's own for its documents. Carries no
 * stack trace of its own; the cause, if any, is the Jackson or model exception.
 *
 * <p>Where the OParl import's parser fails, the import turns it into a failure of its own ({@code
 * FormatFailure}) rather than throwing it: that one names which of the import's documents failed and
 * may carry the OParl module's own messages, which {@link JsonMessages} does not know; this one
 * carries the {@link JsonProblem} that {@code JsonFormatException} reports and OParl's API does not.
 */
public final class ReadFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final JsonProblem problem;
  private final String path;
  private final int line;
  private final int column;
  private final Message detail;

  ReadFailure(JsonProblem problem, String path, int line, int column, Message detail,
      @Nullable Throwable cause) {
    super(null, cause, false, false);
    this.problem = problem;
    this.path = path;
    this.line = line > 0 ? line : -1;
    this.column = column > 0 ? column : -1;
    this.detail = detail;
  }

  /** The problem. */
  public JsonProblem problem() {
    return problem;
  }

  /** The path, e.g. {@code $.meeting.start}. */
  public String path() {
    return path;
  }

  /** The line, 1-based, or -1. */
  public int line() {
    return line;
  }

  /** The column, 1-based, or -1. */
  public int column() {
    return column;
  }

  /** The rule broken, a message of {@link JsonMessages}, with its arguments (already truncated). */
  public Message detail() {
    return detail;
  }

  /** The message in English. */
  @Override
  public String getMessage() {
    return getLocalizedMessage(Locale.ENGLISH);
  }

  /**
   * The message in German for a {@code de} locale, else in English: where, then what.
   *
   * @param locale the reader's locale
   * @return the message
   */
  public String getLocalizedMessage(Locale locale) {
    return JsonMessages.message(locale, path, line, column, detail);
  }
}
