package org.ratsinfo.document;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table with a caption, column headers and rows that each begin with a row header, such as a vote
 * tally: columns "gesamt", "SPD", "CDU" …, rows "dafür", "dagegen", "Enthaltung"; or, for a tally of
 * many groups, transposed (see {@link TallyLayout}).
 *
 * <p>Every row has exactly as many cells as there are column headers. A cell that holds nothing is the
 * empty string: a tally where no vote was taken is a table of empty cells, as council information
 * systems show it, and then {@link #note()} says so in words for those who cannot see the table.
 *
 * @param caption the caption, e.g. "Abstimmungsergebnis"
 * @param cornerHeader the header above the row headers; usually empty
 * @param columnHeaders the column headers
 * @param rows the rows
 * @param note a sentence about the table as a whole, e.g. "Es wurde nicht abgestimmt."; optional
 */
public record Table(
    String caption,
    String cornerHeader,
    List<String> columnHeaders,
    List<Row> rows,
    @Nullable String note)
    implements Block {

  /**
   * A row of a {@link Table}.
   *
   * @param header the row header, e.g. "dafür"
   * @param cells the cells, one per column header
   */
  public record Row(String header, List<String> cells) {

    /** Checks that every value is present and copies the cells. */
    public Row {
      Objects.requireNonNull(header, "header");
      cells = List.copyOf(cells);
    }
  }

  /**
   * Checks that every value is present, copies the lists and checks that every row has one cell per
   * column.
   */
  public Table {
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(cornerHeader, "cornerHeader");
    columnHeaders = List.copyOf(columnHeaders);
    rows = List.copyOf(rows);
    for (Row row : rows) {
      if (row.cells().size() != columnHeaders.size()) {
        throw new IllegalArgumentException(
            "row '" + row.header() + "' has " + row.cells().size() + " cells for "
                + columnHeaders.size() + " columns");
      }
    }
  }

  /** Whether every cell is empty (for a tally: no vote was taken). */
  public boolean isEmpty() {
    return rows.stream().allMatch(r -> r.cells().stream().allMatch(String::isEmpty));
  }
}
