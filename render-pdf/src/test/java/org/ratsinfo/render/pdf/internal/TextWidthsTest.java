package org.ratsinfo.render.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.bidi.SimpleBidiReorderer;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * {@link TextWidths} measures every text exactly as openhtmltopdf's own text renderer does, in every
 * face and size, also texts with characters openhtmltopdf leaves out and characters the face lacks.
 *
 * <p>The guard of the one shortcut past openhtmltopdf's public API that ratsinfo keeps (issue 21; the
 * gain is in docs/performance.md): an upgrade of openhtmltopdf or PDFBox that measures otherwise (its
 * rounding, the private {@code TEXT_MEASURING_DELTA} that {@link TextWidths} copies, kerning, which
 * font of a text it measures with) makes this test fail, and then {@link TextWidths} is to be fixed or
 * removed ({@code Engine}, one line).
 */
class TextWidthsTest {

  private static final List<String> TEXTS = List.of(
      "", " ", "Stadt", "Anfrage der Fraktion BÜNDNIS 90/DIE GRÜNEN", "„Straßenausbaubeiträge“ – 1 € § ß",
      "Vorlage 2017/0485", "Piraten/AL", "Grundstücks\u00adeigentümer", "10\u00a0000\u202f€",
      "Zeile\nZeile\tTab", "ſ ﬁ ﬂ Ω Жж αβγ", "Ab\u200bc\u200d", "東京", "a東b", "\uD83D\uDE00");

  private static final float[] SIZES = {7f, 8f, 10f, 10.5f, 13.333333f, 17.5f};

  @Test
  void measuresAsOpenhtmltopdf() throws IOException {
    List<String> texts = new ArrayList<>(TEXTS);
    texts.addAll(randomTexts());
    TrueTypeFont[] faces = Fonts.parse();
    int compared = 0;
    int nearlyWhole = 0;
    // openhtmltopdf looks up its replacement character there for a text the face lacks.
    SharedContext context = new SharedContext();
    context.registerWithThread();
    try (PDDocument pdf = new PDDocument()) {
      for (TrueTypeFont face : faces) {
        PDType0Font font = PDType0Font.load(pdf, face, true);
        for (float size : SIZES) {
          PdfBoxFSFont fsFont =
              new PdfBoxFSFont(List.of(new FontDescription(font, IdentValue.NORMAL, 400)), size);
          for (String text : texts) {
            PdfBoxTextRenderer openhtmltopdf = new PdfBoxTextRenderer();
            openhtmltopdf.setup(null, new SimpleBidiReorderer());
            TextWidths ours = new TextWidths();
            ours.setup(null, new SimpleBidiReorderer());
            assertEquals(openhtmltopdf.getWidth(null, fsFont, text), ours.getWidth(null, fsFont, text),
                () -> "\"" + text + "\" at " + size + " in " + font.getName());
            compared++;
            if (roundsDown(font, size, text)) {
              nearlyWhole++;
            }
          }
        }
      }
    } finally {
      context.removeFromThread();
    }
    assertTrue(compared > 1000);
    // The texts include widths a hair above a whole number, which openhtmltopdf rounds down: had it
    // changed its TEXT_MEASURING_DELTA, some of them would differ above.
    int found = nearlyWhole;
    assertTrue(found >= 5, () -> found + " widths just above a whole number");
  }

  /**
   * Whether the exact width of a text the face has lies a little above a whole number, where the
   * measuring delta decides: between a thousandth and a hundredth.
   */
  private static boolean roundsDown(PDType0Font font, float size, String text) throws IOException {
    String printable = com.openhtmltopdf.extend.TextRenderer.getEffectivePrintableString(text);
    float width;
    try {
      width = font.getStringWidth(printable) / 1000f * size;
    } catch (IllegalArgumentException e) {
      return false; // a character the face lacks
    }
    double fraction = width - Math.floor(width);
    return fraction >= 0.001 && fraction < 0.01;
  }

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzäöüß ÄÖÜ.,;-–„“0123456789";

  /** Seeded random words of characters every face has. */
  private static List<String> randomTexts() {
    BitSet characters = Fonts.characters();
    int[] pool = characters.stream().filter(c -> c >= 0x20).toArray();
    Random random = new Random(20261128);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(i % 10 == 0 ? 200 : 16);
      for (int j = 0; j < length; j++) {
        sb.appendCodePoint(random.nextInt(4) == 0 ? pool[random.nextInt(pool.length)]
            : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      texts.add(sb.toString());
    }
    return texts;
  }
}
