package org.ratsinfo.render.pdf.internal;

import java.io.Serial;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The additional stylesheet (or a block renderer's markup) makes a page lose text: a font size out of
 * bounds ({@link FontSizes}), or text beyond the sides of the page's text area ({@link Overflow}).
 * {@code PdfRenderer} says where and why, in the caller's language.
 */
public final class StylesheetException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final transient FontSizes.@Nullable Violation size;
  private final transient Overflow.@Nullable Violation overflow;
  private final Overflow.Cause cause;
  private final String css;

  StylesheetException(FontSizes.Violation size, String css) {
    super(size.toString(), null, false, false);
    this.size = size;
    this.overflow = null;
    this.cause = Overflow.Cause.STYLESHEET;
    this.css = css;
  }

  StylesheetException(Overflow.Violation overflow, Overflow.Cause cause) {
    super(overflow.toString(), null, false, false);
    this.size = null;
    this.overflow = overflow;
    this.cause = cause;
    this.css = "";
  }

  /**
   * The message.
   *
   * @param locale the caller's language: German for {@code de}, English otherwise
   * @param title the title of the excerpt that could not be rendered, or {@code null} for the sample
   *     excerpt the renderer tries its stylesheet on when it is built
   * @return the message, naming the rule or the text, where it is, and the limit
   */
  public String message(Locale locale, @Nullable String title) {
    String message = size != null ? StylesheetMessages.fontSize(size, css, locale)
        : StylesheetMessages.overflow(java.util.Objects.requireNonNull(overflow), cause, locale);
    return title == null ? message : StylesheetMessages.excerpt(title, message, locale);
  }
}
