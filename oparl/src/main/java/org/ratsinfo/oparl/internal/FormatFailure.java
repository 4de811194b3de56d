package org.ratsinfo.oparl.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Message;

/**
 * A document is not well-formed JSON, or exceeds a read limit, as the import finds it; {@code
 * OParlReader} turns it into the API's {@code OParlFormatException}. Carries no stack trace of its own;
 * the cause, if any, is the parser's exception.
 *
 * <p>Not core's {@code org.ratsinfo.json.internal.ReadFailure}, though made from one where the parser
 * fails ({@link Documents#formatError}): an import reads many documents, so this one names the {@link
 * #source() document}; its detail may be a message of this module (bytes that are not UTF-8), which
 * core's JSON messages do not know; and the OParl API has no {@code JsonProblem}.
 */
public final class FormatFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String path;
  private final int line;
  private final int column;
  private final Message detail;

  FormatFailure(String source, String path, int line, int column, Message detail,
      @Nullable Throwable cause) {
    super(null, cause, false, false);
    this.source = source;
    this.path = path;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }

  /** The document, e.g. a file name. */
  public String source() {
    return source;
  }

  /** Where in the document, e.g. {@code $.data[3].agendaItem}. */
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

  /** What is wrong: a message of this module's or of core's JSON messages. */
  public Message detail() {
    return detail;
  }

  /** The message in English. */
  @Override
  public String getMessage() {
    return Messages.formatError(Locale.ENGLISH, source, path, line, column, detail);
  }
}
