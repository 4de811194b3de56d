package org.ratsinfo.document;

/**
 * How a vote tally is laid out as a {@link Table}: its voting groups as columns, as council
 * information systems print it, or as rows, for tallies with more groups than a page has room for.
 *
 * <p>Either way the table holds the same facts: every group's name and each of its counts, the total
 * and the note. Set with {@link ExcerptLayout.Builder#tallyLayout(TallyLayout)} or {@link
 * org.ratsinfo.render.RenderOptions.Builder#tallyLayout(TallyLayout)}; default {@link #AUTO}.
 */
public enum TallyLayout {

  /**
   * Groups as columns where they fit across a page, else as rows. The default.
   *
   * <p>The layout is format-neutral and reads no font, so it estimates: the width of the table with
   * the groups as columns, each column as narrow as the widest word of its header (a header breaks at
   * spaces and after hyphens) or its widest count, the row headers on one line, each cell with its
   * padding; with the advance widths of a bold sans-serif face (Noto Sans Bold, the PDF's) for Latin
   * letters and digits and an em for other characters, in ems of the table's font. The groups stay
   * columns where this is at most 55.5 ems, about the width of an A4 page's text (165 mm) in the
   * PDF's table font (8.5 pt): calibrated on PDFs of tallies with a dozen kinds of group names, where
   * the estimate told the widest tally that is not clipped from the first one that is. That keeps a
   * tally of a city council's usual dozen groups (SPD, CDU, Grüne, Linke, Piraten/AL, AfD, FDP, UB,
   * BV, Die PARTEI, fraktionslos, OB) as columns and turns one of nine groups named "Fraktion 1",
   * "Fraktion 2" … into rows. HTML on a screen narrower than the page scrolls a wide table sideways;
   * DOCX sets a wide table in a smaller font. Where the tables are styled otherwise (a larger table
   * font or a narrower page in an additional stylesheet), supply a {@link TallyFit} that knows them,
   * or choose the shape with {@link #GROUPS_AS_ROWS} or {@link #GROUPS_AS_COLUMNS}.
   */
  AUTO,

  /**
   * Groups as columns, however many: column headers "gesamt" and each group's name, one row per vote
   * option ("dafür", "dagegen", "Enthaltung" …). A tally wider than the page is clipped at its edge in
   * PDF, scrolls sideways in HTML and is set in a smaller font in DOCX.
   */
  GROUPS_AS_COLUMNS,

  /**
   * Groups as rows, however few: one column per vote option ("dafür", "dagegen", "Enthaltung" …), one
   * row for the total ("gesamt") and one per group, in the tally's order. A table longer than a page
   * continues on the next, its header row repeated.
   */
  GROUPS_AS_ROWS
}
