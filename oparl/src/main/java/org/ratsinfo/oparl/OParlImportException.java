package org.ratsinfo.oparl;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ratsinfo.internal.Message;
import org.ratsinfo.oparl.internal.Messages;

/**
 * A strict {@link OParlReader} rejected its input: every deviation from the OParl 1.1 specification it
 * found, each of which a tolerant reader would have repaired with a warning. Nothing is imported.
 */
public final class OParlImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable list of records of strings
  private final List<OParlWarning> problems;

  /** An exception listing the problems, at least one; made by the reader. */
  OParlImportException(List<OParlWarning> problems) {
    super(null, null, false, false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order the input was read. */
  public List<OParlWarning> problems() {
    return problems;
  }

  /** The message in English: a summary line and one line per problem. */
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
   * The message in German for a {@code de} locale, English otherwise: a summary line and one line per
   * problem.
   *
   * @param locale the locale of the reader
   * @return the message
   */
  public String getLocalizedMessage(Locale locale) {
    return Messages.format(locale, Message.of("strict.summary", Integer.toString(problems.size()))) + "\n"
        + problems.stream().map(p -> "  " + p.message(locale)).collect(Collectors.joining("\n"));
  }
}
