package org.ratsinfo.render.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The checks of a fallback font before a builder accepts it: at most a limit in size (a render that
 * needs one of its characters reads and parses it whole, and a font of hundreds of megabytes then
 * ends the JVM with an {@code OutOfMemoryError}), a TrueType font with a Unicode character map, and
 * one PDFBox can embed (its licence bits allow it). Messages name the font and the reason, in German
 * or English. Thread-safe.
 */
public final class FallbackFonts {

  private FallbackFonts() {}

  /**
   * Reads a font file, refusing one beyond the limit before reading it, and checks it.
   *
   * @param file the file
   * @param limit the most bytes accepted
   * @param locale the language of the message: German for {@code de}, English otherwise
   * @return the bytes
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it is too large, not a TrueType font with a Unicode character
   *     map, or cannot be embedded
   */
  public static byte[] read(Path file, long limit, Locale locale) throws IOException {
    String name = file.toString();
    long size = Files.size(file);
    if (size > limit) {
      throw new IllegalArgumentException(tooLarge(name, size, limit, locale));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // Not more than the limit, whatever size the file said it has (a device, a growing file).
      bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > limit) {
        throw new IllegalArgumentException(tooLarge(name, Math.max(bytes.length, size), limit, locale));
      }
    }
    check(bytes, name, limit, locale);
    return bytes;
  }

  /**
   * Checks the bytes of a font.
   *
   * @param bytes the font
   * @param name what the message calls the font: its file, or its place among the fallback fonts
   * @param limit the most bytes accepted
   * @param locale the language of the message: German for {@code de}, English otherwise
   * @throws IllegalArgumentException if it is too large, not a TrueType font with a Unicode character
   *     map, or cannot be embedded
   */
  public static void check(byte[] bytes, String name, long limit, Locale locale) {
    if (bytes.length > limit) {
      throw new IllegalArgumentException(tooLarge(name, bytes.length, limit, locale));
    }
    try {
      Glyphs.characters(bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException(notTrueType(name, e, locale), e);
    }
    // What a render does with it: a PDF font, embedded as a subset, from the bytes.
    try (PDDocument pdf = new PDDocument()) {
      PDType0Font.load(pdf, new ByteArrayInputStream(bytes), true);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(notEmbeddable(name, e, locale), e);
    }
  }

  /**
   * The message for a font beyond the limit.
   *
   * @param name the font's file or place
   * @param size its size, in bytes
   * @param limit the limit, in bytes
   * @param locale the language
   * @return the message
   */
  public static String tooLarge(String name, long size, long limit, Locale locale) {
    String font = StylesheetMessages.quote(name, locale);
    if (StylesheetMessages.german(locale)) {
      return "Die Ersatzschrift " + font + " ist " + megabytes(size, locale) + " groß, mehr als die "
          + "Grenze von " + megabytes(limit, locale) + " (PdfRenderer.Builder.fallbackFontLimit): "
          + "jede Ausgabe, die eines ihrer Zeichen braucht, liest sie ganz in den Speicher.";
    }
    return "the fallback font " + font + " is " + megabytes(size, locale) + ", more than the limit of "
        + megabytes(limit, locale) + " (PdfRenderer.Builder.fallbackFontLimit): every render that "
        + "needs one of its characters reads it whole into memory.";
  }

  private static String notTrueType(String name, Exception e, Locale locale) {
    String font = StylesheetMessages.quote(name, locale);
    if (StylesheetMessages.german(locale)) {
      return "Die Ersatzschrift " + font + " ist nicht zu gebrauchen: sie ist keine TrueType-Schrift "
          + "mit Unicode-Zeichentabelle (.ttf; keine Sammlung .ttc und keine OpenType-Schrift mit "
          + "CFF-Konturen): " + e.getMessage();
    }
    return "the fallback font " + font + " cannot be used: it is not a TrueType font with a Unicode "
        + "character map (.ttf; not a collection, .ttc, nor an OpenType font with CFF outlines): "
        + e.getMessage();
  }

  private static String notEmbeddable(String name, Exception e, Locale locale) {
    String font = StylesheetMessages.quote(name, locale);
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (StylesheetMessages.german(locale)) {
      return "Die Ersatzschrift " + font + " lässt sich nicht in ein PDF einbetten (etwa weil ihre "
          + "Lizenz es nicht erlaubt): " + reason;
    }
    return "the fallback font " + font + " cannot be embedded in a PDF (for one, because its licence "
        + "does not permit it): " + reason;
  }

  /** "64 MiB", "4,2 MiB" in German, "300 bytes" below a MiB. */
  private static String megabytes(long bytes, Locale locale) {
    boolean german = StylesheetMessages.german(locale);
    if (bytes < 1024 * 1024) {
      return bytes + (german ? " Bytes" : " bytes");
    }
    String text = String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    if (text.endsWith(".0")) {
      text = text.substring(0, text.length() - 2);
    }
    return (german ? text.replace('.', ',') : text) + " MiB";
  }
}
