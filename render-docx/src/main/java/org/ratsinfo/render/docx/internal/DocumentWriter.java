package org.ratsinfo.render.docx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.DocumentInfo;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Field;
import org.ratsinfo.document.FieldList;
import org.ratsinfo.document.Labels;
import org.ratsinfo.document.NumberedList;
import org.ratsinfo.document.Paragraph;
import org.ratsinfo.document.QuestionAnswer;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.Table;
import org.ratsinfo.render.docx.internal.StyleIds.Role;

/**
 * Maps an {@link ExcerptDocument} onto a fresh copy of a {@link PreparedPackage} and returns the
 * finished package's bytes. Immutable and thread-safe; each call works on its own copy.
 *
 * <p>The mapping:
 *
 * <ul>
 *   <li>the body's name: paragraph style "Auszug Körperschaft"; the title: "Title";
 *   <li>a {@link Section} at the top: "heading 1"; one level down (and the heading of a {@link
 *       QuestionAnswer} in a top-level section): "heading 2"; deeper: "heading 3";
 *   <li>a {@link FieldList}: a two-column table (style "Auszug Felder"), labels in "Auszug Feldname",
 *       values in "Auszug Feldwert";
 *   <li>a {@link Paragraph}: "Normal", "Auszug Einleitung" (lead) or "Auszug Hinweis" (note); {@code \n}
 *       is a line break;
 *   <li>a {@link NumberedList}: "List Number" paragraphs on ratsinfo's numbering, one {@code w:num} per
 *       list restarting at the list's first number; further paragraphs of an item "List Continue". A list
 *       whose numbers are not consecutive integers shows its numbers as text, before a tab;
 *   <li>a {@link QuestionAnswer}: a heading "Frage 1: …", further question paragraphs "Auszug Frage",
 *       the answer's paragraphs "Normal";
 *   <li>a {@link Table}: a table (style "Auszug Abstimmung") whose first row repeats on every page ({@code
 *       w:tblHeader}) and holds the column headers ("Auszug Tabellenkopf"); each row starts with its
 *       header ("Auszug Zeilenkopf"); cells "Auszug Tabellenzelle"; the caption is the table's title for
 *       assistive technology ({@code w:tblCaption}) and, unless it repeats the section's heading, a
 *       "caption" paragraph above; the note a paragraph below. Every table has a {@code w:tblGrid}.
 * </ul>
 *
 * <p>Unless the template has them, the page header shows the body's name and the title, and the page
 * footer "Seite X von Y" from the label {@code page.footer} with PAGE and NUMPAGES fields.
 */
public final class DocumentWriter {

  /** Font sizes of ratsinfo's body text and table cells, and the cell margins of its table styles. */
  private static final double TEXT_POINTS = 11;
  private static final double TABLE_POINTS = 9;
  private static final int FIELD_CELL_PADDING = 113 + 170;
  private static final int DATA_CELL_PADDING = 2 * 57 + 20;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  /** The {@code w:val} of {@code w:tblLook} for Word 2007, which reads no other attribute. */
  private static final byte[] LOOK_DATA_TABLE = {0x06, (byte) 0xA0};
  private static final byte[] LOOK_FIELD_TABLE = {0x06, (byte) 0x80};

  private final PreparedPackage prepared;
  private final Locale optionsLocale;

  /**
   * A writer.
   *
   * @param prepared the package to render into, copied per document
   * @param optionsLocale the renderer's locale, whose country picks the spelling variant
   */
  public DocumentWriter(PreparedPackage prepared, Locale optionsLocale) {
    this.prepared = prepared;
    this.optionsLocale = optionsLocale;
  }

  /**
   * The language Word checks spelling in: the document's language with the renderer's country if the
   * renderer's locale has that language and a country ({@code en-US} for {@code en_US}), else {@code
   * de-DE} for German and {@code en-GB} for English.
   *
   * @param document the document
   * @return a BCP 47 tag with a region
   */
  public String wordLanguage(ExcerptDocument document) {
    String language = document.locale().getLanguage();
    if (language.isEmpty()) {
      language = "de";
    }
    String country;
    if (language.equals(optionsLocale.getLanguage()) && !optionsLocale.getCountry().isEmpty()) {
      country = optionsLocale.getCountry();
    } else {
      country = switch (language) {
        case "de" -> "DE";
        case "en" -> "GB";
        default -> "";
      };
    }
    return country.isEmpty() ? language : language + "-" + country;
  }

  /**
   * Renders a document.
   *
   * @param document the document
   * @param now when the document is made: its creation and modification time, and the time of every
   *     entry of the package
   * @return the bytes of the DOCX file
   * @throws IOException if POI fails to read the prepared package or to write the result
   */
  public byte[] write(ExcerptDocument document, Instant now) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    String language = wordLanguage(document);
    try (XWPFDocument doc = prepared.open()) {
      new Run(doc, prepared).write(document, language);
      properties(doc, document.info(), language, now);
      doc.write(out);
    }
    return Packaging.normalize(out.toByteArray(), now);
  }

  private static void properties(XWPFDocument doc, DocumentInfo info, String language, Instant now) {
    POIXMLProperties properties = doc.getProperties();
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    PackagePropertiesPart part = core.getUnderlyingProperties();
    part.setTitleProperty(Optional.of(Texts.xmlSafe(info.title())));
    part.setSubjectProperty(Optional.of(Texts.xmlSafe(info.subject())));
    part.setCreatorProperty(Optional.of(Texts.xmlSafe(info.author())));
    part.setKeywordsProperty(Optional.of(Texts.xmlSafe(String.join(", ", info.keywords()))));
    part.setLanguageProperty(Optional.of(language));
    part.setCreatedProperty(Optional.of(Date.from(now)));
    part.setModifiedProperty(Optional.of(Date.from(now)));
    part.setRevisionProperty(Optional.of("1"));
    part.setLastModifiedByProperty(Optional.empty());
    part.setDescriptionProperty(Optional.empty());
    part.setCategoryProperty(Optional.empty());
    part.setContentStatusProperty(Optional.empty());
    part.setContentTypeProperty(Optional.empty());
    part.setIdentifierProperty(Optional.empty());
    part.setVersionProperty(Optional.empty());
    part.setLastPrintedProperty(Optional.<Date>empty());

    CTProperties extended = properties.getExtendedProperties().getUnderlyingProperties();
    extended.setApplication("ratsinfo");
    // A template's statistics describe the template, not the excerpt; Word recounts on saving.
    if (extended.isSetAppVersion()) {
      extended.unsetAppVersion();
    }
    if (extended.isSetTotalTime()) {
      extended.unsetTotalTime();
    }
    if (extended.isSetPages()) {
      extended.unsetPages();
    }
    if (extended.isSetWords()) {
      extended.unsetWords();
    }
    if (extended.isSetCharacters()) {
      extended.unsetCharacters();
    }
    if (extended.isSetCharactersWithSpaces()) {
      extended.unsetCharactersWithSpaces();
    }
    if (extended.isSetLines()) {
      extended.unsetLines();
    }
    if (extended.isSetParagraphs()) {
      extended.unsetParagraphs();
    }
  }

  /** One rendering: the document being filled in, and where the next block goes. */
  private static final class Run {
    private final XWPFDocument doc;
    private final StyleIds styles;
    private final BigInteger abstractNumId;
    private final int textWidth;
    private final double fontFactor;
    private final @Nullable XWPFParagraph anchor;
    private boolean lastWasTable;
    private int labelWidth;
    /** A font size for the cells of the table being written, or 0 for the styles' own. */
    private double fontSize;

    Run(XWPFDocument doc, PreparedPackage prepared) {
      this.doc = doc;
      this.styles = prepared.styles();
      this.abstractNumId = prepared.abstractNumId();
      this.textWidth = prepared.textWidth();
      this.fontFactor = prepared.fontFactor();
      this.anchor = findPlaceholder(doc);
    }

    private static @Nullable XWPFParagraph findPlaceholder(XWPFDocument doc) {
      for (XWPFParagraph p : doc.getParagraphs()) {
        if (PreparedPackage.PLACEHOLDER.equals(Texts.paragraphText(p.getCTP()).strip())) {
          return p;
        }
      }
      return null;
    }

    void write(ExcerptDocument document, String language) {
      language(language);
      headerAndFooter(document);
      if (!document.bodyName().isEmpty()) {
        paragraph(Role.BODY_NAME, document.bodyName());
      }
      paragraph(Role.TITLE, document.title());
      labelWidth = fieldLabelWidth(document.blocks());
      blocks(document.blocks(), 1, null);
      if (lastWasTable) {
        paragraph(null, "");
      }
      if (anchor != null) {
        doc.removeBodyElement(doc.getPosOfParagraph(anchor));
      }
    }

    /** The language on the document defaults and on every style that names one. */
    private void language(String language) {
      CTStyles ct = doc.getStyles().getCtStyles();
      CTDocDefaults defaults = ct.isSetDocDefaults() ? ct.getDocDefaults() : ct.addNewDocDefaults();
      var rPrDefault = defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault();
      var rPr = rPrDefault.isSetRPr() ? rPrDefault.getRPr() : rPrDefault.addNewRPr();
      setLanguage(rPr, language);
      for (CTStyle style : ct.getStyleArray()) {
        if (style.isSetRPr() && style.getRPr().sizeOfLangArray() > 0) {
          setLanguage(style.getRPr(), language);
        }
      }
    }

    private static void setLanguage(CTRPr rPr, String language) {
      var lang = rPr.sizeOfLangArray() > 0 ? rPr.getLangArray(0) : rPr.addNewLang();
      lang.setVal(language);
    }

    private void headerAndFooter(ExcerptDocument document) {
      XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
      if (policy == null || policy.getDefaultHeader() == null) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphArray(0);
        p.setStyle(styles.id(Role.HEADER));
        if (!document.bodyName().isEmpty()) {
          XWPFRun name = p.createRun();
          name.setBold(true);
          name.setText(Texts.xmlSafe(document.bodyName()));
          name.addBreak();
        }
        text(p, document.title());
      }
      if (policy == null || policy.getDefaultFooter() == null) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphArray(0);
        p.setStyle(styles.id(Role.FOOTER));
        pageFooter(p, Labels.forLocale(document.locale()).get("page.footer"));
      }
    }

    /** "Seite {0} von {1}": the text around the placeholders, PAGE for {0} and NUMPAGES for {1}. */
    private static void pageFooter(XWPFParagraph p, String label) {
      Matcher m = PLACEHOLDER.matcher(label);
      int at = 0;
      while (m.find()) {
        literal(p, label.substring(at, m.start()));
        switch (m.group(1)) {
          case "0" -> field(p, "PAGE");
          case "1" -> field(p, "NUMPAGES");
          default -> literal(p, m.group());
        }
        at = m.end();
      }
      literal(p, label.substring(at));
    }

    private static void literal(XWPFParagraph p, String text) {
      if (!text.isEmpty()) {
        p.createRun().setText(Texts.xmlSafe(text));
      }
    }

    /** A complex field: begin, instruction, separate, a result Word and LibreOffice replace, end. */
    private static void field(XWPFParagraph p, String instruction) {
      CTP ct = p.getCTP();
      ct.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
      CTText instr = ct.addNewR().addNewInstrText();
      instr.setStringValue(" " + instruction + " ");
      try (XmlCursor c = instr.newCursor()) {
        c.setAttributeText(new javax.xml.namespace.QName("http://www.w3.org/XML/1998/namespace", "space", "xml"),
            "preserve");
      }
      ct.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
      CTR result = ct.addNewR();
      result.addNewT().setStringValue("1");
      ct.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    // ---- the body

    private XWPFParagraph newParagraph() {
      lastWasTable = false;
      if (anchor == null) {
        return doc.createParagraph();
      }
      try (XmlCursor c = anchor.getCTP().newCursor()) {
        return doc.insertNewParagraph(c);
      }
    }

    private XWPFTable newTable() {
      if (lastWasTable) {
        // Two tables in a row would become one table in Word.
        paragraph(null, "");
      }
      lastWasTable = true;
      if (anchor == null) {
        return doc.createTable();
      }
      try (XmlCursor c = anchor.getCTP().newCursor()) {
        return doc.insertNewTbl(c);
      }
    }

    private XWPFParagraph paragraph(@Nullable Role role, String text) {
      XWPFParagraph p = newParagraph();
      if (role != null && role != Role.NORMAL) {
        p.setStyle(styles.id(role));
      }
      text(p, text);
      return p;
    }

    private void blocks(List<Block> blocks, int level, @Nullable String sectionHeading) {
      for (Block block : blocks) {
        if (block instanceof Section section) {
          heading(level, section.heading());
          blocks(section.blocks(), level + 1, section.heading());
        } else if (block instanceof FieldList fields) {
          fieldList(fields);
        } else if (block instanceof Paragraph paragraph) {
          paragraph(switch (paragraph.style()) {
            case NORMAL -> Role.NORMAL;
            case LEAD -> Role.LEAD;
            case NOTE -> Role.NOTE;
          }, paragraph.text());
        } else if (block instanceof NumberedList list) {
          numberedList(list);
        } else if (block instanceof QuestionAnswer qa) {
          questionAnswer(qa, level);
        } else if (block instanceof Table table) {
          table(table, sectionHeading);
        } else {
          throw new IllegalStateException("unknown block " + block.getClass().getName());
        }
      }
    }

    private void heading(int level, String text) {
      XWPFParagraph p = newParagraph();
      p.setStyle(styles.heading(level));
      text(p, text);
    }

    private void questionAnswer(QuestionAnswer qa, int level) {
      heading(level, qa.heading());
      List<String> question = qa.question();
      for (int i = 1; i < question.size(); i++) {
        paragraph(Role.QUESTION, question.get(i));
      }
      for (String text : qa.answer()) {
        paragraph(Role.NORMAL, text);
      }
    }

    private void numberedList(NumberedList list) {
      if (list.items().isEmpty()) {
        return;
      }
      BigInteger numId = consecutiveStart(list) >= 0 ? newNum(consecutiveStart(list)) : BigInteger.ZERO;
      for (NumberedList.Item item : list.items()) {
        XWPFParagraph p = newParagraph();
        p.setStyle(styles.id(Role.LIST_NUMBER));
        p.setNumID(numId);
        if (!numId.equals(BigInteger.ZERO)) {
          p.setNumILvl(BigInteger.ZERO);
        }
        String first = item.paragraphs().isEmpty() ? "" : item.paragraphs().get(0);
        text(p, numId.equals(BigInteger.ZERO) ? item.number() + "\t" + first : first);
        for (int i = 1; i < item.paragraphs().size(); i++) {
          paragraph(Role.LIST_CONTINUE, item.paragraphs().get(i));
        }
      }
    }

    /** The first number if the items are numbered n, n+1, n+2 … (digits only), else -1. */
    private static int consecutiveStart(NumberedList list) {
      int first = -1;
      int expected = -1;
      for (NumberedList.Item item : list.items()) {
        String number = item.number();
        if (number.isEmpty() || number.length() > 6 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
          return -1;
        }
        int value = Integer.parseInt(number);
        if (first < 0) {
          first = value;
        } else if (value != expected) {
          return -1;
        }
        expected = value + 1;
      }
      return first;
    }

    /** A list instance of ratsinfo's numbering that starts at the given number. */
    private BigInteger newNum(int start) {
      XWPFNumbering numbering = doc.getNumbering();
      BigInteger numId = PreparedPackage.nextNumId(numbering);
      numbering.addNum(abstractNumId, numId);
      CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
      override.setIlvl(BigInteger.ZERO);
      override.addNewStartOverride().setVal(BigInteger.valueOf(start));
      return numId;
    }

    private void fieldList(FieldList list) {
      if (list.fields().isEmpty()) {
        return;
      }
      int[] widths = {labelWidth, textWidth - labelWidth};
      XWPFTable table = newTable();
      setUpTable(table, Role.FIELD_TABLE, widths, LOOK_FIELD_TABLE, false, null, null);
      List<XWPFTableRow> rows = rows(table, list.fields().size(), 2);
      for (int r = 0; r < rows.size(); r++) {
        Field field = list.fields().get(r);
        XWPFTableRow row = rows.get(r);
        row.setCantSplitRow(true);
        cell(row.getCell(0), widths[0], Role.FIELD_LABEL, field.label());
        cell(row.getCell(1), widths[1], Role.FIELD_VALUE, field.value());
      }
    }

    private void table(Table table, @Nullable String sectionHeading) {
      String caption = table.caption();
      if (!caption.isBlank() && !caption.equals(sectionHeading)) {
        paragraph(Role.CAPTION, caption);
      }
      int columns = table.columnHeaders().size() + 1;
      List<List<String>> texts = columnTexts(table);
      // A tally of many groups is set smaller (as a clerk would) rather than break its words.
      double size = ColumnWidths.fittingSize(texts, TABLE_POINTS, fontFactor, DATA_CELL_PADDING, textWidth);
      int[] widths = ColumnWidths.fill(texts, size, fontFactor, DATA_CELL_PADDING, textWidth);
      fontSize = size < TABLE_POINTS ? size : 0;
      XWPFTable t = newTable();
      String note = table.note();
      setUpTable(t, Role.DATA_TABLE, widths, LOOK_DATA_TABLE, true,
          caption.isBlank() ? null : caption, note == null || note.isBlank() ? null : note);
      List<XWPFTableRow> rows = rows(t, table.rows().size() + 1, columns);
      XWPFTableRow head = rows.get(0);
      head.setRepeatHeader(true);
      head.setCantSplitRow(true);
      cell(head.getCell(0), widths[0], Role.ROW_HEADING, table.cornerHeader());
      for (int c = 1; c < columns; c++) {
        cell(head.getCell(c), widths[c], Role.TABLE_HEADING, table.columnHeaders().get(c - 1));
      }
      for (int r = 0; r < table.rows().size(); r++) {
        Table.Row data = table.rows().get(r);
        XWPFTableRow row = rows.get(r + 1);
        row.setCantSplitRow(true);
        cell(row.getCell(0), widths[0], Role.ROW_HEADING, data.header());
        for (int c = 1; c < columns; c++) {
          cell(row.getCell(c), widths[c], Role.TABLE_CELL, data.cells().get(c - 1));
        }
      }
      fontSize = 0;
      if (note != null && !note.isBlank()) {
        paragraph(Role.NOTE, note);
      }
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

    /** One label width for every field table of the document, so that their values line up. */
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

    private void setUpTable(XWPFTable table, Role style, int[] widths, byte[] look,
        boolean dataTable, @Nullable String caption, @Nullable String description) {
      CTTbl ct = table.getCTTbl();
      CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
      if (pr.isSetTblBorders()) {
        pr.unsetTblBorders(); // POI's default grid lines; the table style draws the lines
      }
      int total = 0;
      for (int w : widths) {
        total += w;
      }
      (pr.isSetTblStyle() ? pr.getTblStyle() : pr.addNewTblStyle()).setVal(styles.id(style));
      CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
      width.setType(STTblWidth.DXA);
      width.setW(BigInteger.valueOf(total));
      (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
      CTTblLook tblLook = pr.isSetTblLook() ? pr.getTblLook() : pr.addNewTblLook();
      tblLook.setVal(look);
      tblLook.setFirstRow(dataTable);
      tblLook.setLastRow(false);
      tblLook.setFirstColumn(true);
      tblLook.setLastColumn(false);
      tblLook.setNoHBand(true);
      tblLook.setNoVBand(true);
      if (caption != null) {
        (pr.isSetTblCaption() ? pr.getTblCaption() : pr.addNewTblCaption()).setVal(Texts.xmlSafe(caption));
      }
      if (description != null) {
        (pr.isSetTblDescription() ? pr.getTblDescription() : pr.addNewTblDescription())
            .setVal(Texts.xmlSafe(description));
      }
      CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
      while (grid.sizeOfGridColArray() > 0) {
        grid.removeGridCol(0);
      }
      for (int w : widths) {
        grid.addNewGridCol().setW(BigInteger.valueOf(w));
      }
    }

    /** Exactly {@code count} rows of {@code columns} cells, made from whatever POI put into a new table. */
    private static List<XWPFTableRow> rows(XWPFTable table, int count, int columns) {
      XWPFTableRow first = table.getRows().isEmpty() ? table.createRow() : table.getRow(0);
      while (first.getTableCells().size() < columns) {
        first.addNewTableCell();
      }
      while (table.getRows().size() < count) {
        table.createRow();
      }
      return new ArrayList<>(table.getRows());
    }

    private void cell(XWPFTableCell cell, int width, Role role, String text) {
      CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
      CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
      w.setType(STTblWidth.DXA);
      w.setW(BigInteger.valueOf(width));
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setStyle(styles.id(role));
      text(p, text);
      if (fontSize > 0) {
        for (XWPFRun run : p.getRuns()) {
          run.setFontSize(fontSize);
        }
      }
    }

    /** Text into a paragraph: {@code \n} a line break, {@code \t} a tab. */
    private static void text(XWPFParagraph p, String text) {
      if (text.isEmpty()) {
        return;
      }
      String safe = Texts.xmlSafe(text).replace("\r\n", "\n").replace('\r', '\n');
      XWPFRun run = p.createRun();
      String[] lines = safe.split("\n", -1);
      for (int l = 0; l < lines.length; l++) {
        if (l > 0) {
          run.addBreak();
        }
        String[] parts = lines[l].split("\t", -1);
        for (int t = 0; t < parts.length; t++) {
          if (t > 0) {
            run.addTab();
          }
          if (!parts[t].isEmpty()) {
            run.setText(parts[t], run.getCTR().sizeOfTArray());
          }
        }
      }
    }
  }
}
