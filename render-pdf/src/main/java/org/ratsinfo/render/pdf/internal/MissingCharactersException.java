package org.ratsinfo.render.pdf.internal;

import java.io.Serial;

/** The page holds characters the fonts cannot show; {@code PdfRenderer} says which, in the caller's language. */
public final class MissingCharactersException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final transient Glyphs.Missing missing;

  MissingCharactersException(Glyphs.Missing missing) {
    super("characters the fonts cannot show: " + missing.characters(), null, false, false);
    this.missing = missing;
  }

  /**
   * What is missing.
   *
   * @return the characters and the texts they stand in
   */
  public Glyphs.Missing missing() {
    return missing;
  }
}
