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
   * <p>The layout is format-neutral and measures no font, so it estimates: the width of the header
   * row with the groups as columns, from the widest word of each column header (a column is never
   * narrower than three digits) and the widest row header, each plus a cell's padding, with character
   * widths of a common bold sans-serif face, in ems of the table's font. The groups stay columns where
   * this is at most 57 ems: the width of an A4 page's text (165 mm) in the PDF's table font (8.5 pt),
   * 55 ems, and 2 ems of its right margin, as the estimate errs on the wide side. That keeps a tally of
   * a city council's usual dozen groups (SPD, CDU, Grüne, Linke, Piraten/AL, AfD, FDP, UB, BV, Die
   * PARTEI, fraktionslos, OB) as columns and turns one of ten groups named "Fraktion 1", "Fraktion 2"
   * … into rows. HTML on a screen narrower than the page scrolls a wide table sideways; DOCX sets a
   * wide table in a smaller font.
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
