package org.ratsinfo.document;

import java.util.List;

/**
 * Decides for {@link TallyLayout#AUTO} whether a vote tally fits across the page with its voting groups
 * as columns. The layout is format-neutral and reads no font, so the decision belongs to whoever knows
 * the page and the table's font: the renderers' configuration, {@link
 * org.ratsinfo.render.RenderOptions.Builder#tallyFit(TallyFit)} (or {@link
 * ExcerptLayout.Builder#tallyFit(TallyFit)}).
 *
 * <p>The default, {@link #estimate()}, fits the built-in PDF stylesheet: an A4 page with 165 mm of
 * text and the table in 8.5 pt Noto Sans Bold (see {@link TallyLayout#AUTO} for how it estimates and
 * was calibrated). An integrator whose PDF stylesheet sets the table otherwise gives the width of its
 * text in ems of its table font, {@link #estimate(double)}, or a decision of their own.
 * Implementations must be thread-safe and decide from their arguments only.
 */
@FunctionalInterface
public interface TallyFit {

  /**
   * Whether the tally fits across the page with its groups as columns.
   *
   * @param rowHeaders the row headers of that shape (the vote options: "dafür", "dagegen" …), which
   *     stay on one line
   * @param columnHeaders the column headers ("gesamt" and the groups' names), which may break between
   *     words and after hyphens
   * @param columnCells per column header, the counts in that column
   * @return whether to lay the groups out as columns
   */
  boolean fitsAsColumns(List<String> rowHeaders, List<String> columnHeaders, List<List<String>> columnCells);

  /**
   * The estimate for the built-in PDF stylesheet: at most 55.5 ems of the table font (A4, 165 mm of
   * text, 8.5 pt).
   *
   * @return the default decision
   */
  static TallyFit estimate() {
    return TallyWidths.DEFAULT;
  }

  /**
   * The same estimate for a page of another width: the widest a tally may be, in ems of the table's
   * font, e.g. 165 mm of text in a 10 pt table font is 468 pt / 10 pt = 46.8 ems, less a little for
   * rounding.
   *
   * @param pageEms the width of the page's text in ems of the table font, positive
   * @return the decision
   * @throws IllegalArgumentException if the width is not positive or not finite
   */
  static TallyFit estimate(double pageEms) {
    if (!(pageEms > 0) || Double.isInfinite(pageEms)) {
      throw new IllegalArgumentException("pageEms must be positive, not " + pageEms);
    }
    return (rows, columns, cells) -> TallyWidths.width(rows, columns, cells) <= pageEms;
  }
}
