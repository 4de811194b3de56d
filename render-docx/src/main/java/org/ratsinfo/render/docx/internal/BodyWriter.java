package org.ratsinfo.render.docx.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.FieldList;
import org.ratsinfo.document.LinkList;
import org.ratsinfo.document.NumberedList;
import org.ratsinfo.document.Paragraph;
import org.ratsinfo.document.QuestionAnswer;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.Table;
import org.ratsinfo.render.docx.internal.StyleIds.Role;

/**
 * Writes the body of one document into the prepared {@code word/document.xml}, block by block (the
 * mapping is in {@link DocumentWriter}), and then the numbering part with a list instance for each
 * numbered list the body has and the main part's relationships with a hyperlink for each address the
 * body links to; they belong together because the lists' and the links' ids are handed out as the body
 * is written. One per document; not thread-safe.
 */
final class BodyWriter {

  private final PreparedPackage prepared;
  private final StyleIds styles;
  /** The first number of each list that has its own list instance, in order. */
  private final List<Integer> listStarts = new ArrayList<>();
  /** The id of the hyperlink relationship of each address linked to, in the order of the ids. */
  private final Map<String, String> linkIds = new LinkedHashMap<>();
  /** The namespace declaration a hyperlink's {@code r:id} needs in the body, or {@code ""}. */
  private String relationshipsDeclaration = "";

  BodyWriter(PreparedPackage prepared) {
    this.prepared = prepared;
    this.styles = prepared.styles();
  }

  /**
   * {@code word/document.xml}: the prepared part with the excerpt where the template wants it.
   *
   * @param document the document
   * @return the part's XML
   */
  XmlOutput document(ExcerptDocument document) {
    MarkedPart part = prepared.document();
    relationshipsDeclaration = part.relationshipsDeclaration();
    XmlOutput out = new XmlOutput(part.start().length + part.end().length + 32 * 1024);
    out.raw(part.start());
    ParagraphWriter paragraphs = new ParagraphWriter(out, styles, part.declaration());
    TableWriter tables = new TableWriter(paragraphs, prepared);
    if (!document.bodyName().isEmpty()) {
      paragraphs.paragraph(Role.BODY_NAME, document.bodyName());
    }
    paragraphs.paragraph(Role.TITLE, document.title());
    tables.measureFieldLabels(document.blocks());
    blocks(paragraphs, tables, document.blocks(), 1, null);
    paragraphs.bodyEnds();
    out.raw(part.end());
    return out;
  }

  /**
   * The numbering part with a list instance of ratsinfo's numbering for each numbered list of the body
   * written before.
   *
   * @return the part's XML
   */
  XmlOutput numbering() {
    MarkedPart part = prepared.numbering();
    XmlOutput xml = new XmlOutput(part.start().length + part.end().length + 160 * listStarts.size());
    xml.raw(part.start());
    String declaration = part.declaration();
    String abstractNumId = prepared.abstractNumId().toString();
    for (int i = 0; i < listStarts.size(); i++) {
      xml.raw("<w:num").raw(declaration).raw(" w:numId=\"").raw(numId(i))
          .raw("\"><w:abstractNumId w:val=\"").raw(abstractNumId)
          .raw("\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"").number(listStarts.get(i))
          .raw("\"/></w:lvlOverride></w:num>");
    }
    xml.raw(part.end());
    return xml;
  }

  /** The id of the document's list instance {@code index}: after the prepared package's own. */
  private String numId(int index) {
    return prepared.listNumId(index).toString();
  }

  /**
   * Whether the body written before links to any address.
   *
   * @return whether the main part's relationships need the document's hyperlinks
   */
  boolean hasLinks() {
    return !linkIds.isEmpty();
  }

  /**
   * The main part's relationships with an external hyperlink relationship for each address the body
   * written before links to.
   *
   * @return the part's XML
   */
  XmlOutput relationships() {
    return prepared.relationships().withHyperlinks(List.copyOf(linkIds.keySet()));
  }

  private void blocks(ParagraphWriter paragraphs, TableWriter tables, List<Block> blocks, int level,
      @Nullable String sectionHeading) {
    for (Block block : blocks) {
      if (block instanceof Section section) {
        heading(paragraphs, level, "", section.heading(), section.headingLanguage());
        blocks(paragraphs, tables, section.blocks(), level + 1, section.heading());
      } else if (block instanceof FieldList fields) {
        tables.fieldList(fields);
      } else if (block instanceof Paragraph paragraph) {
        paragraphs.paragraph(switch (paragraph.style()) {
          case NORMAL -> Role.NORMAL;
          case LEAD -> Role.LEAD;
          case NOTE -> Role.NOTE;
        }, paragraph.text(), paragraph.language());
      } else if (block instanceof NumberedList list) {
        numberedList(paragraphs, list);
      } else if (block instanceof QuestionAnswer qa) {
        questionAnswer(paragraphs, qa, level);
      } else if (block instanceof Table table) {
        tables.table(table, sectionHeading);
      } else if (block instanceof LinkList list) {
        linkList(paragraphs, list);
      } else {
        throw new IllegalStateException("unknown block " + block.getClass().getName());
      }
    }
  }

  private void heading(ParagraphWriter paragraphs, int level, String lead, String text,
      @Nullable String language) {
    paragraphs.topParagraph(styles.heading(level), null, lead, text, language);
  }

  private void questionAnswer(ParagraphWriter paragraphs, QuestionAnswer qa, int level) {
    List<String> question = qa.question();
    if (question.isEmpty()) {
      heading(paragraphs, level, "", qa.heading(), null);
    } else {
      heading(paragraphs, level, qa.label() + ": ", question.get(0), qa.language());
    }
    for (int i = 1; i < question.size(); i++) {
      paragraphs.paragraph(Role.QUESTION, question.get(i), qa.language());
    }
    for (String text : qa.answer()) {
      paragraphs.paragraph(Role.NORMAL, text, qa.language());
    }
  }

  /**
   * A list of references: a "List Bullet" paragraph per entry, its text a hyperlink where it has a
   * target. Entries linking to the same address share one relationship.
   */
  private void linkList(ParagraphWriter paragraphs, LinkList list) {
    String style = styles.id(Role.LIST_BULLET);
    for (LinkList.Entry entry : list.entries()) {
      URI target = entry.target();
      ParagraphWriter.Link link = null;
      if (target != null && !entry.text().isEmpty()) {
        // ASCII, as a relationship's target and every viewer's link wants it: non-ASCII characters the
        // URI allows are percent-encoded; an ASCII URI stays as it is.
        String address = target.toASCIIString();
        String id = linkIds.computeIfAbsent(address, a -> prepared.relationships().id(linkIds.size()));
        link = new ParagraphWriter.Link(id, relationshipsDeclaration, styles.id(Role.HYPERLINK));
      }
      paragraphs.linkParagraph(style, entry.prefix(), entry.text(), link, entry.detail(),
          entry.textLanguage());
    }
  }

  private void numberedList(ParagraphWriter paragraphs, NumberedList list) {
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
      String first = item.paragraphs().isEmpty() ? "" : item.paragraphs().get(0);
      paragraphs.topParagraph(style, numId, numbered ? "" : item.number() + "\t", first, list.language());
      for (int i = 1; i < item.paragraphs().size(); i++) {
        paragraphs.paragraph(Role.LIST_CONTINUE, item.paragraphs().get(i), list.language());
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
}
