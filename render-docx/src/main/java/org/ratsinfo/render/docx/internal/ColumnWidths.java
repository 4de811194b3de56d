package org.ratsinfo.render.docx.internal;

import java.util.List;

/**
 * Column widths for fixed-layout tables, estimated from Arial's character widths, so that a column is
 * as wide as its text needs: Word and LibreOffice then lay the table out alike, which they do not for
 * auto-fitted tables. Estimates err on the wide side; a template's font may differ a little.
 */
final class ColumnWidths {

  /** Arial's advance widths in 1/1000 em for a-z. */
  private static final int[] LOWER = {
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
    556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500};
  /** Arial's advance widths in 1/1000 em for A-Z. */
  private static final int[] UPPER = {
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611};
  /** Bold text runs wider, and a template's font may; a margin for both. */
  private static final double SAFETY = 1.12;

  private ColumnWidths() {}

  /**
   * The width a text takes on one line.
   *
   * @param text the text
   * @param points the font size in points
   * @param fontFactor how much wider the font runs than Arial
   * @return the width in twentieths of a point, rounded up
   */
  static int textWidth(String text, double points, double fontFactor) {
    return textWidth(text, 0, text.length(), points, fontFactor);
  }

  private static int textWidth(String text, int from, int to, double points, double fontFactor) {
    long thousandths = 0;
    for (int i = from; i < to; i++) {
      thousandths += charWidth(text.charAt(i));
    }
    return (int) Math.ceil(thousandths / 1000.0 * points * 20 * SAFETY * fontFactor);
  }

  private static int charWidth(char c) {
    char base = switch (c) {
      case 'ä', 'à', 'á', 'â' -> 'a';
      case 'ö', 'ó', 'ò', 'ô' -> 'o';
      case 'ü', 'ú', 'ù', 'û' -> 'u';
      case 'é', 'è', 'ê' -> 'e';
      case 'Ä' -> 'A';
      case 'Ö' -> 'O';
      case 'Ü' -> 'U';
      default -> c;
    };
    if (base >= 'a' && base <= 'z') {
      return LOWER[base - 'a'];
    }
    if (base >= 'A' && base <= 'Z') {
      return UPPER[base - 'A'];
    }
    if (base >= '0' && base <= '9') {
      return 556;
    }
    return switch (base) {
      case ' ', '/', '.', ',', ':', ';', '!', '\'', '|' -> 278;
      case '-', '(', ')', '[', ']' -> 333;
      case 'ß' -> 611;
      default -> 600;
    };
  }

  /** The widest word of a text (what a column cannot be narrower than without breaking a word). */
  private static int longestWord(String text, double points, double fontFactor) {
    int widest = 0;
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\n') {
        widest = Math.max(widest, textWidth(text, from, i, points, fontFactor));
        from = i + 1;
      }
    }
    return widest;
  }

  /**
   * Widths for columns of texts that fill the given total: every column its text on one line where
   * there is room; the room left goes in equal parts to every column; where
   * there is not room, words stay whole as long as they can.
   *
   * @param columns per column, every text in it
   * @param points the font size
   * @param fontFactor how much wider the font runs than Arial
   * @param padding the cell's left and right margins together, in twips
   * @param total the width to fill, in twips
   * @return the widths, adding up to {@code total}
   */
  static int[] fill(List<List<String>> columns, double points, double fontFactor, int padding, int total) {
    int n = columns.size();
    int[] min = new int[n];
    int[] pref = new int[n];
    for (int c = 0; c < n; c++) {
      for (String text : columns.get(c)) {
        min[c] = Math.max(min[c], longestWord(text, points, fontFactor));
        pref[c] = Math.max(pref[c], textWidth(text, points, fontFactor));
      }
      min[c] = Math.max(min[c], textWidth("000", points, fontFactor)) + padding;
      pref[c] = Math.max(pref[c], min[c] - padding) + padding;
    }
    int sumPref = sum(pref);
    int sumMin = sum(min);
    int[] widths = new int[n];
    if (sumPref <= total) {
      int extra = total - sumPref;
      for (int c = 0; c < n; c++) {
        widths[c] = pref[c] + extra / n;
      }
    } else if (sumMin <= total) {
      long give = total - sumMin;
      long want = sumPref - sumMin;
      for (int c = 0; c < n; c++) {
        widths[c] = min[c] + (int) (give * (pref[c] - min[c]) / Math.max(1, want));
      }
    } else {
      for (int c = 0; c < n; c++) {
        widths[c] = (int) ((long) total * min[c] / sumMin);
      }
    }
    widths[0] += total - sum(widths);
    return widths;
  }

  /**
   * The font size at which every column fits with its words whole: the given size if they fit, else
   * the largest size in half points down to {@value #SMALLEST} at which they do (or that one).
   *
   * @param columns per column, every text in it
   * @param points the font size wanted
   * @param fontFactor how much wider the font runs than Arial
   * @param padding the cell's left and right margins together, in twips
   * @param total the width to fill, in twips
   * @return the font size to use
   */
  static double fittingSize(
      List<List<String>> columns, double points, double fontFactor, int padding, int total) {
    for (double size = points; size > SMALLEST; size -= 0.5) {
      int sumMin = 0;
      for (List<String> column : columns) {
        int min = textWidth("000", size, fontFactor);
        for (String text : column) {
          min = Math.max(min, longestWord(text, size, fontFactor));
        }
        sumMin += min + padding;
      }
      if (sumMin <= total) {
        return size;
      }
    }
    return SMALLEST;
  }

  /** The smallest font size a table is set in to make it fit. */
  static final double SMALLEST = 7;

  private static int sum(int[] values) {
    int sum = 0;
    for (int v : values) {
      sum += v;
    }
    return sum;
  }
}
