package org.ratsinfo.render.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

/**
 * The coverage file beside the fonts ({@code NotoSans-coverage.txt}), which renderers read instead of
 * parsing the fonts' character maps at start-up, holds exactly the characters every face maps to.
 */
class FontCoverageTest {

  @Test
  void coverageFileMatchesTheFonts() throws IOException {
    BitSet computed = Fonts.computeCharacters();
    // Written every time, so that a change of the fonts comes with the file to check in.
    Path fresh = Path.of("target", "NotoSans-coverage.txt");
    Files.createDirectories(fresh.getParent());
    Files.writeString(fresh, ranges(computed));
    assertEquals(ranges(computed), ranges(Fonts.characters()),
        "src/main/resources/org/ratsinfo/render/pdf/fonts/NotoSans-coverage.txt does not match the fonts: "
            + "replace its ranges by those of " + fresh.toAbsolutePath());
    assertTrue(computed.get('ä') && computed.get('€') && computed.get('„') && !computed.get('東'));
  }

  @Test
  void readsRangesAndComments() {
    BitSet parsed = Fonts.parseCoverage("# comment\n0041..0043\r\n\n00E4..00E4\n1F600..1F601\n");
    BitSet expected = new BitSet();
    expected.set('A', 'C' + 1);
    expected.set('ä');
    expected.set(0x1F600, 0x1F602);
    assertEquals(expected, parsed);
  }

  @Test
  void refusesWhatIsNotARange() {
    assertThrows(IllegalStateException.class, () -> Fonts.parseCoverage("0041\n"));
    assertThrows(IllegalStateException.class, () -> Fonts.parseCoverage("0043..0041\n"));
    assertThrows(IllegalStateException.class, () -> Fonts.parseCoverage("zz..0041\n"));
    assertThrows(IllegalStateException.class, () -> Fonts.parseCoverage("0000..110000\n"));
  }

  /** The characters as the file writes them. */
  private static String ranges(BitSet characters) {
    StringBuilder sb = new StringBuilder();
    for (int first = characters.nextSetBit(0); first >= 0; ) {
      int end = characters.nextClearBit(first);
      sb.append(String.format(java.util.Locale.ROOT, "%04X..%04X%n", first, end - 1));
      first = characters.nextSetBit(end);
    }
    return sb.toString();
  }
}
