package org.ratsinfo.render.pdf.internal;

import java.util.Locale;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.internal.MessageBundle;
import org.ratsinfo.internal.Snippets;

/** The message of a render that failed for characters the fonts cannot show, in German or English. */
public final class MissingCharacters {

  private MissingCharacters() {}

  /**
   * The message.
   *
   * @param document the document that could not be rendered
   * @param missing what its fonts cannot show
   * @param locale the caller's language: German for {@code de}, English otherwise
   * @return the message, naming the characters (code point and character) and the texts they stand in
   */
  public static String message(ExcerptDocument document, Glyphs.Missing missing, Locale locale) {
    String characters = String.join(", ", missing.characters());
    String texts = String.join(" | ", missing.texts().stream().map(t -> quote(t, locale)).toList());
    if (MessageBundle.isGerman(locale)) {
      return "Der Auszug " + quote(shorten(document.title()), locale) + " kann nicht als PDF ausgegeben werden: "
          + "die Schriften können diese Zeichen nicht darstellen: " + characters + ", in " + texts + ". "
          + (missing.rightToLeft()
              ? "Schriften, die von rechts nach links laufen (Arabisch, Hebräisch …), kann das PDF nicht "
                  + "darstellen. " : "")
          + "Eine Schrift mit den übrigen Zeichen kann mit PdfRenderer.Builder.fallbackFont hinzugefügt "
          + "werden.";
    }
    return "cannot render the excerpt " + quote(shorten(document.title()), locale) + " as PDF: its fonts cannot "
        + "show these characters: " + characters + ", in " + texts + ". "
        + (missing.rightToLeft()
            ? "Right-to-left scripts (Arabic, Hebrew …) cannot be shown in the PDF. " : "")
        + "A font with the other characters can be added with PdfRenderer.Builder.fallbackFont.";
  }

  static String shorten(String text) {
    return Snippets.shorten(text, 60);
  }

  private static String quote(String text, Locale locale) {
    return Snippets.quote(text, locale);
  }
}
