package org.ratsinfo.render.html.internal;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.Table;

/**
 * The default markup of a {@link Table}: a {@code table} with its caption, a header row of column
 * headers ({@code th scope="col"}, the corner header too where it has text; an empty corner is a
 * {@code td}), and rows that start with their header ({@code th scope="row"}), in a region that
 * scrolls sideways on narrow screens; the note a paragraph below. Apart from the other blocks because
 * a table is the one block with structure of its own. Stateless.
 */
final class Tables {

  private static final Tag DIV_TABLE_SCROLL = Tag.of("div", "class", ClassNames.TABLE_SCROLL);
  private static final Tag TABLE = Tag.of("table", "class", ClassNames.TABLE);
  private static final Tag CAPTION = Tag.of("caption", "class", ClassNames.CAPTION);
  private static final Tag CAPTION_REPEATED = Tag.of("caption", "class", ClassNames.CAPTION_REPEATED);
  private static final Tag P_TABLE_NOTE = Tag.of("p", "class", ClassNames.TABLE_NOTE);
  private static final Tag THEAD = Tag.of("thead");
  private static final Tag TBODY = Tag.of("tbody");
  private static final Tag TR = Tag.of("tr");
  private static final Tag TD = Tag.of("td");
  private static final Tag TH_COL = Tag.of("th", "scope", "col");
  private static final Tag TH_ROW = Tag.of("th", "scope", "row");

  private Tables() {}

  /**
   * A table.
   *
   * @param sectionHeading the heading of the section the table is in, if any: a caption that repeats
   *     it is marked so that a stylesheet can hide it
   */
  static void table(Markup m, Table table, @Nullable String sectionHeading) throws IOException {
    // A region that scrolls sideways on narrow screens; focusable, so that keyboards can scroll it.
    if (table.caption().isBlank()) {
      m.open(DIV_TABLE_SCROLL);
    } else {
      m.open(DIV_TABLE_SCROLL, "role", "region", "aria-label", table.caption(), "tabindex", "0");
    }
    m.open(TABLE);
    if (!table.caption().isEmpty()) {
      boolean repeatsHeading = table.caption().equals(sectionHeading);
      m.line(repeatsHeading ? CAPTION_REPEATED : CAPTION, table.caption());
    }
    if (!table.columnHeaders().isEmpty()) {
      m.open(THEAD);
      m.startLine(TR);
      // A corner header ("Datum" above the dates, "Name" above the names) heads the column of row
      // headers; an empty corner heads nothing and stays a plain cell.
      Tag corner = table.cornerHeader().isEmpty() ? TD : TH_COL;
      m.startTag(corner);
      m.text(table.cornerHeader());
      m.endTag(corner);
      for (String header : table.columnHeaders()) {
        m.startTag(TH_COL);
        m.text(header);
        m.endTag(TH_COL);
      }
      m.endLine(TR);
      m.close(THEAD);
    }
    m.open(TBODY);
    for (Table.Row row : table.rows()) {
      m.startLine(TR);
      m.startTag(TH_ROW);
      m.text(row.header());
      m.endTag(TH_ROW);
      for (String cell : row.cells()) {
        m.startTag(TD);
        m.textWithBreaks(cell);
        m.endTag(TD);
      }
      m.endLine(TR);
    }
    m.close(TBODY);
    m.close(TABLE);
    m.close(DIV_TABLE_SCROLL);
    String note = table.note();
    if (note != null && !note.isEmpty()) {
      TextBlocks.paragraph(m, note, P_TABLE_NOTE, null);
    }
  }
}
