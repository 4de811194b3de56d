package org.ratsinfo.document;

import java.util.List;

/**
 * Estimates how wide a tally with its groups as columns is, for {@link TallyLayout#AUTO}: in ems of
 * the table's font, with character widths close to those of a bold sans-serif face (Noto Sans Bold,
 * the PDF's) by class of character. Format-neutral: no font is measured.
 */
final class TallyWidths {

  /**
   * The width of the text of an A4 page in the PDF (210 mm less 45 mm of margins) in ems of its table
   * font (8.5 pt): 165 mm = 467.7 pt = 55.0 em; and two ems (6 mm) of the 20 mm right margin, which
   * a table a little too wide takes, its text still well inside the printable area. The estimate errs
   * on the wide side by about that much for common names.
   */
  static final int PAGE_EMS = 57;

  /** A cell's left and right padding and its border, in ems (2 mm and 0.5 pt at 8.5 pt). */
  static final double PADDING = 0.73;

  /** The narrowest a column of counts is: three digits. */
  private static final double DIGITS = 3 * 0.58;

  private TallyWidths() {}

  /**
   * Whether a tally with these headers fits across the page as columns.
   *
   * @param rowHeaders the row headers (the vote options), which stay on one line
   * @param columnHeaders the column headers ("gesamt" and the groups), which break between words
   * @return whether the estimated width is at most {@link #PAGE_EMS}
   */
  static boolean fitsAsColumns(List<String> rowHeaders, List<String> columnHeaders) {
    return width(rowHeaders, columnHeaders) <= PAGE_EMS;
  }

  /** The estimated width of the table, in ems. */
  static double width(List<String> rowHeaders, List<String> columnHeaders) {
    double rowHeader = 0;
    for (String header : rowHeaders) {
      rowHeader = Math.max(rowHeader, text(header));
    }
    double total = rowHeader + PADDING;
    for (String header : columnHeaders) {
      double widest = DIGITS;
      for (String word : header.split("\\s+")) {
        widest = Math.max(widest, text(word));
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
    switch (c) {
      case ' ', '.', ',', ':', ';', '\'', '!', '|', 'i', 'j', 'l', 'I', 'J':
        return 0.31;
      case 'f', 't', 'r', '-', '(', ')', '[', ']', '/', '"':
        return 0.43;
      case 'm', 'w', 'M', 'W', '@', '%':
        return 0.94;
      case 'Ä', 'Ö', 'Ü', 'ß':
        return 0.75;
      case 'ä', 'ö', 'ü':
        return 0.63;
      default:
        break;
    }
    if (c >= '0' && c <= '9') {
      return 0.58;
    }
    if (c >= 'a' && c <= 'z') {
      return 0.61;
    }
    if (c >= 'A' && c <= 'Z') {
      return 0.7;
    }
    int type = Character.getType(c);
    if (type == Character.FORMAT || type == Character.NON_SPACING_MARK) {
      return 0;
    }
    // Other Latin letters about as wide as capitals; other scripts, symbols and emoji as wide as an
    // em, which CJK characters are.
    return c < 0x0300 ? 0.7 : 1.0;
  }
}
