package org.ratsinfo.render.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/**
 * A new {@link FontPool} set holds no parsed face; {@link LazyFont} parses a face into its set when a
 * render first uses it, once, and a set given back keeps what its render parsed.
 */
class LazyFontTest {

  @Test
  void aNewSetParsesNothingUntilAFaceIsUsed() throws IOException {
    FontPool pool = new FontPool();
    TrueTypeFont[] set = pool.take();
    assertEquals(Fonts.faces(), set.length);
    for (TrueTypeFont face : set) {
      assertNull(face);
    }
    try (PDDocument pdf = new PDDocument()) {
      LazyFont bold = new LazyFont(pdf, set, 1);
      LazyFont boldOtherFamily = new LazyFont(pdf, set, 1);
      assertNull(set[1], "nothing is parsed before openhtmltopdf asks for the font");
      PDFont font = bold.supply();
      assertSame(font, bold.supply());
      TrueTypeFont parsed = set[1];
      assertNotNull(parsed);
      assertEquals("NotoSans-Bold", parsed.getName());
      boldOtherFamily.supply();
      assertSame(parsed, set[1], "a face is parsed once per set");
      assertNull(set[0]);
      assertNull(set[2]);
      assertNull(set[3]);
    }
    pool.give(set);
    TrueTypeFont[] again = pool.take();
    assertSame(set, again);
    assertNotNull(again[1]);
    assertNull(again[3]);
  }

  @Test
  void theFacesAreTheFilesInTheOrderOfRegistration() throws IOException {
    String[] names = new String[Fonts.faces()];
    for (int i = 0; i < names.length; i++) {
      names[i] = Fonts.parse(i).getName();
    }
    assertArrayEquals(new String[] {"NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic",
        "NotoSans-BoldItalic"}, names);
  }
}
