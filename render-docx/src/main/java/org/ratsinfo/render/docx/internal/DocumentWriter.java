package org.ratsinfo.render.docx.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.Deflater;
import org.jspecify.annotations.Nullable;
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
 * Writes an {@link ExcerptDocument} into a {@link PreparedPackage} and returns the finished package's
 * bytes. The parts that depend on the document ({@code word/document.xml}, the numbering's list
 * instances, ratsinfo's page header and footer, the core properties) are written as XML text straight
 * into bytes, with no object tree in between; every other part is copied as the prepared package
 * compressed it. Immutable and thread-safe; each call writes into its own buffers.
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

  /** How hard the parts made for each document are compressed. */
  private static final int DEFLATE_LEVEL = 3;
  /** The XML declaration of a part, as POI writes it. */
  private static final String PART_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  /**
   * Which of the table style's conditional formats apply: the first column always, the first row for
   * data tables; {@code w:val} for Word 2007, which reads no other attribute.
   */
  private static final String LOOK_DATA_TABLE = "<w:tblLook w:val=\"06A0\" w:firstRow=\"true\" w:lastRow=\"false\""
      + " w:firstColumn=\"true\" w:lastColumn=\"false\" w:noHBand=\"true\" w:noVBand=\"true\"/>";
  private static final String LOOK_FIELD_TABLE = "<w:tblLook w:val=\"0680\" w:firstRow=\"false\" w:lastRow=\"false\""
      + " w:firstColumn=\"true\" w:lastColumn=\"false\" w:noHBand=\"true\" w:noVBand=\"true\"/>";

  private final PreparedPackage prepared;
  private final Locale optionsLocale;

  /**
   * A writer.
   *
   * @param prepared the package to render into
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
   */
  public byte[] write(ExcerptDocument document, Instant now) {
    String language = wordLanguage(document);
    Run run = new Run(prepared);
    XmlOutput main = run.document(document);
    // The document's XML is made of few, much repeated tags: at level 3 it deflates about three times
    // as fast as at the default level 6 (whose longer match search is most of a render's time), to a
    // part 8 to 20 % larger. The constant parts were deflated at the default level.
    Deflater deflater = new Deflater(DEFLATE_LEVEL, true);
    try {
      Packaging.Writer zip = new Packaging.Writer(prepared.constantSize() + main.size() / 4 + 4096, deflater);
      zip.time(now);
      for (PreparedPackage.Part part : prepared.parts()) {
        switch (part.kind()) {
          case CONSTANT -> zip.add(Objects.requireNonNull(part.entry()));
          case DOCUMENT -> zip.add(part.name(), main.array(), main.size());
          case STYLES -> zip.add(prepared.styles(part.name(), language));
          case NUMBERING -> add(zip, part, run.numbering());
          case HEADER -> add(zip, part, run.header(document));
          case FOOTER -> add(zip, part, run.footer(document));
          case CORE -> add(zip, part, coreProperties(document.info(), language, now));
        }
      }
      return zip.finish();
    } finally {
      deflater.end();
    }
  }

  private static void add(Packaging.Writer zip, PreparedPackage.Part part, XmlOutput xml) {
    zip.add(part.name(), xml.array(), xml.size());
  }

  /**
   * The core properties: title, subject, author, keywords, language, and the time as created and
   * modified time; nothing of a template's.
   */
  private static XmlOutput coreProperties(DocumentInfo info, String language, Instant now) {
    XmlOutput xml = new XmlOutput(1024);
    xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    LocalDateTime time = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    xml.raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">");
    dateTime(xml, time);
    xml.raw("</dcterms:created><dc:creator>").text(info.author())
        .raw("</dc:creator><cp:keywords>").text(String.join(", ", info.keywords()))
        .raw("</cp:keywords><dc:language>").text(language)
        .raw("</dc:language><dcterms:modified xsi:type=\"dcterms:W3CDTF\">");
    dateTime(xml, time);
    xml.raw("</dcterms:modified><cp:revision>1</cp:revision><dc:subject>").text(info.subject())
        .raw("</dc:subject><dc:title>").text(info.title())
        .raw("</dc:title></cp:coreProperties>");
    return xml;
  }

  /** W3CDTF to the second, in UTC: {@code 2026-11-26T09:30:00Z}. */
  private static void dateTime(XmlOutput xml, LocalDateTime time) {
    int year = time.getYear();
    if (year >= 0 && year < 1000) {
      xml.raw(year < 10 ? "000" : year < 100 ? "00" : "0");
    }
    xml.number(year).raw("-");
    twoDigits(xml, time.getMonthValue()).raw("-");
    twoDigits(xml, time.getDayOfMonth()).raw("T");
    twoDigits(xml, time.getHour()).raw(":");
    twoDigits(xml, time.getMinute()).raw(":");
    twoDigits(xml, time.getSecond()).raw("Z");
  }

  private static XmlOutput twoDigits(XmlOutput xml, int value) {
    return (value < 10 ? xml.raw("0") : xml).number(value);
  }

  /**
   * One rendering: the XML of the document being written, and where the next block goes. Elements
   * written at the top of the body carry the namespace declaration the prepared package asks for.
   */
  private static final class Run {
    private final PreparedPackage prepared;
    private final StyleIds styles;
    private final int textWidth;
    private final double fontFactor;
    private final String top;
    /** Where the XML goes: the main part, then the header and the footer in turn. */
    private XmlOutput out;
    private boolean lastWasTable;
    private int labelWidth;
    /** The {@code w:sz} of the cells of the table being written, or null for the styles' own. */
    private @Nullable String fontSize;
    /** The first number of each list that has its own list instance, in order. */
    private final List<Integer> listStarts = new ArrayList<>();

    Run(PreparedPackage prepared) {
      this.prepared = prepared;
      this.styles = prepared.styles();
      this.textWidth = prepared.textWidth();
      this.fontFactor = prepared.fontFactor();
      this.top = prepared.documentDeclaration();
      this.out = new XmlOutput(0);
    }

    /** {@code word/document.xml}: the prepared part with the excerpt where the template wants it. */
    XmlOutput document(ExcerptDocument document) {
      byte[] start = prepared.documentStart();
      byte[] end = prepared.documentEnd();
      out = new XmlOutput(start.length + end.length + 32 * 1024);
      out.raw(start);
      if (!document.bodyName().isEmpty()) {
        paragraph(Role.BODY_NAME, document.bodyName());
      }
      paragraph(Role.TITLE, document.title());
      labelWidth = fieldLabelWidth(document.blocks());
      blocks(document.blocks(), 1, null);
      if (lastWasTable) {
        paragraph(null, "");
      }
      out.raw(end);
      return out;
    }

    /** The numbering part with a list instance of ratsinfo's numbering for each numbered list. */
    XmlOutput numbering() {
      byte[] start = prepared.numberingStart();
      byte[] end = prepared.numberingEnd();
      XmlOutput xml = new XmlOutput(start.length + end.length + 160 * listStarts.size());
      xml.raw(start);
      String declaration = prepared.numberingDeclaration();
      String abstractNumId = prepared.abstractNumId().toString();
      for (int i = 0; i < listStarts.size(); i++) {
        xml.raw("<w:num").raw(declaration).raw(" w:numId=\"").raw(numId(i))
            .raw("\"><w:abstractNumId w:val=\"").raw(abstractNumId)
            .raw("\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"").number(listStarts.get(i))
            .raw("\"/></w:lvlOverride></w:num>");
      }
      xml.raw(end);
      return xml;
    }

    /** The id of the document's list instance {@code index}: after the prepared package's own. */
    private String numId(int index) {
      return prepared.baseNumId().add(BigInteger.valueOf(index + 1L)).toString();
    }

    /** ratsinfo's page header: the body's name in bold and the title. */
    XmlOutput header(ExcerptDocument document) {
      XmlOutput xml = new XmlOutput(512);
      out = xml;
      xml.raw(PART_START).raw("<w:hdr xmlns:w=\"").raw(PreparedPackage.W).raw("\"><w:p><w:pPr><w:pStyle w:val=\"")
          .attribute(styles.id(Role.HEADER)).raw("\"/></w:pPr>");
      if (!document.bodyName().isEmpty()) {
        xml.raw("<w:r><w:rPr><w:b w:val=\"on\"/></w:rPr>");
        t(document.bodyName(), 0, document.bodyName().length());
        xml.raw("<w:br/></w:r>");
      }
      run(document.title(), null, null);
      xml.raw("</w:p></w:hdr>");
      return xml;
    }

    /** ratsinfo's page footer: "Seite X von Y" with PAGE and NUMPAGES fields. */
    XmlOutput footer(ExcerptDocument document) {
      XmlOutput xml = new XmlOutput(1024);
      out = xml;
      xml.raw(PART_START).raw("<w:ftr xmlns:w=\"").raw(PreparedPackage.W).raw("\"><w:p><w:pPr><w:pStyle w:val=\"")
          .attribute(styles.id(Role.FOOTER)).raw("\"/></w:pPr>");
      pageFooter(Labels.forLocale(document.locale()).get("page.footer"));
      xml.raw("</w:p></w:ftr>");
      return xml;
    }

    /**
     * "Seite {0} von {1}": the text around the placeholders, PAGE for {0} and NUMPAGES for {1}; any
     * other {n} stays as it is.
     */
    private void pageFooter(String label) {
      int literal = 0;
      int i = 0;
      while (i < label.length()) {
        int close = label.charAt(i) == '{' ? closingBrace(label, i) : -1;
        if (close < 0) {
          i++;
          continue;
        }
        literal(label.substring(literal, i));
        String number = label.substring(i + 1, close);
        switch (number) {
          case "0" -> field("PAGE");
          case "1" -> field("NUMPAGES");
          default -> literal(label.substring(i, close + 1));
        }
        i = close + 1;
        literal = i;
      }
      literal(label.substring(literal));
    }

    /** Where the {@code }} after {@code {} and one or more digits is, or -1. */
    private static int closingBrace(String label, int open) {
      int j = open + 1;
      while (j < label.length() && label.charAt(j) >= '0' && label.charAt(j) <= '9') {
        j++;
      }
      return j > open + 1 && j < label.length() && label.charAt(j) == '}' ? j : -1;
    }

    private void literal(String text) {
      if (!text.isEmpty()) {
        out.raw("<w:r>");
        t(text, 0, text.length());
        out.raw("</w:r>");
      }
    }

    /** A complex field: begin, instruction, separate, a result Word and LibreOffice replace, end. */
    private void field(String instruction) {
      out.raw("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> ")
          .raw(instruction)
          .raw(" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
              + "<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
    }

    // ---- the body

    private void paragraph(@Nullable Role role, String text) {
      paragraph(role, text, null);
    }

    /** A paragraph whose text is in a language, or in the document's for {@code null}. */
    private void paragraph(@Nullable Role role, String text, @Nullable String language) {
      lastWasTable = false;
      paragraph(top, role == null || role == Role.NORMAL ? null : styles.id(role), null, "", text,
          language);
    }

    /**
     * A paragraph.
     *
     * @param declaration the namespace declaration, for a paragraph at the top of the body
     * @param style its style id, null for Normal
     * @param numId the list instance it is numbered by, {@code "0"} for none, null for no numbering
     * @param text its text
     */
    private void paragraph(String declaration, @Nullable String style, @Nullable String numId, String text) {
      paragraph(declaration, style, numId, "", text, null);
    }

    /**
     * A paragraph of a lead-in in the document's language and a text in a language of its own: "Frage
     * 1: " and a German question in an English document, marked with {@code w:lang} so that Word
     * checks its spelling, and screen readers read it, in its language. Without a language of its own,
     * the two are one run.
     *
     * @param declaration the namespace declaration, for a paragraph at the top of the body
     * @param style its style id, null for Normal
     * @param numId the list instance it is numbered by, {@code "0"} for none, null for no numbering
     * @param lead the lead-in, in the document's language; may be empty
     * @param text the text
     * @param language the text's language, or {@code null} for the document's
     */
    private void paragraph(String declaration, @Nullable String style, @Nullable String numId,
        String lead, String text, @Nullable String language) {
      XmlOutput xml = out;
      xml.raw("<w:p").raw(declaration);
      if (style == null && numId == null && lead.isEmpty() && text.isEmpty()) {
        xml.raw("/>");
        return;
      }
      xml.raw(">");
      if (style != null || numId != null) {
        xml.raw("<w:pPr>");
        if (style != null) {
          xml.raw("<w:pStyle w:val=\"").attribute(style).raw("\"/>");
        }
        if (numId != null) {
          xml.raw(numId.equals("0") ? "<w:numPr>" : "<w:numPr><w:ilvl w:val=\"0\"/>")
              .raw("<w:numId w:val=\"").raw(numId).raw("\"/></w:numPr>");
        }
        xml.raw("</w:pPr>");
      }
      if (language == null) {
        run(lead.isEmpty() ? text : lead + text, fontSize, null);
      } else {
        run(lead, fontSize, null);
        run(text, fontSize, language);
      }
      xml.raw("</w:p>");
    }

    /** A run of text, if there is any: {@code \n} (or a carriage return) a line break, {@code \t} a tab. */
    private void run(String text, @Nullable String size, @Nullable String language) {
      if (text.isEmpty()) {
        return;
      }
      XmlOutput xml = out;
      xml.raw("<w:r>");
      if (size != null || language != null) {
        xml.raw("<w:rPr>");
        if (size != null) {
          xml.raw("<w:sz w:val=\"").raw(size).raw("\"/>");
        }
        if (language != null) {
          xml.raw("<w:lang w:val=\"").attribute(language).raw("\"/>");
        }
        xml.raw("</w:rPr>");
      }
      int from = 0;
      int length = text.length();
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' || c == '\t') {
          t(text, from, i);
          xml.raw(c == '\t' ? "<w:tab/>" : "<w:br/>");
          if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
            i++;
          }
          from = i + 1;
        }
      }
      t(text, from, length);
      xml.raw("</w:r>");
    }

    /** A {@code w:t} of part of a text, unless that is empty; spaces kept where they are at an end. */
    private void t(String text, int from, int to) {
      if (from == to) {
        return;
      }
      boolean preserve = isSpace(text.charAt(from)) || isSpace(text.charAt(to - 1));
      out.raw(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>").text(text, from, to).raw("</w:t>");
    }

    /** Whitespace XML would let an application drop (control characters are not written as they are). */
    private static boolean isSpace(char c) {
      return c >= 0x20 ? Character.isWhitespace(c) : c == '\t' || c == '\n';
    }

    private void blocks(List<Block> blocks, int level, @Nullable String sectionHeading) {
      for (Block block : blocks) {
        if (block instanceof Section section) {
          heading(level, "", section.heading(), section.headingLanguage());
          blocks(section.blocks(), level + 1, section.heading());
        } else if (block instanceof FieldList fields) {
          fieldList(fields);
        } else if (block instanceof Paragraph paragraph) {
          paragraph(switch (paragraph.style()) {
            case NORMAL -> Role.NORMAL;
            case LEAD -> Role.LEAD;
            case NOTE -> Role.NOTE;
          }, paragraph.text(), paragraph.language());
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

    private void heading(int level, String lead, String text, @Nullable String language) {
      lastWasTable = false;
      paragraph(top, styles.heading(level), null, lead, text, language);
    }

    private void questionAnswer(QuestionAnswer qa, int level) {
      List<String> question = qa.question();
      if (question.isEmpty()) {
        heading(level, "", qa.heading(), null);
      } else {
        heading(level, qa.label() + ": ", question.get(0), qa.language());
      }
      for (int i = 1; i < question.size(); i++) {
        paragraph(Role.QUESTION, question.get(i), qa.language());
      }
      for (String text : qa.answer()) {
        paragraph(Role.NORMAL, text, qa.language());
      }
    }

    private void numberedList(NumberedList list) {
      if (list.items().isEmpty()) {
        return;
      }
      int start = consecutiveStart(list);
      String numId = "0";
      if (start >= 0) {
        numId = numId(listStarts.size());
        listStarts.add(start);
      }
      boolean numbered = start >= 0;
      String style = styles.id(Role.LIST_NUMBER);
      for (NumberedList.Item item : list.items()) {
        lastWasTable = false;
        String first = item.paragraphs().isEmpty() ? "" : item.paragraphs().get(0);
        paragraph(top, style, numId, numbered ? "" : item.number() + "\t", first, list.language());
        for (int i = 1; i < item.paragraphs().size(); i++) {
          paragraph(Role.LIST_CONTINUE, item.paragraphs().get(i), list.language());
        }
      }
    }

    /** The first number if the items are numbered n, n+1, n+2 … (digits only), else -1. */
    private static int consecutiveStart(NumberedList list) {
      int first = -1;
      int expected = -1;
      for (NumberedList.Item item : list.items()) {
        String number = item.number();
        if (number.isEmpty() || number.length() > 6 || !digits(number)) {
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

    private static boolean digits(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    private void fieldList(FieldList list) {
      if (list.fields().isEmpty()) {
        return;
      }
      int[] widths = {labelWidth, textWidth - labelWidth};
      startTable(Role.FIELD_TABLE, widths, false, null, null);
      for (Field field : list.fields()) {
        startRow(false);
        cell(widths[0], Role.FIELD_LABEL, field.label());
        cell(widths[1], Role.FIELD_VALUE, field.value(), field.valueLanguage());
        out.raw("</w:tr>");
      }
      out.raw("</w:tbl>");
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
      String note = table.note();
      startTable(Role.DATA_TABLE, widths, true,
          caption.isBlank() ? null : caption, note == null || note.isBlank() ? null : note);
      fontSize = size < TABLE_POINTS ? halfPoints(size) : null;
      startRow(true);
      cell(widths[0], Role.ROW_HEADING, table.cornerHeader());
      for (int c = 1; c < columns; c++) {
        cell(widths[c], Role.TABLE_HEADING, table.columnHeaders().get(c - 1));
      }
      out.raw("</w:tr>");
      for (Table.Row data : table.rows()) {
        startRow(false);
        cell(widths[0], Role.ROW_HEADING, data.header());
        for (int c = 1; c < columns; c++) {
          cell(widths[c], Role.TABLE_CELL, data.cells().get(c - 1));
        }
        out.raw("</w:tr>");
      }
      out.raw("</w:tbl>");
      fontSize = null;
      if (note != null && !note.isBlank()) {
        paragraph(Role.NOTE, note);
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

    /**
     * A table's start: its properties (style, fixed layout at the given widths, which of the style's
     * conditional formats apply, caption and description for assistive technology) and its grid. Two
     * tables in a row would become one table in Word: an empty paragraph goes between.
     */
    private void startTable(Role style, int[] widths, boolean dataTable, @Nullable String caption,
        @Nullable String description) {
      if (lastWasTable) {
        paragraph(null, "");
      }
      lastWasTable = true;
      int total = 0;
      for (int w : widths) {
        total += w;
      }
      XmlOutput xml = out;
      xml.raw("<w:tbl").raw(top).raw("><w:tblPr><w:tblStyle w:val=\"").attribute(styles.id(style))
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
      out.raw(header ? "<w:tr><w:trPr><w:tblHeader w:val=\"on\"/><w:cantSplit w:val=\"on\"/></w:trPr>"
          : "<w:tr><w:trPr><w:cantSplit w:val=\"on\"/></w:trPr>");
    }

    private void cell(int width, Role role, String text) {
      cell(width, role, text, null);
    }

    private void cell(int width, Role role, String text, @Nullable String language) {
      out.raw("<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"").number(width).raw("\"/></w:tcPr>");
      paragraph("", styles.id(role), null, "", text, language);
      out.raw("</w:tc>");
    }
  }
}
