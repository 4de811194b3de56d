package org.ratsinfo.render.pdf.internal;

import java.io.Serial;
import java.util.Locale;

/**
 * A block renderer nested a list or table element where HTML does not allow it ({@link Nesting}), which
 * would break the PDF's structure; {@code PdfRenderer} says which, in the caller's language.
 */
public final class NestingException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final transient Nesting.Violation violation;

  NestingException(Nesting.Violation violation) {
    super(violation.toString(), null, false, false);
    this.violation = violation;
  }

  /**
   * The message.
   *
   * @param title the title of the excerpt that could not be rendered
   * @param locale the caller's language: German for {@code de}, English otherwise
   * @return the message, naming the element, where it stands and its text
   */
  public String message(String title, Locale locale) {
    return Nesting.message(violation, title, locale);
  }
}
