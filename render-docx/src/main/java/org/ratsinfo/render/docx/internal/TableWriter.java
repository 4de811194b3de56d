package org.ratsinfo.render.docx.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.Field;
import org.ratsinfo.document.FieldList;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.Table;
import org.ratsinfo.render.docx.internal.StyleIds.Role;

/**
 * Writes the tables of a document: a {@link FieldList} as a two-column table of labels and values, a
 * {@link Table} (such as a vote tally) with a header row that repeats on every page, row headers, and
 * column widths made to fit the page ({@link ColumnWidths}). Apart from the other blocks because a
 * table's geometry (widths, cell margins, the font size a wide tally is set in) is a subject of its
 * own. One per document being written; not thread-safe.
 */
final class TableWriter {

  /** Font sizes of ratsinfo's body text and table cells, and the cell margins of its table styles. */
  private static final double TEXT_POINTS = 11;
  private static final double TABLE_POINTS = 9;
  private static final int FIELD_CELL_PADDING = 113 + 170;
  private static final int DATA_CELL_PADDING = 2 * 57 + 20;
  /**
   * Which of the table style's conditional formats apply: the first column always, the first row for
   * data tables; {@code w:val} for Word 2007, which reads no other attribute.
   */
  private static final String LOOK_DATA_TABLE = "<w:tblLook w:val=\"06A0\" w:firstRow=\"true\" w:lastRow=\"false\""
      + " w:firstColumn=\"true\" w:lastColumn=\"false\" w:noHBand=\"true\" w:noVBand=\"true\"/>";
  private static final String LOOK_FIELD_TABLE = "<w:tblLook w:val=\"0680\" w:firstRow=\"false\" w:lastRow=\"false\""
      + " w:firstColumn=\"true\" w:lastColumn=\"false\" w:noHBand=\"true\" w:noVBand=\"true\"/>";

  private final ParagraphWriter paragraphs;
  private final StyleIds styles;
  private final int textWidth;
  private final double fontFactor;
  private int labelWidth;

  /**
   * A writer.
   *
   * @param paragraphs where the text goes
   * @param prepared the package, for its styles, text width and font
   */
  TableWriter(ParagraphWriter paragraphs, PreparedPackage prepared) {
    this.paragraphs = paragraphs;
    this.styles = prepared.styles();
    this.textWidth = prepared.textWidth();
    this.fontFactor = prepared.fontFactor();
  }

  /**
   * Sets one label width for every field table of the document, so that their values line up.
   *
   * @param blocks the document's blocks
   */
  void measureFieldLabels(List<Block> blocks) {
    labelWidth = fieldLabelWidth(blocks);
  }

  /** The label width for the field tables among blocks, those of nested sections included. */
  private int fieldLabelWidth(List<Block> blocks) {
    int widest = 0;
    for (Block block : blocks) {
      if (block instanceof FieldList list) {
        for (Field field : list.fields()) {
          widest = Math.max(widest, ColumnWidths.textWidth(field.label(), TEXT_POINTS, fontFactor));
        }
      } else if (block instanceof Section section) {
        widest = Math.max(widest, fieldLabelWidth(section.blocks()));
      }
    }
    return Math.max(1134, Math.min(textWidth / 3, widest + FIELD_CELL_PADDING));
  }

  /**
   * A field list: a table (style "Auszug Felder"), labels in "Auszug Feldname", values in "Auszug
   * Feldwert"; nothing for an empty list.
   *
   * @param list the fields
   */
  void fieldList(FieldList list) {
    if (list.fields().isEmpty()) {
      return;
    }
    int[] widths = {labelWidth, textWidth - labelWidth};
    startTable(Role.FIELD_TABLE, widths, false, null, null);
    for (Field field : list.fields()) {
      startRow(false);
      cell(widths[0], Role.FIELD_LABEL, field.label(), null);
      cell(widths[1], Role.FIELD_VALUE, field.value(), field.valueLanguage());
      paragraphs.out().raw("</w:tr>");
    }
    paragraphs.out().raw("</w:tbl>");
  }

  /**
   * A data table with its caption above (unless it repeats the section's heading) and its note below.
   *
   * @param table the table
   * @param sectionHeading the heading of the section the table is in, if any
   */
  void table(Table table, @Nullable String sectionHeading) {
    String caption = table.caption();
    if (!caption.isBlank() && !caption.equals(sectionHeading)) {
      paragraphs.paragraph(Role.CAPTION, caption);
    }
    int columns = table.columnHeaders().size() + 1;
    List<List<String>> texts = columnTexts(table);
    // A tally of many groups is set smaller (as a clerk would) rather than break its words.
    double size = ColumnWidths.fittingSize(texts, TABLE_POINTS, fontFactor, DATA_CELL_PADDING, textWidth);
    int[] widths = ColumnWidths.fill(texts, size, fontFactor, DATA_CELL_PADDING, textWidth);
    String note = table.note();
    startTable(Role.DATA_TABLE, widths, true,
        caption.isBlank() ? null : caption, note == null || note.isBlank() ? null : note);
    paragraphs.fontSize(size < TABLE_POINTS ? halfPoints(size) : null);
    XmlOutput out = paragraphs.out();
    startRow(true);
    cell(widths[0], Role.ROW_HEADING, table.cornerHeader(), null);
    for (int c = 1; c < columns; c++) {
      cell(widths[c], Role.TABLE_HEADING, table.columnHeaders().get(c - 1), null);
    }
    out.raw("</w:tr>");
    for (Table.Row data : table.rows()) {
      startRow(false);
      cell(widths[0], Role.ROW_HEADING, data.header(), null);
      for (int c = 1; c < columns; c++) {
        cell(widths[c], Role.TABLE_CELL, data.cells().get(c - 1), null);
      }
      out.raw("</w:tr>");
    }
    out.raw("</w:tbl>");
    paragraphs.fontSize(null);
    if (note != null && !note.isBlank()) {
      paragraphs.paragraph(Role.NOTE, note);
    }
  }

  /** A font size in points as a {@code w:sz} value, in half points rounded half up (as POI does). */
  private static String halfPoints(double points) {
    return BigDecimal.valueOf(points).multiply(BigDecimal.valueOf(2)).setScale(0, RoundingMode.HALF_UP)
        .toBigInteger().toString();
  }

  /** The texts of each column: the row headers (with the corner) first, then each data column. */
  private static List<List<String>> columnTexts(Table table) {
    List<List<String>> columns = new ArrayList<>();
    List<String> first = new ArrayList<>();
    first.add(table.cornerHeader());
    for (Table.Row row : table.rows()) {
      first.add(row.header());
    }
    columns.add(first);
    for (int c = 0; c < table.columnHeaders().size(); c++) {
      List<String> column = new ArrayList<>();
      column.add(table.columnHeaders().get(c));
      for (Table.Row row : table.rows()) {
        column.add(row.cells().get(c));
      }
      columns.add(column);
    }
    return columns;
  }

  /**
   * A table's start: its properties (style, fixed layout at the given widths, which of the style's
   * conditional formats apply, caption and description for assistive technology) and its grid.
   */
  private void startTable(Role style, int[] widths, boolean dataTable, @Nullable String caption,
      @Nullable String description) {
    paragraphs.tableStarts();
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    XmlOutput xml = paragraphs.out();
    xml.raw("<w:tbl").raw(paragraphs.top()).raw("><w:tblPr><w:tblStyle w:val=\"").attribute(styles.id(style))
        .raw("\"/><w:tblW w:w=\"").number(total).raw("\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>")
        .raw(dataTable ? LOOK_DATA_TABLE : LOOK_FIELD_TABLE);
    if (caption != null) {
      xml.raw("<w:tblCaption w:val=\"").attribute(caption).raw("\"/>");
    }
    if (description != null) {
      xml.raw("<w:tblDescription w:val=\"").attribute(description).raw("\"/>");
    }
    xml.raw("</w:tblPr><w:tblGrid>");
    for (int w : widths) {
      xml.raw("<w:gridCol w:w=\"").number(w).raw("\"/>");
    }
    xml.raw("</w:tblGrid>");
  }

  /** A row that is not split across pages; the header row repeats on every page. */
  private void startRow(boolean header) {
    paragraphs.out().raw(header ? "<w:tr><w:trPr><w:tblHeader w:val=\"on\"/><w:cantSplit w:val=\"on\"/></w:trPr>"
        : "<w:tr><w:trPr><w:cantSplit w:val=\"on\"/></w:trPr>");
  }

  private void cell(int width, Role role, String text, @Nullable String language) {
    XmlOutput out = paragraphs.out();
    out.raw("<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"").number(width).raw("\"/></w:tcPr>");
    paragraphs.paragraph("", styles.id(role), null, "", text, language);
    out.raw("</w:tc>");
  }
}
