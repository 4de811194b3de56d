package org.ratsinfo.document;

import java.util.List;

/**
 * Estimates how wide a tally with its groups as columns is, for {@link TallyLayout#AUTO}: in ems of
 * the table's font, with the advance widths of a common bold sans-serif face (Noto Sans Bold, the
 * PDF's) for Latin letters and digits, and an em for characters of other scripts. Format-neutral: no
 * font is read.
 */
final class TallyWidths {

  /**
   * The width of the text of an A4 page in the PDF (210 mm less 45 mm of margins) in ems of its table
   * font (8.5 pt): 165 mm = 467.7 pt = 55.0 em.
   */
  static final double PAGE_EMS = 55.0;

  /** A cell's left and right padding and its border, in ems (2 mm and 0.5 pt at 8.5 pt). */
  static final double PADDING = 0.73;

  /** Noto Sans Bold's advance widths in 1/1000 em for a-z. */
  private static final short[] LOWER = {
    604, 633, 514, 633, 591, 387, 633, 657, 305, 305, 620, 305, 982,
    657, 619, 633, 633, 454, 497, 434, 657, 569, 856, 578, 569, 488};
  /** Noto Sans Bold's advance widths in 1/1000 em for A-Z. */
  private static final short[] UPPER = {
    690, 672, 637, 740, 560, 549, 724, 765, 389, 331, 664, 565, 943,
    813, 796, 628, 796, 660, 551, 579, 756, 650, 967, 667, 624, 579};

  private TallyWidths() {}

  /**
   * Whether a tally fits across the page with its groups as columns.
   *
   * @param rowHeaders the row headers (the vote options), which stay on one line
   * @param columnHeaders the column headers ("gesamt" and the groups), which break between words
   * @param columnCells per column header, the counts in that column
   * @return whether the estimated width is at most {@link #PAGE_EMS}
   */
  static boolean fitsAsColumns(
      List<String> rowHeaders, List<String> columnHeaders, List<List<String>> columnCells) {
    return width(rowHeaders, columnHeaders, columnCells) <= PAGE_EMS;
  }

  /** The estimated width of the table, in ems: every column as narrow as its widest word. */
  static double width(
      List<String> rowHeaders, List<String> columnHeaders, List<List<String>> columnCells) {
    double rowHeader = 0;
    for (String header : rowHeaders) {
      rowHeader = Math.max(rowHeader, text(header));
    }
    double total = rowHeader + PADDING;
    for (int c = 0; c < columnHeaders.size(); c++) {
      double widest = 0;
      for (String word : columnHeaders.get(c).split("\\s+")) {
        widest = Math.max(widest, text(word));
      }
      for (String cell : columnCells.get(c)) {
        widest = Math.max(widest, text(cell));
      }
      total += widest + PADDING;
      if (total > 10 * PAGE_EMS) {
        break; // far too wide already; spare the rest of a huge tally
      }
    }
    return total;
  }

  /** The estimated width of a text on one line, in ems. */
  static double text(String text) {
    double width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      width += character(c);
      i += Character.charCount(c);
    }
    return width;
  }

  private static double character(int c) {
    if (c >= 'a' && c <= 'z') {
      return LOWER[c - 'a'] / 1000.0;
    }
    if (c >= 'A' && c <= 'Z') {
      return UPPER[c - 'A'] / 1000.0;
    }
    if (c >= '0' && c <= '9') {
      return 0.572;
    }
    switch (c) {
      case ' ':
        return 0.26;
      case '.', ',', ':', ';', '\'', '!', '|':
        return 0.29;
      case '-', '(', ')', '[', ']', '/', '"':
        return 0.41;
      case 'ä', 'ö', 'ü', 'é', 'è', 'á', 'à':
        return 0.66;
      case 'Ä', 'Ö', 'Ü', 'ß':
        return 0.8;
      default:
        break;
    }
    int type = Character.getType(c);
    if (type == Character.FORMAT || type == Character.NON_SPACING_MARK) {
      return 0;
    }
    // Other Latin letters about as wide as capitals; other scripts, symbols and emoji as wide as an
    // em, which CJK characters are.
    return c < 0x0300 ? 0.8 : 1.0;
  }
}
