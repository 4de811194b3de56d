package org.ratsinfo.render;

import java.io.Serial;

/**
 * A renderer could not render a document. Its message says what and why in terms of the document, not
 * of the engine underneath; the engine's exception, if any, is the cause.
 */
public final class RenderException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * An exception with a message.
   *
   * @param message what could not be rendered, and why
   */
  public RenderException(String message) {
    super(message);
  }

  /**
   * An exception with a message and the engine's exception.
   *
   * @param message what could not be rendered, and why
   * @param cause the underlying exception
   */
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
