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
          }
        }
      }
    } finally {
      context.removeFromThread();
    }
    assertTrue(compared > 1000);
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
