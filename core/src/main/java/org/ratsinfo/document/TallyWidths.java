package org.ratsinfo.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Estimates how wide a tally with its groups as columns is, for {@link TallyFit#estimate()}: in ems of
 * the table's font, with the advance widths of a common bold sans-serif face (Noto Sans Bold, the
 * PDF's) for Latin letters and digits, and an em for characters of other scripts. Format-neutral: no
 * font is read. Calibrated on the PDF, the only format that clips a table too wide (HTML scrolls it,
 * DOCX sets it smaller).
 */
final class TallyWidths {

  /**
   * The widest a tally may be estimated and keep its groups as columns, in ems of the table font
   * (8.5 pt). The text of an A4 page in the PDF (210 mm less 45 mm of margins) is 165 mm = 467.7 pt =
   * 55.0 em wide; rendering tallies of 14 kinds of group names (from "x1" to "Wählergemeinschaft 1",
   * "Bündnis 90/Die Grünen 1", "WÜST 1") in growing numbers, the PDF clipped the first tally whose
   * estimate was above 55.8 em and none below. This keeps a little below that.
   */
  static final double PAGE_EMS = 55.5;

  /** A cell's left and right padding and its borders, in ems (2 mm and 0.5 pt at 8.5 pt, rounded). */
  static final double PADDING = 0.74;

  /** Noto Sans Bold's advance widths in 1/1000 em for a-z. */
  private static final short[] LOWER = {
    604, 633, 514, 633, 591, 387, 633, 657, 305, 305, 620, 305, 982,
    657, 619, 633, 633, 454, 497, 434, 657, 569, 856, 578, 569, 488};
  /** Noto Sans Bold's advance widths in 1/1000 em for A-Z. */
  private static final short[] UPPER = {
    690, 672, 637, 740, 560, 549, 724, 765, 389, 331, 664, 565, 943,
    813, 796, 628, 796, 660, 551, 579, 756, 650, 967, 667, 624, 579};

  /** Where a header breaks: at white space, and after a hyphen ("SPD-" / "Fraktion"). */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern AFTER_HYPHEN = Pattern.compile("(?<=-)");

  /** A space's width. */
  private static final double SPACE = 0.26;

  /** The default decision: {@link #fitsAsColumns} against {@link #PAGE_EMS}. */
  static final TallyFit DEFAULT = TallyWidths::fitsAsColumns;

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

  /**
   * The estimated width of the table, in ems: every column as narrow as its widest word, a word
   * followed by a space counted with it (the PDF's table layout counts the space at the end of a
   * broken line).
   */
  static double width(
      List<String> rowHeaders, List<String> columnHeaders, List<List<String>> columnCells) {
    double rowHeader = 0;
    for (String header : rowHeaders) {
      rowHeader = Math.max(rowHeader, text(header));
    }
    double total = rowHeader + PADDING;
    for (int c = 0; c < columnHeaders.size(); c++) {
      double widest = widestWord(columnHeaders.get(c));
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

  /** The widest word of a header that breaks at spaces and after hyphens, with its space. */
  static double widestWord(String header) {
    double widest = 0;
    String[] words = SPACES.split(header.strip());
    for (int w = 0; w < words.length; w++) {
      String[] parts = AFTER_HYPHEN.split(words[w]);
      for (int p = 0; p < parts.length; p++) {
        boolean spaceAfter = p == parts.length - 1 && w < words.length - 1;
        widest = Math.max(widest, text(parts[p]) + (spaceAfter ? SPACE : 0));
      }
    }
    return widest;
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
        return SPACE;
      case '.', ',', ':', ';', '\'', '!', '|':
        return 0.285;
      case '-':
        return 0.322;
      case '(', ')', '[', ']', '"':
        return 0.339;
      case '/':
        return 0.413;
      case 'ä':
        return 0.604;
      case 'ö':
        return 0.619;
      case 'ü':
        return 0.657;
      case 'Ä':
        return 0.69;
      case 'ß':
        return 0.711;
      case 'Ü':
        return 0.756;
      case 'Ö':
        return 0.796;
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
