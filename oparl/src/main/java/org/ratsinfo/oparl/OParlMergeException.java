package org.ratsinfo.oparl;

import java.util.Locale;
import java.util.Objects;
import org.ratsinfo.internal.Message;
import org.ratsinfo.oparl.internal.Messages;

/**
 * The native document given to {@link OParlImport#merge} does not fit the import: it is of another
 * meeting, or names an agenda item the import lacks. Nothing is merged.
 */
public final class OParlMergeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What does not fit, with the arguments of its message. */
  private final Message detail;

  /** An exception with the given message; made by {@link OParlImport#merge}. */
  OParlMergeException(Message detail) {
    super(null, null, false, false);
    this.detail = Objects.requireNonNull(detail, "detail");
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
    return Messages.format(locale, detail);
  }
}
