package org.ratsinfo.render.internal;

import java.text.Normalizer;

/** Makes text safe as part of a file name on every common file system and in ZIP archives. */
public final class FileNames {

  /** The longest part kept, in characters. */
  private static final int MAX_LENGTH = 80;

  private FileNames() {}

  /**
   * The text with every character but letters, digits, dots and hyphens replaced by {@code _},
   * normalised to NFC and cut to 80 characters; {@code _} if nothing is left. No separator, no
   * control character, no reserved character survives.
   *
   * @param text the text, e.g. an agenda number
   * @return the safe text
   */
  public static String safe(String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(Math.min(normalized.length(), MAX_LENGTH));
    normalized.codePoints().limit(MAX_LENGTH).forEach(c -> {
      boolean keep = Character.isLetterOrDigit(c) || c == '.' || c == '-';
      out.appendCodePoint(keep ? c : '_');
    });
    return out.length() == 0 ? "_" : out.toString();
  }
}
